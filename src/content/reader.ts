import browser from '../shared/browser';
import type { ContentApi, ReaderCommand, ReaderState } from '../shared/messages';
import { followSettings } from '../shared/settings-storage';
import { defaultMaxElements, sanitizeMarkup } from '../extract';
import { capturePageState, restorePageState, type PageState } from './page-state';
import { buildReaderOverlay, type Overlay } from './overlay';
import type { ReaderTools } from './reader-tools';
import { findInPage } from './tools/find-in-page';
import { watchHost, watchNavigation } from './navigation-watch';
import { primeMessages, t } from '../shared/i18n';
import { siteOf, type SiteRule } from '../shared/site-rules';
import { createHiddenList } from './hidden-list';
import { loadSiteTools } from './load-site-tools';
import { loadReaderTools } from './load-reader-tools';
import { listenToPopup } from './popup-port';
import { createNotices } from './notice';
import { createPreparation } from './prepare';
import { setupToast } from './tools/toast';
import { setupAutoOpenNote } from './tools/auto-open-note';
import { watchBrokenImages } from './broken-images';
import { setupInArticleLinks } from './tools/in-article-links';
import { chooseSelection, type Chosen } from './chosen-source';
import { pickArticle } from './pick-article';
import { setupPickTools } from './tools/pick-tools';
import { dateOf } from './prepare';

const pendingMs = 10_000;

interface OpenReader {
  overlay: Overlay;
  controller: AbortController;
  page: PageState;
  /** The reading tools, once loaded after the first paint. */
  tools: ReaderTools | null;
  title: string;
}

function report(state: ReaderState): ReaderState {
  void browser.runtime.sendMessage({ type: 'reader-state', state }).catch(() => {});
  return state;
}

