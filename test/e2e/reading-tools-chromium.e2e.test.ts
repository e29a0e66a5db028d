import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumOf, type Chromium } from './harness/chromium';
import { testServer, type TestServer } from './harness/server';
import { artifactPath, printedLetters } from './harness/artifacts';

const inReader = <T>(page: Page, fn: string) => page.evaluate<T>(`(() => { const root = document.querySelector('clearpage-reader').shadowRoot; return (${fn})(root); })()`);

// The overlay's reading tools in Chromium's test build: outline, progress and position, export, print, keys.
describe('Chromium: reading tools in the overlay', () => {
  let browser: Chromium;
  let server: TestServer;
  let page: Page;

  const open = async (path: string) => {
    await page.goto(`${server.origin}${path}`);
    expect((await browser.reader(page, 'open')).status).toBe('open');
  };
  const closeReader = async () => {
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    server = await testServer();
    browser = await chromiumOf('test');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await browser.newPage();
  });
  beforeEach(() => browser.reset());
  afterAll(() => page?.close());

  it('shows an outline for an article with headings, highlights the section read, and jumps on click', async () => {
    await open('/pages/long-article.html');
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toEqual(['Why the tides carry power', 'Barrages and lagoons', 'Turbines in the stream', 'Counting the cost', 'What comes next']);
    await page.screenshot({ path: artifactPath('chromium', 'outline.png') });
    await page.locator('clearpage-reader nav.outline a', { hasText: 'Counting the cost' }).click();
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('nav.outline a[aria-current="true"]')?.textContent === 'Counting the cost');
    expect(await inReader<string>(page, `(root) => root.querySelector('pre').textContent`)).toContain('speed ** 3');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('article table td').length`)).toBe(6);
    await closeReader();
  });

  it('lists each section once, not the label repeated in each, and keeps the section read in sight in a long outline', async () => {
    await open('/pages/field-guide.html');
    const links = await inReader<string[]>(page, `(root) => [...root.querySelectorAll('nav.outline a')].map((a) => a.textContent)`);
    expect(links).toHaveLength(28);
    expect(links.slice(0, 2)).toEqual(['Grey heron', 'Little egret']);
    expect(links).not.toContain('Where to see it');
    // Readability makes the page's links to itself absolute in the page's copy: each heading's "¶" link to itself
    // (Sphinx's) and the page's own table of contents still go, as in the CLI.
    expect(await inReader<string>(page, `(root) => [...root.querySelectorAll('article h2')].map((h) => h.textContent).join('')`)).not.toContain('¶');
    expect(await inReader<string[]>(page, `(root) => [...root.querySelectorAll('article li')].map((li) => li.textContent)`)).toEqual([]);
    expect(await inReader<string>(page, `(root) => root.querySelector('article').textContent`)).not.toContain('Contents');
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight, behavior: 'instant' })`);
    // At the article's end the last section is the one read, though its heading never reaches the top quarter.
    await page.waitForFunction(() => [...document.querySelector('clearpage-reader')!.shadowRoot!.querySelectorAll('nav.outline a')]
      .at(-1)?.getAttribute('aria-current') === 'true', undefined, { timeout: 5000 });
    const seen = await inReader<{ scrolled: number; inside: boolean }>(page, `(root) => {
      const nav = root.querySelector('nav.outline').getBoundingClientRect();
      const link = root.querySelector('nav.outline a[aria-current="true"]').getBoundingClientRect();
      return { scrolled: root.querySelector('nav.outline').scrollTop, inside: link.top >= nav.top && link.bottom <= nav.bottom && nav.bottom <= innerHeight };
    }`);
    expect(seen.scrolled).toBeGreaterThan(0);
    expect(seen.inside).toBe(true);
    await page.screenshot({ path: artifactPath('chromium', 'outline-long.png') });
    await closeReader();
  });

  it('hides the outline on a short article', async () => {
    await open('/fixtures/seed-news-page/source.html');
    expect(await inReader<number>(page, `(root) => root.querySelectorAll('nav.outline').length`)).toBe(0);
    await closeReader();
  });

  it('shows progress, remembers the position, and brings the page to the paragraph being read on close', async () => {
    await open('/pages/long-article.html?position');
    await inReader(page, `(root) => root.querySelector('.reader').scrollTo({ top: root.querySelector('.reader').scrollHeight / 2, behavior: 'instant' })`);
    await page.waitForFunction(() => Number(document.querySelector('clearpage-reader')!.shadowRoot!
      .querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')) > 20);
    // The position is stored once scrolling settles: wait for the stored value itself.
    const worker = await browser.worker();
    const url = page.url();
    await expect.poll(() => worker.evaluate((u) => chrome.storage.local.get('readingPositions').then((s) => !!(s.readingPositions as Record<string, unknown> | undefined)?.[u]), url),
      { timeout: 3000, message: 'the reading position stored' }).toBe(true);
    const reading = await inReader<string>(page, `(root) => {
      const top = root.querySelector('.reader').getBoundingClientRect().top + 72;
      return [...root.querySelectorAll('article p')].find((p) => p.getBoundingClientRect().bottom >= top).textContent.slice(0, 40); }`);
    await closeReader();
    const inView = await page.evaluate((start) => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.startsWith(start))!;
      const box = p.getBoundingClientRect();
      return window.scrollY > 0 && box.top >= -1 && box.top < window.innerHeight / 2;
    }, reading);
    expect(inView).toBe(true);

    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator('clearpage-reader button.resume').click();
    await page.waitForFunction(() => document.querySelector('clearpage-reader')!.shadowRoot!.querySelector('.reader')!.scrollTop > 200);
    await closeReader();
  });

  it('exports Markdown with front matter and a GFM table, and saves an HTML file', async () => {
    await open('/pages/long-article.html?export');
    await page.locator('clearpage-reader .menu > button', { hasText: 'Save' }).click();
    await page.locator('clearpage-reader [role=menuitem]', { hasText: 'Copy as Markdown' }).click();
    await page.locator('clearpage-reader .toast', { hasText: 'Copied as Markdown' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^---\ntitle: "How tidal power works, and why it is still so rare"\nauthor: "Mara Quinn"/);
    expect(markdown).toContain(`source: "${server.origin}/pages/long-article.html?export"`);
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
    await closeReader();
  });

  it('prints the clean article alone: the printed text is the article, and nothing of the page or the toolbar', async () => {
    await open('/pages/long-article.html?print');
    const article = await inReader<string>(page, `(root) => root.querySelector('.page').innerText`);
    const cdp = await browser.context.newCDPSession(page);
    const { data } = await cdp.send('Page.printToPDF', { printBackground: true });
    await cdp.detach();
    const pdf = artifactPath('chromium', 'print.pdf');
    writeFileSync(pdf, Buffer.from(data, 'base64'));
    const printed = printedLetters(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    // The same letters as the article shown, no more and no fewer: the page's navigation and footer and the reader's
    // toolbar are not printed, and nothing of the article is missing.
    expect(printed).toEqual(printedLetters(article));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, artifactPath('chromium', 'print')]);
    await closeReader();
  });

  it('offers keyboard shortcuts, listed under ?, and keeps focus inside the dialog', async () => {
    await open('/pages/long-article.html?keys');
    const size = () => inReader<string>(page, `(root) => getComputedStyle(root.querySelector('article p')).fontSize`);
    expect(await size()).toBe('20px');
    await page.keyboard.press('+');
    await expect.poll(size, { timeout: 3000, message: '+ makes the text larger' }).toBe('22px');
    await page.keyboard.press('-');
    await expect.poll(size, { timeout: 3000, message: '- makes it smaller again' }).toBe('20px');
    await page.keyboard.press('?');
    await page.locator('clearpage-reader [role=dialog][aria-label="Keyboard shortcuts"]').waitFor();
    await page.screenshot({ path: artifactPath('chromium', 'shortcuts.png') });
    await page.keyboard.press('Escape');
    await page.locator('clearpage-reader .help-card').waitFor({ state: 'hidden' });
    expect(await page.locator('clearpage-reader').count()).toBe(1);
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CLEARPAGE-READER');
    }
    await closeReader();
  });

  it('read aloud: speaks when the browser has a voice, and says so plainly when it has none; stops on close', async () => {
    await page.goto(`${server.origin}/pages/long-article.html?listen`);
    // What this browser offers, seen from the page before reader view asks: Chromium reports its voices once
    // (voiceschanged), even when there are none.
    const voices = await page.evaluate(() => Promise.race([
      new Promise<number>((done) => {
        speechSynthesis.addEventListener('voiceschanged', () => done(speechSynthesis.getVoices().length), { once: true });
        if (speechSynthesis.getVoices().length) done(speechSynthesis.getVoices().length);
      }),
      new Promise<number>((_, fail) => setTimeout(() => fail(new Error('no voiceschanged within 3 s')), 3000)),
    ]));
    expect((await browser.reader(page, 'open')).status).toBe('open');
    await page.locator('clearpage-reader button', { hasText: 'Listen' }).click();
    if (voices === 0) {
      await page.locator('clearpage-reader .toast', { hasText: 'Read aloud is not available: the browser has no working voice.' }).waitFor();
      expect(await page.locator('clearpage-reader button[aria-pressed]', { hasText: 'Listen' }).getAttribute('aria-pressed')).toBe('false');
    } else {
      await page.waitForFunction(() => speechSynthesis.speaking && CSS.highlights.has('clearpage-speaking'));
    }
    await closeReader();
    await page.waitForFunction(() => !speechSynthesis.speaking && !CSS.highlights.has('clearpage-speaking'));
  });

  it('shows right-to-left articles right to left', async () => {
    await open('/pages/rtl-article.html');
    expect(await inReader(page, `(root) => getComputedStyle(root.querySelector('article p')).direction`)).toBe('rtl');
    // The title is shown once (Readability's duplicate check misses Arabic), and the English reading time stays whole.
    expect(await inReader<number>(page, `(root) => [...root.querySelectorAll('article :is(h1, h2, h3)')].filter((h) => h.textContent.trim() === document.title).length`)).toBe(0);
    expect(await inReader<string[]>(page, `(root) => [...root.querySelectorAll('.meta [dir=auto]')].map((s) => getComputedStyle(s).direction)`)).toEqual(['rtl', 'ltr']);
    await page.screenshot({ path: artifactPath('chromium', 'rtl.png') });
    await closeReader();
  });

  it('shows embedded videos and posts as safe link cards, and code and tables keep their shape', async () => {
    const prose = (n: number) => `<p>${'The harbour board met on Tuesday to decide the future of the old pier, and the vote was close. '.repeat(5)}(${n})</p>`;
    server.routes.set('/embeds/pier.html', { body: `<!doctype html><html lang="en"><head><title>Pier vote</title></head><body><article>
      <h1>Pier vote</h1>${prose(1)}<iframe src="https://www.youtube.com/embed/xyz987" title="The pier at dawn" width="560" height="315"></iframe>
      ${prose(2)}<blockquote class="twitter-tweet"><p>The pier stays open!</p>&mdash; Harbour Board (@harbour)
      <a href="https://twitter.com/harbour/status/1">June 2, 2025</a></blockquote>${prose(3)}
      <pre><code>${'const longLine = "' + 'x'.repeat(300) + '";'}</code></pre>${prose(4)}</article></body></html>` });
    await open('/embeds/pier.html');
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
    await closeReader();
  });
});
