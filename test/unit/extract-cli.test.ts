import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/cli/to-markdown';
import { parsePage } from '../../src/cli/load-page';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `test/cli-fixtures/${name}`;

function cli(...args: string[]) {
  // Node with tsx's loader, not `npx tsx`: npx and tsx's own launcher cost a second or two per run.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/extract-cli.ts', ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const keys = [
  'file', 'ok', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'text', 'html', 'removed', 'ms', 'error',
];

describe('extract CLI', { timeout: 120_000 }, () => {
  it('prints one JSON object per file, in order, and survives pages without an article or that cannot be parsed', () => {
    const files = ['article.html', 'not-an-article.html', 'unparsable-css.html', 'corrupt.html.gz'].map(fixture);
    const { status, stdout } = cli('--format', 'jsonl', ...files);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const [i, record] of records.entries()) {
      expect(Object.keys(record)).toEqual(keys);
      expect(record.file).toBe(files[i]);
    }

    const [article, notArticle, unparsable, corrupt] = records as Record<string, unknown>[];
    expect(article).toMatchObject({ ok: true, title: 'Tide tables of the Northern Coast', lang: 'en', error: null });
    expect(article?.text).toContain('Every harbour master on the northern coast');
    expect(article?.html).toContain('<table>');
    expect(article?.text).not.toContain('All rights reserved');
    expect(typeof article?.ms).toBe('number');
    expect(Array.isArray(article?.removed)).toBe(true);

    expect(notArticle).toMatchObject({ ok: false, text: null, html: null, removed: [] });
    expect(notArticle?.error).toMatch(/^no-article: /);
    expect(unparsable).toMatchObject({ ok: false, ms: null });
    expect(unparsable?.error).toMatch(/^parse-error: /);
    expect(corrupt).toMatchObject({ ok: false });
    expect(corrupt?.error).toMatch(/^read-error: /);
  });

  it('converts the article to Markdown with a GFM table', () => {
    const { status, stdout } = cli('--format', 'markdown', '--url', 'https://example.org/tides', fixture('article.html'));
    expect(status).toBe(0);
    expect(stdout.startsWith('# Tide tables of the Northern Coast\n')).toBe(true);
    expect(stdout).toContain('<https://example.org/tides>');
    expect(stdout).toContain('| Day | High water | Low water |\n| --- | --- | --- |\n| Monday | 06:12 | 12:31 |');
    expect(stdout).toContain('## This week');
  });

  it('reports failures on stderr with a non-zero status in the text formats', () => {
    const { status, stdout, stderr } = cli('--format', 'text', fixture('article.html'), fixture('not-an-article.html'));
    expect(status).toBe(1);
    expect(stdout).toContain('==> test/cli-fixtures/article.html <==');
    expect(stderr).toContain('not-an-article.html: no-article');
  });

  it('rejects an unknown format', () => {
    expect(cli('--format', 'pdf', fixture('article.html')).status).toBe(2);
  });
});

describe('htmlToMarkdown', () => {
  it('keeps GFM table cells on one line and escapes pipes', () => {
    const md = htmlToMarkdown(
      '<table><thead><tr><th>a|b</th><th>c</th></tr></thead><tbody><tr><td><p>one</p><p>two</p></td><td>3</td></tr></tbody></table>',
    );
    expect(md).toBe('| a\\|b | c |\n| --- | --- |\n| one two | 3 |');
  });

  it('writes a heading whose words sit in boxes on one line, and none for an empty heading (Stripe, WCXB 0680)', () => {
    const md = htmlToMarkdown('<h4><div><div><span>amount</span> <span>integer</span></div></div></h4><p>Amount to collect.</p><h3> </h3><h2>Plain</h2>');
    expect(md).toBe('#### amount integer\n\nAmount to collect.\n\n## Plain');
  });

  it("writes a highlighter's listing that opens with an empty element as a fenced block (MkDocs Material's Pygments)", () => {
    const md = htmlToMarkdown('<p>Run:</p><pre><span></span><code class="language-console"><span>$ </span>pip install fastapi\n'
      + '<span>$ </span>fastapi dev main.py\n```\n</code></pre><pre><code>plain</code></pre><p>See <code>main.py</code>.</p>');
    expect(md).toBe('Run:\n\n````console\n$ pip install fastapi\n$ fastapi dev main.py\n```\n````\n\n```\nplain\n```\n\nSee `main.py`.');
  });

  it('does not throw on a table without rows, and keeps headerless tables as HTML', () => {
    expect(htmlToMarkdown('<table><caption>Only a caption</caption></table>')).toBe('Only a caption');
    expect(htmlToMarkdown('<table><tr><td>x</td></tr></table>')).toContain('<table>');
    expect(htmlToMarkdown('')).toBe('');
  });

  it("reads a page as a browser does where a <noscript> holds a self-closed <iframe … />, which jsdom would let swallow the page", () => {
    const paragraph = 'Intuitive infrastructure to scale any app or agent, from your first user to your billionth, with no servers to manage.';
    const html = `<html><body><noscript><iframe src="https://www.googletagmanager.com/ns.html" style="display: none" /></noscript>
      <main><h1>Your fastest path to production</h1><p>${paragraph}</p></main><iframe src="/frame" /><p>After a frame left open</p></body></html>`;
    const { document } = parsePage(html, 'https://example.com/').window;
    expect(document.querySelector('main p')?.textContent).toBe(paragraph);
    // outside a noscript, a browser too reads what follows an unclosed frame as the frame's text: left as it is
    expect(document.querySelectorAll('p')).toHaveLength(1);
  });
});
