// The hostile-page check shared by the Chromium and Firefox suites: every page of test/hostile/index.json, one after
// another in one tab, through the reader's own `open`/`close` commands (the path the popup and the shortcut take).
//
// How "nothing ran" is proven: a hostile page may run its own attacks while it loads (a real one would too), so each
// page first settles (harness/settled.ts: what its attacks wait on has happened). Then the signals are read — the
// page-world sentinel `window.__pwned`, document.title (and, from then on, every write to it), dialogs, canary requests
// on the test server — reader view opens, its article settles (images, media, fonts), every element in it is poked
// like a user would (pointer, focus, click), two animation frames pass, and no page-world signal may have moved. Attacks append (never just set)
// and canaries are `no-store`, so a second firing is always visible. The overlay's article is also inspected: no active
// elements, handlers, styles or script-capable URLs; links leaving the page carry rel="noopener noreferrer".
//
// Canary requests are attributed by name (/canary/<attack>) and counted at the end of the batch, so a late one still
// counts against its own page. A page with nested documents (frames, objects, embeds) makes requests of its own that
// no load event waits for (a script in a data: frame fetching); for those pages the page's own count is taken from a
// second, plain visit without reader view, at the end of the batch, with its canaries renamed (hostile-pages.ts).
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ReaderState } from '../../../src/shared/messages';
import { artifactPath } from './artifacts';
import { inspectOverlay, pageArticleText, pageSignals, pokeArticle, watchTitle, type PageSignals } from './hostile-page-checks';
import { canaryHits, hostileArticle, hostileAttacks, hostileUrl, plainUrl, type HostileAttack } from './hostile-pages';
import { folded, overlayState, type OverlayState } from './overlay';
import type { TestServer } from './server';
import { overlaySettled, pageSettled } from './settled';
import { within } from './within';

export { hostileAttacks, serveHostile, type HostileAttack } from './hostile-pages';

/** How long a page or the overlay may take to settle before that itself is reported as a problem. */
const settleLimitMs = 3000;
/**
 * Proving that a request did NOT happen needs some quiet: a request the overlay caused (or a plain visit's own) may
 * reach the test server after the batch has moved on. One bounded wait for the whole batch, at its end, not per page.
 */
const lateCanaryQuietMs = 500;

/** What one browser's driver does for the batch; the Chromium and Firefox files each provide one for their one tab. */
export interface HostileDriver {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page (may be a promise) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  reader(command: 'prepare' | 'open' | 'close'): Promise<ReaderState>;
  mouseMove(x: number, y: number): Promise<void>;
}

export interface HostileResult {
  /** Every signal that appeared after the page's baseline: must be empty. */
  executed: string[];
  /** Reader view not opening or closing, the overlay's article holding what it never should, a step failing: must be empty. */
  problems: string[];
}

/** An expression calling one of the self-contained page functions (several in one evaluate: fewer round trips). */
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]) => `(${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')})`;
interface Settled { unsettled: string[]; signals: PageSignals; text: string; frames: number }
const settleAndRead = `(async () => { const unsettled = await ${call(pageSettled, settleLimitMs)};
  const read = { unsettled, signals: ${call(pageSignals)}, text: ${call(pageArticleText)}, frames: window.frames.length };
  ${call(watchTitle)}; return read; })()`;
interface Poked { problems: string[]; shown: OverlayState; signals: PageSignals }
const pokeAndRead = `(async () => { await ${call(pokeArticle)};
  return { problems: ${call(inspectOverlay)}, shown: ${call(overlayState)}, signals: ${call(pageSignals)} }; })()`;

interface PageRecord {
  attack: HostileAttack;
  before?: PageSignals;
  after?: PageSignals;
  /** This page's canary requests (of the batch) at its baseline and when its check ended. */
  canariesBefore: number;
  canariesAfter: number;
  /** It has nested documents: its own requests are counted by a plain visit. */
  nested: boolean;
  dialogs: string[];
  problems: string[];
  steps: Record<string, number>;
}

export class HostileBatch {
  private records: PageRecord[] = [];
  private current: PageRecord | null = null;
  /** Where this batch's requests start in the shared server's log. */
  private from: number;

  constructor(private browser: 'chromium' | 'firefox', private server: TestServer) {
    this.from = server.requests.length;
  }

  /** A dialog the page opened (the driver dismisses it): one after the current page's baseline is an attack that ran. */
  dialog(text: string): void {
    if (this.current?.before) this.current.dialogs.push(text);
  }

  private hits(attack: HostileAttack, plain = false): string[] {
    return canaryHits(this.server.requests.slice(this.from), attack, plain);
  }

