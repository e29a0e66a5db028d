import browser from '../shared/browser';
import type { ContentApi, ReaderCommand, ReaderState } from '../shared/messages';
import { followSettings } from '../shared/settings-storage';
import { cloneIntoInertDocument, defaultMaxElements, extractArticle, sanitizeMarkup } from '../extract';
import { capturePageState, restorePageState } from './page-state';
import { createNotice, createReaderOverlay, type Overlay } from './overlay';
import { setupReaderTools, type ReaderTools } from './reader-tools';
import { findInPage } from './tools/reading-position';
import { watchHost, watchNavigation } from './navigation-watch';
import { t } from '../shared/i18n';
import { siteOf, type SiteRule } from '../shared/site-rules';
import { loadSiteRules } from '../shared/site-rules-storage';
import { createHiddenList } from './hidden-list';
import { loadSiteTools } from './load-site-tools';
import { loadArea } from '../shared/area-rule-storage';
import { chooseArticle, type Chosen } from './chosen-source';
import { pickArticle } from './pick-article';
import { setupPickTools } from './tools/pick-tools';

const noticeMs = 6000;
const pendingMs = 10_000;

interface OpenReader {
  overlay: Overlay;
  controller: AbortController;
  page: ReturnType<typeof capturePageState>;
  tools: ReaderTools;
  title: string;
}

function report(state: ReaderState): ReaderState {
  void browser.runtime.sendMessage({ type: 'reader-state', state }).catch(() => {});
  return state;
}