/** One reader per tab. Commands run one at a time, so rapid toggles never stack overlays. */
export function createReader(): ContentApi {
  let open: OpenReader | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const notices = createNotices();
  const preparation = createPreparation({ keepRemoved: true });
  listenToPopup(preparation, () => run('toggle'));

  function close(): ReaderState {
    if (!open) return { status: 'closed' };
    const { overlay, controller, page, tools } = open;
    const snippet = tools?.readingSnippet() ?? null;
    open = null;
    controller.abort();
    overlay.remove();
    restorePageState(window, page);
    // Where the reader scrolled on, the page underneath follows to the same paragraph.
    if (snippet) findInPage(document, snippet)?.scrollIntoView({ block: 'start' });
    return report({ status: 'closed' });
  }

  /** What refuses the page before any copy is made: not a web page, or too large to read. */
  function refusal(): ReaderState | null {
    if (!(document instanceof HTMLDocument) || !document.body) return { status: 'no-article', message: t('notHtml') };
    // Counting is cheap; copying a huge page is not.
    if (document.getElementsByTagName('*').length > defaultMaxElements) return { status: 'too-large', message: t('tooLarge') };
    return null;
  }

  function prepare(): ReaderState {
    if (isOpen()) return { status: 'open', title: open!.title };
    if (!refusal()) preparation.start();
    return { status: 'closed' };
  }

  /** `given`: a block the person picked (picker.js), shown instead of what the pipeline would choose. */
  async function openReader(given: Chosen | null = null): Promise<ReaderState> {
    if (open) return { status: 'open', title: open.title };
    notices.dismiss();
    globalThis.__clearpagePicker?.cancel();
    const refused = refusal();
    if (refused) {
      notices.show(refused.message!, null);
      return refused.status === 'too-large' ? report(refused) : refused;
    }
    const controller = new AbortController();
    // Subscribed before anything is read or awaited: a change made while the reader opens still applies.
    const settings = followSettings(controller.signal);
    const site = siteOf(location.href);
    // Opened by auto-open.js: a page that turns out not to be an article gets no card.
    const auto = globalThis.__clearpageAuto === 'pending';
    const asked = performance.now();
    // A picked block or the person's selection comes before anything prepared (which may hold the site's picked area).
    const chosenNow = given ?? chooseSelection();
    const prepared = chosenNow
      ? { ...(await preparation.stored()), result: chosenNow.article, date: dateOf(chosenNow.article), chosen: chosenNow, clone: 0, early: false, overlay: null }
      : await preparation.take();
    const { result, date, chosen, settings: stored, rules, clone, early } = prepared;
    const extracted = performance.now();
    if (!result.ok) {
      controller.abort();
      const message = t(result.reason === 'too-large' ? 'tooLarge' : result.reason === 'not-html' ? 'notHtml' : 'noArticle');
      // Where the pipeline found nothing, the card offers to pick the article by hand.
      if (!auto) notices.show(message, result.reason === 'no-article' ? startPick : null);
      return report({ status: result.reason === 'too-large' ? 'too-large' : 'no-article', message });
    }
    // Only now is it known that auto-open opened something: the overlay then offers to stop it.
    if (auto) globalThis.__clearpageAuto = 'on';
    // Shown with the settings read while preparing; if they changed since, the follower's own read applies it.
    settings.seed(stored);
    // A site with rules needs site-tools.js to apply them, before anything is shown; other sites never load it here.
    const siteTools = site && rules.length ? await loadSiteTools().catch(() => null) : null;
    const rendering = performance.now();
    const page = capturePageState(window);
    const overlay = prepared.overlay ?? buildReaderOverlay(result, date);
    overlay.apply(settings.current());
    settings.onChange(overlay.apply);
    // The reader's per-site choices apply before anything is shown: kept clutter back in place, hidden blocks out.
    const memory = { site, entries: createHiddenList(result.removed), skipped: [] as SiteRule[], sanitize: (html: string) => sanitizeMarkup(html, window) };
    if (siteTools) memory.skipped = siteTools.applyRules(overlay.article, memory, rules).skipped;
    const { signal } = controller;
    overlay.close.addEventListener('click', () => void run('close'), { signal });
    overlay.show();
    // What the first frame needs besides the article: its links stay inside reader view, its notes say what happened.
    setupInArticleLinks(overlay, signal);
    watchBrokenImages(overlay.article, signal);
    const say = setupToast(overlay, signal);
    setupAutoOpenNote(overlay, say, signal);
    setupPickTools(overlay, chosen, site, { pick: startPick, reopen: () => void run('close').then(() => run('open')) }, say, signal);
    const opened: OpenReader = { overlay, controller, page, tools: null, title: result.title };
    open = opened;
    watchNavigation(() => void run('close'), signal);
    watchHost(overlay.host, () => void run('close'), signal);
    window.addEventListener('keydown', (event) => {
      // An open menu or the shortcut list takes Escape first.
      if (event.key !== 'Escape' || overlay.root.querySelector('.help:not([hidden]), .menu-list:not([hidden]), .hidden-panel:not([hidden]), [data-picking]')) return;
      event.preventDefault();
      event.stopPropagation();
      void run('close');
    }, { capture: true, signal });
    loadReaderTools(overlay, signal, (api) => {
      opened.tools = api.setup(overlay, result, settings, location.href, memory, say, signal);
    });
    const { prune, score = 0, readability, declutter, sanitize } = result.timings;
    const timings = { clone, prune, score, readability, declutter, sanitize, render: performance.now() - rendering,
      wait: extracted - asked, early: Number(early) };
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
      case 'prepare':
        return prepare();
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
    isOpen, close: () => run('close'), open: (picked) => queued(() => openReader(picked)), notice: (message) => notices.show(message, null),
  });

  function runPending(): Promise<ReaderState> {
    const pending = globalThis.__clearpagePending ?? [];
    // A command left by an injection that never ran (the browser refused it) is stale, not this injection's.
    while (pending[0] && Date.now() - pending[0].at > pendingMs) pending.shift();
    const next = pending.shift();
    primeMessages(next?.strings);
    return run(next?.command ?? 'open');
  }

  return { run, runPending };
}
