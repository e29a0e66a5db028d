import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../extract/index';
import type { RemovedItem } from '../extract/index';
import { decodePage, errorMessage, parsePage, readPageBytes, releaseTick } from './load-page';
import { articleToMarkdown } from './to-markdown';

const formats = ['jsonl', 'html', 'text', 'markdown'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: npm run --silent extract -- [--format jsonl|html|text|markdown] [--url URL] FILE...

Runs Clearpage's article extraction on saved pages (.html or .html.gz, UTF-8 or with a charset declaration).
  --format jsonl     one JSON object per file, in order (default):
                     {file, ok, title, byline, siteName, publishedTime, lang, dir, text, html, removed, ms, error}
                     ok:false with an error for a page without an article or that cannot be read or parsed;
                     ms = time spent in extraction (not parsing). Exit status 0 unless the arguments are wrong.
  --format html|text|markdown
                     the article as sanitized HTML, plain text (a line per block) or Markdown (turndown + GFM);
                     with several files each starts with a "==> FILE <==" line. Failures go to stderr, exit status 1.
  --url URL          the address the pages were saved from (links resolve against it); default: the file's URL.`;

export interface CliRecord {
  file: string;
  ok: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  text: string | null;
  html: string | null;
  removed: RemovedItem[];
  ms: number | null;
  error: string | null;
}

function failed(file: string, error: string, ms: number | null = null): CliRecord {
  return {
    file, ok: false, title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null,
    text: null, html: null, removed: [], ms, error,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Reads, parses and extracts one file; never throws. */
export async function extractFile(file: string, url?: string): Promise<CliRecord> {
  let bytes: Buffer;
  try {
    bytes = await readPageBytes(file);
  } catch (error) {
    return failed(file, `read-error: ${errorMessage(error)}`);
  }
  let dom: ReturnType<typeof parsePage>;
  try {
    dom = parsePage(decodePage(bytes), url ?? pathToFileURL(resolve(file)).href);
  } catch (error) {
    return failed(file, `parse-error: ${errorMessage(error)}`);
  }
  const window = dom.window as unknown as Window & typeof globalThis;
  const start = performance.now();
  try {
    const result = extractArticle(window.document, { url: window.location.href, window });
    const ms = round(performance.now() - start);
    if (!result.ok) return failed(file, `${result.reason}: ${result.message}`, ms);
    return {
      file, ok: true, title: result.title || null, byline: result.byline, siteName: result.siteName,
      publishedTime: result.publishedTime, lang: result.lang, dir: result.dir, text: result.text, html: result.content.innerHTML,
      removed: result.removed, ms, error: null,
    };
  } catch (error) {
    return failed(file, `extract-error: ${errorMessage(error)}`, round(performance.now() - start));
  } finally {
    dom.window.close();
  }
}

function render(record: CliRecord, format: Format, url: string | undefined): string {
  if (format === 'jsonl') return `${JSON.stringify(record)}\n`;
  if (format === 'html') return `${record.html ?? ''}\n`;
  if (format === 'text') return `${record.text ?? ''}\n`;
  return articleToMarkdown({ title: record.title, byline: record.byline, url: url ?? null, html: record.html ?? '' });
}

function write(chunk: string): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(chunk)) done();
    else process.stdout.once('drain', () => done());
  });
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'jsonl' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${errorMessage(error)}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format) || files.length === 0) {
    process.stderr.write(`${files.length ? `Unknown format: ${format}` : 'No files given.'}\n\n${usage}\n`);
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    const record = await extractFile(file, values.url);
    if (!record.ok) failures++;
    if (format !== 'jsonl' && !record.ok) {
      process.stderr.write(`${file}: ${record.error}\n`);
    } else {
      if (format !== 'jsonl' && files.length > 1) await write(`==> ${file} <==\n`);
      await write(render(record, format, values.url));
    }
    await releaseTick();
  }
  return format === 'jsonl' || failures === 0 ? 0 : 1;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${errorMessage(error)}\n`);
      process.exitCode = 1;
    },
  );
}