/** One reader per tab. Commands run one at a time, so rapid toggles never stack overlays. */
export function createReader(): ContentApi {
  let open: OpenReader | null = null;
  let notice: { remove(): void; controller: AbortController } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function dismissNotice(): void {
    notice?.controller.abort();
    notice?.remove();
    notice = null;
  }

  function showNotice(message: string, offerPick = false): void {
    dismissNotice();
    const controller = new AbortController();
    const card = createNotice(message, dismissNotice, offerPick ? () => { dismissNotice(); startPick(); } : undefined);
    notice = { remove: card.remove, controller };
    // Time to reach "Pick the article" when the card offers it.
    const timer = setTimeout(dismissNotice, offerPick ? noticeMs * 2 : noticeMs);
    controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismissNotice();
    }, { capture: true, signal: controller.signal });
  }

  function close(): ReaderState {
    if (!open) return { status: 'closed' };
    const { overlay, controller, page, tools } = open;
    const snippet = tools.readingSnippet();
    open = null;
    controller.abort();
    overlay.remove();
    restorePageState(window, page);
    // Where the reader scrolled on, the page underneath follows to the same paragraph.
    if (snippet) findInPage(document, snippet)?.scrollIntoView({ block: 'start' });
    return report({ status: 'closed' });
  }

  async function openReader(given: Chosen | null = null): Promise<ReaderState> {
    if (open) return { status: 'open', title: open.title };
    dismissNotice();
    globalThis.__clearpagePicker?.cancel();
    if (!(document instanceof HTMLDocument) || !document.body) {
      showNotice(t('notHtml'));
      return { status: 'no-article', message: t('notHtml') };
    }
    // Counting is cheap; copying a huge page is not: refuse before the copy.
    if (document.getElementsByTagName('*').length > defaultMaxElements) {
      showNotice(t('tooLarge'));
      return report({ status: 'too-large', message: t('tooLarge') });
    }
    const controller = new AbortController();
    // Subscribed before anything is read or awaited: a change made while the reader opens still applies.
    const settings = followSettings(controller.signal);
    const site = siteOf(location.href);
    const rulesPromise: Promise<SiteRule[]> = site ? loadSiteRules(site) : Promise.resolve([]);
    const areaPromise = site && !given ? loadArea(site) : Promise.resolve(null);
    // Opened by auto-open.js: a page that turns out not to be an article gets no card.
    const auto = globalThis.__clearpageAuto === 'pending';
    const started = performance.now();
    const copy = cloneIntoInertDocument(document, location.href);
    const cloned = performance.now();
    // A picked block, the person's selection or the site's stored area comes before the page's own article.
    const chosen = given ?? await chooseArticle(site, areaPromise);
    // The live page was counted above: counting the copy again is work done twice.
    const result = chosen?.article ?? extractArticle(copy, { url: location.href, keepRemoved: true, maxElements: 0 });
    if (!result.ok) {
      controller.abort();
      const message = t(result.reason === 'too-large' ? 'tooLarge' : result.reason === 'not-html' ? 'notHtml' : 'noArticle');
      if (!auto) showNotice(message, result.reason === 'no-article');
      return report({ status: result.reason === 'too-large' ? 'too-large' : 'no-article', message });
    }
    // Only now is it known that auto-open opened something: the overlay then offers to stop it.
    if (auto) globalThis.__clearpageAuto = 'on';
    const [, rules] = await Promise.all([settings.ready, rulesPromise]);
    // A site with rules needs site-tools.js to apply them, before anything is shown; other sites never load it here.
    const siteTools = site && rules.length ? await loadSiteTools().catch(() => null) : null;
    const page = capturePageState(window);
    const overlay = createReaderOverlay(result, settings.current(), () => void run('close'));
    settings.onChange(overlay.apply);
    // The reader's per-site choices apply before anything is shown: kept clutter back in place, hidden blocks out.
    const memory = { site, entries: createHiddenList(result.removed), skipped: [] as SiteRule[], sanitize: (html: string) => sanitizeMarkup(html, window) };
    if (siteTools) memory.skipped = siteTools.applyRules(overlay.article, memory, rules).skipped;
    const tools = setupReaderTools(overlay, result, settings, location.href, memory, controller.signal);
    setupPickTools(overlay, chosen, site, { pick: startPick, reopen: () => void run('close').then(() => run('open')) }, tools.say, controller.signal);
    open = { overlay, controller, page, tools, title: result.title };
    watchNavigation(() => void run('close'), controller.signal);
    watchHost(overlay.host, () => void run('close'), controller.signal);
    window.addEventListener('keydown', (event) => {
      // An open menu or the shortcut list takes Escape first.
      if (event.key !== 'Escape' || overlay.root.querySelector('.help:not([hidden]), .menu-list:not([hidden]), .hidden-panel:not([hidden]), [data-picking]')) return;
      event.preventDefault();
      event.stopPropagation();
      void run('close');
    }, { capture: true, signal: controller.signal });
    overlay.dialog.focus({ preventScroll: true });
    const { prune, readability, declutter, sanitize } = result.timings;
    const timings = { clone: cloned - started, prune, readability, declutter, sanitize, render: performance.now() - cloned - result.timings.total };
    return report({ status: 'open', title: result.title, timings });
  }

  /** A page script may have removed the overlay's host (a framework re-rendering <html>): then the reader is closed. */
  function isOpen(): boolean {
    if (open && !open.overlay.host.isConnected) close();
    return open !== null;
  }

  async function handle(command: ReaderCommand): Promise<ReaderState> {
    switch (command) {
      case 'state':
        return isOpen() ? { status: 'open', title: open!.title } : { status: 'closed' };
      case 'close':
        return close();
      case 'open':
        isOpen();
        return openReader();
      case 'toggle':
        return isOpen() ? close() : openReader();
    }
  }

  function queued(task: () => Promise<ReaderState>): Promise<ReaderState> {
    const next = queue.then(task).catch((error: unknown) => {
      console.error('Clearpage:', error);
      return { status: 'error', message: t('readerError') } satisfies ReaderState;
    });
    queue = next;
    return next;
  }

  const run = (command: ReaderCommand) => queued(() => handle(command));
  const startPick = () => void pickArticle({
    isOpen, close: () => run('close'), open: (chosen) => queued(() => openReader(chosen)), notice: (message) => showNotice(message),
  });

  function runPending(): Promise<ReaderState> {
    const pending = globalThis.__clearpagePending ?? [];
    // A command left by an injection that never ran (the browser refused it) is stale, not this injection's.
    while (pending[0] && Date.now() - pending[0].at > pendingMs) pending.shift();
    return run(pending.shift()?.command ?? 'open');
  }

  return { run, runPending };
}
