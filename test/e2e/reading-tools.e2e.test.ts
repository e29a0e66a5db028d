import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, openReader, type Chromium } from './helpers/chromium';
import { startServer, type TestServer } from './helpers/server';
import { artifactPath } from './helpers/artifacts';

const inReader = <T>(page: Page, fn: string) => page.evaluate<T>(`(() => { const root = document.querySelector('clearpage-reader').shadowRoot; return (${fn})(root); })()`);
const closeReader = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.locator('clearpage-reader').waitFor({ state: 'detached' });
};

describe('Chromium: reading tools in the overlay', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an outline for an article with headings, highlights the section read, and jumps on click', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toEqual(['Why the tides carry power', 'Barrages and lagoons', 'Turbines in the stream', 'Counting the cost', 'What comes next']);
    await page.screenshot({ path: artifactPath('chromium', 'outline.png') });
    await page.locator('clearpage-reader nav.outline a', { hasText: 'Counting the cost' }).click();
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('nav.outline a[aria-current="true"]')?.textContent === 'Counting the cost');
    expect(await inReader<string>(page, `(root) => root.querySelector('pre').textContent`)).toContain('speed ** 3');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('article table td').length`)).toBe(6);
    await closeReader(page);
  });

  it('hides the outline on a short article', async () => {
    await page.goto(`${server.origin}/fixtures/seed-news-page/source.html`);
    await openReader(browser, page);
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('nav.outline').length`)).toBe(0);
    await closeReader(page);
  });

  it('shows progress, remembers the position, and brings the page to the paragraph being read on close', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight / 2, behavior: 'instant' })`);
    await page.waitForFunction(() => Number(document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')) > 20);
    await page.waitForTimeout(700); // the position is saved once scrolling settles
    const reading = await inReader<string>(page, `(root) => {
      const top = root.querySelector('.reader').getBoundingClientRect().top + 72;
      return [...root.querySelectorAll('article p')].find((p) => p.getBoundingClientRect().bottom >= top).textContent.slice(0, 40); }`);
    await closeReader(page);
    const inView = await page.evaluate((start) => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.startsWith(start))!;
      const box = p.getBoundingClientRect();
      return window.scrollY > 0 && box.top >= -1 && box.top < window.innerHeight / 2;
    }, reading);
    expect(inView).toBe(true);

    await openReader(browser, page);
    await page.locator('clearpage-reader button.resume').click();
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTop > 200);
    await closeReader(page);
  });

  it('exports Markdown with front matter and a GFM table, and saves an HTML file', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    await page.locator('clearpage-reader .menu > button', { hasText: 'Save' }).click();
    await page.locator('clearpage-reader [role=menuitem]', { hasText: 'Copy as Markdown' }).click();
    await page.locator('clearpage-reader .toast', { hasText: 'Copied as Markdown' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^---\ntitle: "How tidal power works, and why it is still so rare"\nauthor: "Mara Quinn"/);
    expect(markdown).toContain(`source: "${server.origin}/pages/long-article.html"`);
    expect(markdown).toContain('## Barrages and lagoons');
    expect(markdown).toMatch(/\| Site \| Peak current \(m\/s\) \| Relative power \|\n\| --- \| --- \| --- \|/);
    expect(markdown).toContain('```\npower = 0.5');

    await page.locator('clearpage-reader .menu > button', { hasText: 'Save' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('clearpage-reader [role=menuitem]', { hasText: 'Save as HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('How-tidal-power-works-and-why-it-is-still-so-rare.html');
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<link rel="canonical"');
    expect(html).toContain('Turbines in the stream');
    expect(html).not.toContain('<script');
    await closeReader(page);
  });

  it('prints the clean article alone', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    const cdp = await browser.context.newCDPSession(page);
    const { data } = await cdp.send('Page.printToPDF', { printBackground: true });
    const pdf = artifactPath('chromium', 'print.pdf');
    writeFileSync(pdf, Buffer.from(data, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('How tidal power works');
    expect(text).toContain('What comes next');
    expect(text).not.toMatch(/Save ▾|Listen|Close|© The Harbour Review/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, artifactPath('chromium', 'print')]);
    await closeReader(page);
  });

  it('offers keyboard shortcuts, listed under ?, and keeps focus inside the dialog', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    const size = () => inReader<string>(page, `(root) => getComputedStyle(root.querySelector('article p')).fontSize`);
    const before = parseFloat(await size());
    await page.keyboard.press('+');
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('article p')!).fontSize) > b, before);
    await page.keyboard.press('-');
    await page.keyboard.press('?');
    await page.locator('clearpage-reader [role=dialog][aria-label="Keyboard shortcuts"]').waitFor();
    await page.screenshot({ path: artifactPath('chromium', 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader .help-card').waitFor({ state: 'hidden' });
    expect(await page.locator('clearpage-reader').count()).toBe(1);
    for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLEARPAGE-READER');
    await closeReader(page);
  });

  it('reads aloud when the browser has a voice, and says so plainly when it has none; stops on close', async () => {
    await page.goto(`${server.origin}/pages/long-article.html`);
    await openReader(browser, page);
    await page.locator('clearpage-reader button', { hasText: 'Listen' }).click();
    const outcome = await page.waitForFunction(() => {
      const root = document.querySelector('clearpage-reader')!.shadowRoot!;
      const toast = root.querySelector('.toast')!.textContent;
      if (toast) return `toast:${toast}`;
      return CSS.highlights.has('clearpage-speaking') && speechSynthesis.speaking ? 'speaking' : false;
    }, undefined, { timeout: 10_000 });
    expect(await outcome.jsonValue()).toMatch(/^(speaking|toast:Read aloud is not available)/);
    await closeReader(page);
    await page.waitForFunction(() => !speechSynthesis.speaking, undefined, { timeout: 5000 });
  });

  it('shows right-to-left articles right to left', async () => {
    await page.goto(`${server.origin}/pages/rtl-article.html`);
    await openReader(browser, page);
    expect(await inReader(page, `(root) => getComputedStyle(root.querySelector('article p')).direction`)).toBe('rtl');
    // The title is shown once (Readability's duplicate check misses Arabic), and the English reading time stays whole.
    expect(await inReader<number>(page, `(root) => [...root.querySelectorAll('article :is(h1, h2, h3)')].filter((h) => h.textContent.trim() === document.title).length`)).toBe(0);
    expect(await inReader<string[]>(page, `(root) => [...root.querySelectorAll('.meta [dir=auto]')].map((s) => getComputedStyle(s).direction)`)).toEqual(['rtl', 'ltr']);
    await page.screenshot({ path: artifactPath('chromium', 'rtl.png') });
    await closeReader(page);
  });

  it('shows embedded videos and posts as safe link cards, and code and tables keep their shape', async () => {
    const prose = (n: number) => `<p>${'The harbour board met on Tuesday to decide the future of the old pier, and the vote was close. '.repeat(5)}(${n})</p>`;
    server.routes.set('/embeds/pier.html', { body: `<!doctype html><html lang="en"><head><title>Pier vote</title></head><body><article>
      <h1>Pier vote</h1>${prose(1)}<iframe src="https://www.youtube.com/embed/xyz987" title="The pier at dawn" width="560" height="315"></iframe>
      ${prose(2)}<blockquote class="twitter-tweet"><p>The pier stays open!</p>&mdash; Harbour Board (@harbour)
      <a href="https://twitter.com/harbour/status/1">June 2, 2025</a></blockquote>${prose(3)}
      <pre><code>${'const longLine = "' + 'x'.repeat(300) + '";'}</code></pre>${prose(4)}</article></body></html>` });
    await page.goto(`${server.origin}/embeds/pier.html`);
    await openReader(browser, page);
    const cards = await inReader<{ kind: string; href: string | null; rel: string | null; text: string; border: string }[]>(page,
      `(root) => [...root.querySelectorAll('article [data-cp-embed]')].map((c) => ({ kind: c.dataset.cpEmbed,
        href: c.querySelector('a')?.getAttribute('href') ?? null, rel: c.querySelector('a')?.getAttribute('rel') ?? null,
        text: c.textContent.trim(), border: getComputedStyle(c).borderTopStyle }))`);
    expect(cards.map((c) => c.kind)).toEqual(['player', 'post']);
    expect(cards[0]).toMatchObject({ href: 'https://www.youtube.com/watch?v=xyz987', rel: 'noopener noreferrer', text: '▶ The pier at dawn', border: 'solid' });
    expect(cards[1]!.text).toContain('The pier stays open!');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('iframe, object, embed, script').length`)).toBe(0);
    // The long code line scrolls inside its block instead of widening the column.
    expect(await inReader<boolean>(page, `(root) => { const pre = root.querySelector('article pre');
      return pre.scrollWidth > pre.clientWidth && getComputedStyle(pre).overflowX === 'auto' && root.querySelector('article').scrollWidth <= root.querySelector('article').clientWidth; }`)).toBe(true);
    await inReader(page, `(root) => root.querySelector('[data-cp-embed="post"]').scrollIntoView({ block: 'center' })`);
    await page.screenshot({ path: artifactPath('chromium', 'embeds.png') });
    await closeReader(page);
  });
});
