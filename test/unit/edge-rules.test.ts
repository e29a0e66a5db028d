import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropEdgeRules } from '../../src/extract/edge-rules';

const root = (html: string) => {
  const el = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
  dropEdgeRules(el);
  return el;
};

describe('horizontal rules at the article\'s edges', () => {
  it('go before its first words and after its last, however deep; those between stay', () => {
    const el = root(`<div><hr><div><p> Start planning your getaway.</p></div></div><h2>Offers</h2><hr><p>Plan the package.</p><div><p>Terms apply.</p><hr></div><hr>`);
    expect(el.querySelectorAll('hr')).toHaveLength(1);
    expect(el.innerHTML).toContain('<h2>Offers</h2><hr>');
  });

  it('stay after a picture that opens the article, and in an article with nothing shown', () => {
    expect(root('<figure><img src="/a.jpg" alt=""></figure><hr><p>Words.</p>').querySelectorAll('hr')).toHaveLength(1);
    expect(root('<hr><div> </div><hr>').querySelectorAll('hr')).toHaveLength(2);
  });
});
