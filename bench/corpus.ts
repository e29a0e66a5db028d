/** The three corpora of ../shared/corpus (see its README.md), loaded lazily page by page. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { fakeHostUrl } from '../src/cli/load-page';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `../shared/corpus` next to the clone, or $CLEARPAGE_CORPUS. */
export const corpusRoot = process.env.CLEARPAGE_CORPUS ?? resolve(repoRoot, '..', 'shared', 'corpus');

export const readGz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

export interface AebPage {
  id: string;
  url: string;
  file: string;
  truth: string;
}

export interface WcxbPage {
  id: string;
  url: string;
  file: string;
  type: string;
  truth: string;
  /** The article's headline and its author as the annotators wrote them. */
  title: string | null;
  author: string | null;
  with: string[];
  without: string[];
}

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
}

export interface ReadabilityPage {
  id: string;
  url: string;
  file: string;
  expectedFile: string;
  metadata: ExpectedMetadata;
}

function requireDir(path: string): string {
  if (!existsSync(path)) throw new Error(`Corpus folder not found: ${path} (set CLEARPAGE_CORPUS)`);
  return path;
}

export function loadAeb(): AebPage[] {
  const dir = requireDir(join(corpusRoot, 'aeb'));
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url || fakeHostUrl,
      file: join(dir, 'html', `${id}.html.gz`),
      truth: truth[id]?.articleBody ?? '',
    }));
}

interface WcxbRow {
  id: string;
  url?: string;
  page_type?: string;
  title?: string | null;
  author?: string | null;
  main_content?: string;
  with?: string[];
  without?: string[];
}

export function loadWcxb(type?: string): WcxbPage[] {
  const dir = requireDir(join(corpusRoot, 'wcxb-dev'));
  return readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as WcxbRow)
    .filter((row) => !type || row.page_type === type)
    .map((row) => ({
      id: row.id,
      url: row.url || fakeHostUrl,
      file: join(dir, 'html', `${row.id}.html.gz`),
      type: row.page_type ?? 'unknown',
      truth: row.main_content ?? '',
      title: row.title?.trim() || null,
      author: row.author?.trim() || null,
      with: row.with ?? [],
      without: row.without ?? [],
    }));
}

export function loadReadabilityPages(): ReadabilityPage[] {
  const dir = requireDir(join(corpusRoot, 'readability-pages'));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html.gz')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({
      id,
      url: fakeHostUrl,
      file: join(dir, id, 'source.html.gz'),
      expectedFile: join(dir, id, 'expected.html.gz'),
      metadata: JSON.parse(readFileSync(join(dir, id, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
    }));
}
