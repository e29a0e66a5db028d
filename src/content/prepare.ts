import { cloneIntoInertDocument, elementPath, extractArticleSteps, type ExtractResult } from '../extract';
import type { Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-storage';
import { siteOf, type SiteRule } from '../shared/site-rules';
import { loadSiteRules } from '../shared/site-rules-storage';
import { loadArea } from '../shared/area-rule-storage';
import { chooseArea, type Chosen } from './chosen-source';
import { formatDate } from './format';
import { afterPageWork, nextTask } from './next-task';
import { warmFonts } from './warm-fonts';
import { buildReaderOverlay, type Overlay } from './overlay';

export interface Prepared {
  result: ExtractResult;
  /** The published date as shown. */
  date: string | null;
  /** The settings and this site's rules as read while preparing (reader view follows their changes once open). */
  settings: Settings;
  rules: SiteRule[];
  /** The area a person picked for this site, when it is on this page: then `result` is that area's article. */
  chosen: Chosen | null;
  /** Milliseconds spent copying the page (the pipeline times its own stages). */
  clone: number;
  /** The article was ready before it was asked for (the popup prepared it while a person reached for the toggle). */
  early: boolean;
  /** Reader view for `result`, built and not shown (it holds the article's nodes). */
  overlay: Overlay | null;
}

interface Preparation {
  url: string;
  done: Promise<Prepared>;
  /** The page changed its text since it was copied. */
  stale: boolean;
  observer: MutationObserver;
  asked: boolean;
}

/** A change a reader could see in the article: text added, removed or rewritten (not an image swapped or a style). */
function changesText(records: MutationRecord[]): boolean {
  return records.some((record) => record.type === 'characterData'
    || [...record.addedNodes, ...record.removedNodes].some((node) => (node.textContent ?? '').trim() !== ''));
}

async function prepareNow(preparation: Preparation, keepRemoved: boolean): Promise<Prepared> {
  // Until a person asks for the article, the page's own work goes first; from then on, ours.
  const yieldTurn = () => (preparation.asked ? nextTask() : afterPageWork());
  const site = siteOf(preparation.url);
  const stored = Promise.all([loadSettings(), site ? loadSiteRules(site) : Promise.resolve([]), site ? loadArea(site) : null]);
  await yieldTurn();
  const [settings, rules, area] = await stored;
  // The area a person picked for this site, when the page has it, is the article: the page's own is not looked for.
  const chosen = site && area ? chooseArea(site, area) : null;
  if (chosen) {
    const date = dateOf(chosen.article);
    return { result: chosen.article, date, settings, rules, chosen, clone: 0, early: !preparation.asked, overlay: buildReaderOverlay(chosen.article, date) };
  }
  // The story in view when the person asked: on a page that appended the next story below (infinite scroll), that one.
  const inView = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  const inViewPath = inView && document.body?.contains(inView) ? elementPath(inView) : undefined;
  const started = performance.now();
  const copy = cloneIntoInertDocument(document, preparation.url);
  const clone = performance.now() - started;
  // The live page was counted before (reader.ts): counting the copy again is work done twice.
  const steps = extractArticleSteps(copy, { url: preparation.url, keepRemoved, maxElements: 0, inViewPath });
  let step = (await yieldTurn(), steps.next());
  while (!step.done) {
    await yieldTurn();
    step = steps.next();
  }
  const result = step.value;
  // Looked up ahead, the fonts are off the first frame's path; once the article is asked for, that frame comes first.
  if (result.ok && !preparation.asked) {
    await yieldTurn();
    warmFonts(settings);
  }
  if (!result.ok) return { result, date: null, settings, rules, chosen: null, clone, early: !preparation.asked, overlay: null };
  const date = dateOf(result);
  // Built ahead too, apart from the page: the click then only puts it in.
  if (!preparation.asked) await yieldTurn();
  return { result, date, settings, rules, chosen: null, clone, early: !preparation.asked, overlay: buildReaderOverlay(result, date) };
}

/** The published date as shown, for an article that has one. */
export const dateOf = (result: ExtractResult): string | null =>
  result.ok ? formatDate(result.publishedTime) : null;

/**
 * The article, extracted from a copy of the page in steps that each leave the page its turn (the copy, then the
 * pipeline's stages). Started early (`start`), it is ready when asked for (`take`), unless the page changed its
 * text or its address meanwhile: then it is made again from the page as it is now. Nothing of it is visible to the page.
 */
export function createPreparation(options: { keepRemoved: boolean }) {
  let current: Preparation | null = null;

  function drop(): void {
    current?.observer.disconnect();
    current = null;
  }

  function start(): void {
    if (current && !current.stale && current.url === location.href) return;
    drop();
    const observer = new MutationObserver((records) => {
      if (changesText(records)) preparation.stale = true;
    });
    const preparation: Preparation = { url: location.href, done: Promise.resolve(null as never), stale: false, observer, asked: false };
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    preparation.done = prepareNow(preparation, options.keepRemoved);
    current = preparation;
  }

  /** The article as the page is now: the prepared one when still true to the page, else one made now. */
  async function take(): Promise<Prepared> {
    if (!current || current.stale || current.url !== location.href) start();
    const preparation = current!;
    preparation.asked = true;
    const prepared = await preparation.done;
    drop();
    return prepared;
  }

  /** The preparation under way or done, if any (not taken). */
  const ready = (): Promise<Prepared> | null => current?.done ?? null;

  /** For an article chosen otherwise (a pick, a selection): only the settings and rules; what was prepared goes. */
  async function stored(): Promise<Pick<Prepared, 'settings' | 'rules'>> {
    drop();
    const site = siteOf(location.href);
    const [settings, rules] = await Promise.all([loadSettings(), site ? loadSiteRules(site) : Promise.resolve([])]);
    return { settings, rules };
  }

  return { start, take, drop, ready, stored };
}
