// The hostile-page check shared by the Chromium and Firefox suites.
//
// How "nothing ran" is proven: a hostile page is allowed to run its own attacks while it loads (a real hostile page
// would too). So the check waits for the page to settle, records every signal channel — the page-world sentinel
// array `window.__pwned`, document.title, dialogs seen, canary requests on the test server — right before the toolbar
// click, opens reader view through the real popup, waits until the overlay has been up for `quietMs`, pokes every
// element in the article like a user would (pointer over, focus, click), waits again, and asserts that no channel
// moved. Attacks are written so that a firing appends (never just sets) and canary responses are `no-store`, so a
// second firing is always visible. It also inspects the overlay's article: no active elements, no handlers, no
// styles, no script-capable URLs, and every link that leaves the page carries rel="noopener noreferrer".
import { appendFileSync, readFileSync } from 'node:fs';
import { artifactPath } from './artifacts';
import { resolve } from 'node:path';
import type { TestServer } from './server';

export interface HostileAttack { name: string; class: string; tries: string; signal: string; file: string }

const dir = resolve(import.meta.dirname, '..', '..', 'hostile');
export const hostileAttacks = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')) as HostileAttack[];
export const quietMs = 600;
/** The reader overlay's dialog (the overlay may hold other dialogs, e.g. its help card). */
export const readerDialog = 'clearpage-reader [role=dialog][aria-label="Reader view"]';

/** Serves every hostile page under /hostile/ (with the origin filled in) and every canary as an uncacheable answer. */
export function serveHostile(server: TestServer): void {
  for (const attack of hostileAttacks) {
    const body = readFileSync(resolve(dir, attack.file), 'utf8').replaceAll('__ORIGIN__', server.origin);
    server.routes.set(`/hostile/${attack.file}`, { body, headers: { 'cache-control': 'no-store' } });
    server.routes.set(`/canary/${attack.name}`, { body: '', type: 'text/plain', headers: { 'cache-control': 'no-store' } });
  }
}

export const canaryHits = (server: TestServer): string[] => server.requests.filter((path) => path.startsWith('/canary/'));

/** What one browser's driver must do; the Chromium and Firefox files each provide one. */
export interface HostileDriver {
  goto(url: string): Promise<void>;
  evaluate<T>(fn: () => T): Promise<T>;
  /** Toolbar button → popup → #toggle, resolves once the overlay dialog is in the page. */
  openReader(): Promise<void>;
  /** Closes the overlay through the popup if it is open, then the popup; safe to call in any state. */
  closeReader(): Promise<void>;
  dialogs(): string[];
  mouseMove(x: number, y: number): Promise<void>;
}

interface Signals { pwned: string[]; title: string; dialogs: string[]; canaries: string[] }

export interface HostileResult {
  /** Every signal that appeared after the toolbar click: must be empty. */
  executed: string[];
  /** What the overlay's article should never hold: must be empty. */
  problems: string[];
}

