import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { unfoldTabs } from '../../src/extract/tab-panels';
import { extractArticle } from '../../src/extract/index';

function unfold(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  unfoldTabs(doc);
  return doc;
}

const prose = (topic: string) =>
  `<p>${topic} is set up in a few steps, each of them explained below with the reasons behind it and what to check once it is done.</p>`;

describe('unfoldTabs', () => {
  it('shows every panel of a tab row under its tab\'s label and takes the row of labels out', () => {
    const doc = unfold(`<div role="tablist"><span role="tab" id="t-py" aria-selected="true">Python</span>
      <span role="tab" id="t-c#" aria-selected="false">C# (.NET Core)</span><a role="tab" href="#p-go">Go</a></div>
      <div role="tabpanel" aria-labelledby="t-py"><p>pip install flask</p></div>
      <div role="tabpanel" aria-labelledby="t-c# (.NET Core)" hidden style="display: none; color: red"><p>dotnet add package</p></div>
      <div role="tabpanel" id="p-go" aria-hidden="true"><h3>Go</h3><p>go get</p></div>`);
    expect(doc.querySelector('[role="tablist"]')).toBeNull();
    const panels = Array.from(doc.querySelectorAll('[role="tabpanel"]'));
    expect(panels.map((panel) => panel.querySelector('h3, h5')?.textContent)).toEqual(['Python', 'C# (.NET Core)', 'Go']);
    expect(panels.some((panel) => panel.hasAttribute('hidden') || panel.hasAttribute('aria-hidden'))).toBe(false);
    expect(panels[1]!.getAttribute('style')?.trim()).toBe('color: red');
    // A panel that already opens with its label gets no second one.
    expect(panels[2]!.querySelectorAll('h3, h5')).toHaveLength(1);
  });

  it('labels each of WooCommerce\'s product panels with its tab and takes the list of tab links out (it has no tab roles)', () => {
    // WCXB 0596 (Mahalo): "Description" and "Additional information" stood as links over the product's description.
    const doc = unfold(`<div class="woocommerce-tabs"><div class="row"><ul class="tabs"><li class="description_tab"><a href="#tab-description">Description</a></li>
      <li class="additional_information_tab"><a href="#tab-additional_information">Additional information</a></li></ul></div>
      <div class="panel entry-content" id="tab-description"><p>A serum for every morning.</p></div>
      <div class="panel entry-content" id="tab-additional_information"><h2>Additional information</h2><table><tr><th>Size</th><td>30 ml</td></tr></table></div></div>
      <ul class="tabs"><li><a href="#intro">Intro</a></li><li><a href="#faq">FAQ</a></li></ul><div id="intro"></div><div id="faq"></div>`);
    expect(doc.querySelector('.woocommerce-tabs ul')).toBeNull();
    expect(doc.getElementById('tab-description')!.firstElementChild!.outerHTML).toBe('<h5>Description</h5>');
    expect(doc.getElementById('tab-additional_information')!.querySelectorAll('h2, h5')).toHaveLength(1);
    expect(doc.querySelectorAll('ul.tabs')).toHaveLength(1);
  });

  it('leaves alone rows whose panels are all hidden (a closed menu), all shown, or not all found', () => {
    const html = `<div role="tablist"><button role="tab" aria-controls="a">A</button><button role="tab" aria-controls="b">B</button></div>
      <div role="tablist"><button role="tab" aria-controls="c">C</button><button role="tab" aria-controls="d">D</button></div>
      <div role="tablist"><button role="tab" aria-controls="e">E</button><button role="tab" aria-controls="missing">F</button><a role="tab" href="#%E0%A4%A">G</a></div>
      <div id="a" role="tabpanel" hidden>a</div><div id="b" role="tabpanel" hidden>b</div>
      <div id="c" role="tabpanel">c</div><div id="d" role="tabpanel">d</div>
      <div id="e" role="tabpanel">e</div>`;
    const doc = unfold(html);
    expect(doc.querySelectorAll('[role="tablist"]')).toHaveLength(3);
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(2);
    expect(doc.querySelectorAll('h5')).toHaveLength(0);
  });

  it('leaves a row of link lists (a carousel\'s tabs) alone, and a panel still loading hidden', () => {
    const links = (n: string) => `<ul><li><a href="/${n}/1">${n} guide</a></li><li><a href="/${n}/2">${n} samples</a></li></ul>`;
    const doc = unfold(`<div role="tablist"><a role="tab" href="#l">Learn</a><a role="tab" href="#d">Develop</a></div>
      <div role="tabpanel" id="l">${links('learn')}</div><div role="tabpanel" id="d" hidden>${links('develop')}</div>
      <div role="tablist"><a role="tab" href="#o">Overview</a><a role="tab" href="#p">Pricing</a></div>
      <div role="tabpanel" id="o">${prose('The scooter')}</div><div role="tabpanel" id="p" hidden>Loading prices for your region…</div>`);
    expect(doc.getElementById('d')!.hasAttribute('hidden')).toBe(true);
    expect(doc.getElementById('p')!.hasAttribute('hidden')).toBe(true);
    expect(doc.getElementById('o')!.querySelector('h5')?.textContent).toBe('Overview');
    expect(doc.querySelectorAll('[role="tablist"]')).toHaveLength(1);
  });

  it('reader view holds the hidden panels\' text, each under its label, and no run-together labels', () => {
    const doc = new JSDOM(`<html><head><title>Install the tool</title></head><body><main><article><h1>Install the tool</h1>
      ${prose('The tool')}${prose('Every platform')}
      <div role="tablist"><button role="tab" aria-controls="mac" aria-selected="true">macOS</button><button role="tab" aria-controls="win">Windows</button></div>
      <div role="tabpanel" id="mac">${prose('On macOS the tool')}</div>
      <div role="tabpanel" id="win" hidden>${prose('On Windows the installer')}</div>
      ${prose('After installing, the tool')}</article></main></body></html>`, { url: 'https://example.com/install' }).window.document;
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain('macOS\nOn macOS the tool');
    expect(result.text).toContain('Windows\nOn Windows the installer');
    expect(result.text).not.toContain('macOSWindows');
  });
});
