/**
 * The two systems compared, each on its own fresh jsdom of the page (same settings), timing only the
 * extraction call. Readability's content gets the same block-aware text conversion as Clearpage's.
 */
import { Readability } from '@mozilla/readability';
import { blockText, extractArticle } from '../src/extract/index';
import { errorMessage, parsePage, releaseTick } from '../src/cli/load-page';
import { readGz } from './corpus';

export const systems = ['readability', 'clearpage'] as const;
export type SystemName = (typeof systems)[number];

export interface SystemOutput {
  ok: boolean;
  text: string;
  title: string | null;
  byline: string | null;
  lang: string | null;
  dir: string | null;
  /** Wall time of the extraction call alone; null when jsdom could not parse the page. */
  ms: number | null;
  /** CPU time of this process during the call (includes V8's helper threads). */
  cpuMs: number | null;
  error: string | null;
  /** Time jsdom took to parse the page for this system (not part of `ms`). */
  parseMs: number | null;
  /** jsdom's CSS parser threw on the page, so it was parsed again without its <style> elements. */
  stylesDropped?: boolean;
  /** Readability only: its own `textContent` (the README's published AEB figure uses it). */
  textContent?: string;
}

type BenchWindow = Window & typeof globalThis;
type Spent = Pick<SystemOutput, 'ms' | 'cpuMs'>;

export function emptyOutput(error: string, spent: Spent = { ms: null, cpuMs: null }): SystemOutput {
  return { ok: false, text: '', title: null, byline: null, lang: null, dir: null, ...spent, parseMs: null, error };
}
const empty = emptyOutput;

/** Wall time and this process's CPU time since the call (CPU time holds up better on a busy machine). */
function startClock(): () => { ms: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

export function htmlToBlockText(window: BenchWindow, html: string): string {
  return blockText(new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body);
}

function runReadability(window: BenchWindow): SystemOutput {
  const stop = startClock();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(window.document).parse();
  } catch (error) {
    return empty(`extract-error: ${errorMessage(error)}`, stop());
  }
  const spent = stop();
  if (!parsed) return empty('no-article', spent);
  return {
    ok: true,
    text: htmlToBlockText(window, parsed.content ?? ''),
    textContent: parsed.textContent ?? '',
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    ...spent,
    parseMs: null,
    error: null,
  };
}

function runClearpage(window: BenchWindow): SystemOutput {
  const stop = startClock();
  try {
    const result = extractArticle(window.document, { url: window.location.href, window });
    const spent = stop();
    if (!result.ok) return empty(result.reason, spent);
    const { text, title, byline, lang, dir } = result;
    return { ok: true, text, title, byline, lang, dir, ...spent, parseMs: null, error: null };
  } catch (error) {
    return empty(`extract-error: ${errorMessage(error)}`, stop());
  }
}

export interface RunOptions {
  /** When jsdom throws on a page (its CSS parser does on some stylesheets), parse it again without <style>. */
  styleFallback: boolean;
  /**
   * Collect garbage between parsing and the timed call (when Node runs with --expose-gc): on a page of megabytes the
   * collection of the previous run's garbage otherwise lands in whichever system runs next.
   */
  collectFirst?: boolean;
}

async function runOne(system: SystemName, html: string, url: string, options: RunOptions): Promise<SystemOutput> {
  let dom: ReturnType<typeof parsePage>;
  let stylesDropped = false;
  const start = performance.now();
  try {
    dom = parsePage(html, url);
  } catch (error) {
    if (!options.styleFallback) return empty(`parse-error: ${errorMessage(error)}`);
    try {
      dom = parsePage(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''), url);
      stylesDropped = true;
    } catch {
      return empty(`parse-error: ${errorMessage(error)}`);
    }
  }
  const parseMs = performance.now() - start;
  const window = dom.window as unknown as BenchWindow;
  if (options.collectFirst) (globalThis as { gc?: () => void }).gc?.();
  try {
    const output = system === 'readability' ? runReadability(window) : runClearpage(window);
    return stylesDropped ? { ...output, parseMs, stylesDropped } : { ...output, parseMs };
  } finally {
    dom.window.close();
    await releaseTick();
  }
}

export type PageOutputs = Record<SystemName, SystemOutput>;

/** Both systems on one page; which goes first alternates with the page's position in the run. */
export async function runBoth(html: string, url: string, position: number, options: RunOptions): Promise<PageOutputs> {
  const order = position % 2 === 0 ? systems : ([...systems].reverse() as SystemName[]);
  const outputs = {} as PageOutputs;
  for (const system of order) outputs[system] = await runOne(system, html, url, options);
  return outputs;
}

export interface PageTask {
  file: string;
  url: string;
  /** Position in the run: which system goes first alternates with it. */
  position: number;
  styleFallback: boolean;
}

export const failedOutputs = (error: string): PageOutputs =>
  Object.fromEntries(systems.map((system) => [system, emptyOutput(error)])) as PageOutputs;

/** Reads and runs one page; never throws. */
export async function runTask(task: PageTask): Promise<PageOutputs> {
  let html: string;
  try {
    html = readGz(task.file);
  } catch (error) {
    return failedOutputs(`read-error: ${errorMessage(error)}`);
  }
  return runBoth(html, task.url, task.position, { styleFallback: task.styleFallback });
}