/** Appends one page's outcome to artifacts/<browser>/hostile-results.jsonl (what a report or a triage reads). */
export function recordResult(browser: string, attack: HostileAttack, result: HostileResult, ms: number): void {
  appendFileSync(artifactPath(browser, 'hostile-results.jsonl'), `${JSON.stringify({ name: attack.name, class: attack.class, ms, ...result })}\n`);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const started = Date.now();
/** Progress lines with HOSTILE_DEBUG=1 (where a slow or stuck page spends its time). */
export const step = (what: string) => { if (process.env.HOSTILE_DEBUG) console.log(`${Date.now() - started} ms: ${what}`); };

export { within } from './within';

async function signals(driver: HostileDriver, server: TestServer): Promise<Signals> {
  const page = await driver.evaluate(() => ({
    pwned: [...(((window as unknown as { __pwned?: string[] }).__pwned) ?? [])].map(String), title: document.title,
  }));
  return { ...page, dialogs: [...driver.dialogs()], canaries: canaryHits(server) };
}

export async function checkHostilePage(driver: HostileDriver, server: TestServer, attack: HostileAttack): Promise<HostileResult> {
  step(`${attack.name}: goto`);
  await driver.goto(`${server.origin}/hostile/${attack.file}`);
  step('loaded');
  await sleep(300); // let the page's own attacks fire now, before the baseline
  const before = await signals(driver, server);
  let problems: string[];
  let after: Signals;
  try {
    await driver.openReader();
    step('overlay open');
    await sleep(quietMs);
    await driver.mouseMove(640, 400);
    await driver.mouseMove(400, 300);
    await driver.evaluate(pokeArticle);
    step('poked');
    await sleep(300);
    problems = await driver.evaluate(inspectOverlay);
    after = await signals(driver, server);
  } finally {
    step('closing');
    await driver.closeReader();
    step('closed');
  }
  const executed = [
    ...after.pwned.slice(before.pwned.length).map((name) => `sentinel: ${name}`),
    ...(after.title !== before.title ? [`title: ${after.title}`] : []),
    ...after.dialogs.slice(before.dialogs.length).map((message) => `dialog: ${message}`),
    ...after.canaries.slice(before.canaries.length).map((path) => `request: ${path}`),
  ];
  return { executed, problems };
}

/** Runs in the page: every element of the overlay's article gets pointer, focus and click events, as a user's would. */
function pokeArticle(): void {
  // Through Document.prototype: a hostile page may clobber document.querySelector with a named element.
  const host = Document.prototype.querySelector.call(document, 'clearpage-reader');
  const article = host?.shadowRoot?.querySelector('article');
  for (const el of Array.from(article?.querySelectorAll('*') ?? [])) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'focus', 'animationstart', 'toggle']) {
      el.dispatchEvent(new (type.startsWith('pointer') || type.startsWith('mouse') ? MouseEvent : Event)(type, { bubbles: false }));
    }
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus?.({ preventScroll: true });
    const link = el.closest('a, area');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? '';
    if (/^\s*(https?:|mailto:|tel:)/i.test(href)) continue; // following a real link is not under test here
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
}

/** Runs in the page: what in the overlay's article could act, load, restyle or leak. */
function inspectOverlay(): string[] {
  const problems: string[] = [];
  const hosts = Document.prototype.querySelectorAll.call(document, 'clearpage-reader');
  if (hosts.length !== 1) problems.push(`${hosts.length} overlay hosts`);
  const article = hosts[0]?.shadowRoot?.querySelector('article');
  if (!article) return [...problems, 'no article in the overlay'];
  const active = 'script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, '
    + 'select, template, noscript, slot, dialog, portal, animate, set, animatemotion, animatetransform, use, foreignobject, feimage, '
    + 'handler, listener';
  for (const el of Array.from(article.querySelectorAll(active))) problems.push(`element <${el.localName}>`);
  const urlAttrs = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'cite', 'codebase', 'srcdoc']);
  const all = [article, ...Array.from(article.querySelectorAll('*'))];
  for (const el of all) {
    if ((el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot) problems.push(`shadow root on <${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) problems.push(`handler ${name} on <${el.localName}>`);
      if (['style', 'srcdoc', 'autofocus', 'ping', 'formaction', 'action'].includes(name)) problems.push(`attribute ${name} on <${el.localName}>`);
      if (/url\s*\(\s*['"]?[^#'"\s]|@import|expression\s*\(/i.test(value)) problems.push(`CSS in ${name} on <${el.localName}>`);
      if (urlAttrs.has(name) || name === 'srcset') {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        const image = el.localName === 'img' && name === 'src' && /^data:image\/(gif|png|jpeg|webp|avif);/i.test(value.trim());
        if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme) && !image) problems.push(`${scheme}: URL in ${name} on <${el.localName}>`);
      }
    }
  }
  for (const link of Array.from(article.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
    if (href === null || href.trim().startsWith('#')) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link to ${href} without rel="noopener noreferrer"`);
  }
  return problems;
}