  async run(driver: HostileDriver): Promise<Map<string, HostileResult>> {
    for (const attack of hostileAttacks) await this.check(driver, attack);
    this.current = null;
    const nested = this.records.filter((r) => r.nested);
    // Each plain visit stays until the page has made as many requests of its own as its visit with reader view saw
    // (leaving at once could cancel a nested document before its script runs); more there are the overlay's doing,
    // and are reported below once the plain page has had 5 s to make them itself.
    for (const record of nested) {
      await driver.goto(plainUrl(this.server, record.attack)).catch((error: Error) => record.problems.push(`plain visit: ${error.message}`));
      await expect.poll(() => this.hits(record.attack, true).length >= this.hits(record.attack).length,
        { timeout: 5000, message: `${record.attack.name}: the plain visit's own requests` }).toBe(true).catch(() => {});
    }
    await new Promise((done) => setTimeout(done, lateCanaryQuietMs));
    const results = new Map<string, HostileResult>();
    const lines = this.records.map((record) => {
      const result = { executed: this.executed(record), problems: record.problems };
      results.set(record.attack.name, result);
      return `${JSON.stringify({ name: record.attack.name, class: record.attack.class, ms: record.steps.closed, steps: record.steps, ...result })}\n`;
    });
    writeFileSync(artifactPath(this.browser, 'hostile-results.jsonl'), lines.join(''));
    return results;
  }

  private executed({ attack, before, after, canariesBefore, canariesAfter, nested, dialogs }: PageRecord): string[] {
    // Without a baseline (a step failed first, a problem of its own) nothing can be told apart from the page's own doing.
    if (!before) return [];
    const hits = this.hits(attack);
    const own = this.hits(attack, true).length;
    const requests = nested
      ? hits.slice(own).map((path) => `request: ${path} (${hits.length} in all; the page makes ${own} itself)`)
      : hits.slice(canariesBefore).map((path, i) => `request: ${path}${i >= canariesAfter - canariesBefore ? ' (arrived after the page was left)' : ''}`);
    return [
      ...(after ? after.pwned.slice(before.pwned.length).map((name) => `sentinel: ${name}`) : []),
      ...(after && after.title !== before.title ? [`title: ${after.title}`] : []),
      ...(after && after.title === before.title && after.titleWrites ? [`title written again: ${after.title}`] : []),
      ...dialogs.map((text) => `dialog: ${text}`),
      ...requests,
    ];
  }

  private async check(driver: HostileDriver, attack: HostileAttack): Promise<void> {
    const record: PageRecord = { attack, canariesBefore: 0, canariesAfter: 0, nested: false, dialogs: [], problems: [], steps: {} };
    this.records.push(record);
    this.current = record;
    const { problems } = record;
    const start = Date.now();
    const mark = (step: string) => { record.steps[step] = Date.now() - start; };
    const evaluate = <T>(expression: string, what: string) =>
      within(driver.evaluate<T>(expression), settleLimitMs + 2000, `${what} in ${attack.file}`);
    try {
      await driver.goto(hostileUrl(this.server, attack));
      mark('loaded');
      const page = await evaluate<Settled>(settleAndRead, 'the page settling');
      if (page.unsettled.length) problems.push(`the page had not settled after ${settleLimitMs} ms: ${page.unsettled.join(', ')}`);
      record.canariesBefore = this.hits(attack).length;
      record.nested = page.frames > 0;
      record.before = page.signals;
      mark('settled');

      // As from the popup: the article is prepared first (sanitized on the copy before anything is shown), then opened.
      const prepared = await driver.reader('prepare');
      if (prepared.status !== 'closed') problems.push(`preparing answered ${prepared.status} ${prepared.message ?? ''}`.trim());
      const opened = await driver.reader('open');
      if (opened.status !== 'open') problems.push(`reader view did not open: ${opened.status} ${opened.message ?? ''}`.trim());
      const overlay = await evaluate<string[]>(call(overlaySettled, settleLimitMs), 'the overlay settling');
      if (overlay.length) problems.push(`the overlay had not settled after ${settleLimitMs} ms: ${overlay.join(', ')}`);
      mark('opened');

      await driver.mouseMove(640, 400);
      await driver.mouseMove(400, 300);
      const poked = await evaluate<Poked>(pokeAndRead, 'poking the article');
      record.after = poked.signals;
      record.canariesAfter = this.hits(attack).length;
      problems.push(...poked.problems, ...shownProblems(attack, page.text, poked.shown));
      mark('poked');

      const closed = await driver.reader('close');
      if (closed.status !== 'closed') problems.push(`reader view did not close: ${closed.status}`);
      const left = await evaluate<OverlayState>(call(overlayState), 'reading the page after closing');
      if (left.hosts !== 0) problems.push(`${left.hosts} overlay hosts left after closing`);
    } catch (error) {
      problems.push(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      record.canariesAfter ||= this.hits(attack).length;
    }
    mark('closed');
  }
}

/**
 * The overlay is open and shows this page's article: its title and the two paragraphs before the attack always; the
 * paragraphs after it too, wherever the page itself shows them, except after an mXSS payload: that markup is built so
 * that parsing it again changes the tree, and the sanitizer drops what it cannot place safely (what follows, too).
 */
function shownProblems(attack: HostileAttack, pageText: string, shown: OverlayState): string[] {
  if (!shown.open) return ['no reader view dialog in the page'];
  const { title, paragraphs } = hostileArticle(attack);
  const after = attack.class === 'mxss' ? [] : paragraphs.slice(2).map(folded).filter((text) => pageText.includes(text));
  return [title, ...paragraphs.slice(0, 2)].map(folded).concat(after).filter((text) => !shown.text.includes(text))
    .map((text) => `the overlay does not show "${text.slice(0, 40)}…"`);
}
