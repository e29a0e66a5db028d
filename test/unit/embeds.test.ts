import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { embedsToLinks } from '../../src/extract/embeds';

const root = (html: string) => new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!;

describe('embedded players become safe link cards', () => {
  it('turns a YouTube embed into a watch link, keeping its title', () => {
    const r = root('<p>Before</p><iframe src="https://www.youtube.com/embed/abc_123?rel=0" title="Launch video"></iframe>');
    expect(embedsToLinks(r, 'https://news.example/a')).toBe(1);
    expect(r.querySelector('iframe')).toBeNull();
    expect(r.querySelector('a')!.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc_123');
    expect(r.textContent).toContain('▶ Launch video');
  });

  it('links Vimeo players and relative embeds to their pages', () => {
    const r = root('<iframe src="https://player.vimeo.com/video/4242"></iframe><embed src="/media/clip.mp4">');
    embedsToLinks(r, 'https://news.example/story');
    expect([...r.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://vimeo.com/4242', 'https://news.example/media/clip.mp4']);
  });

  it('drops embeds that point nowhere safe', () => {
    const r = root('<iframe src="javascript:alert(1)"></iframe><object data="data:text/html,x"></object><p>Text</p>');
    expect(embedsToLinks(r, 'https://news.example/')).toBe(0);
    expect(r.innerHTML).toBe('<p>Text</p>');
  });
});
