import type { Overlay } from '../overlay';
import type { HiddenList } from '../hidden-list';
import type { Sanitize } from './hidden-entries';
import type { SiteRule } from '../../shared/site-rules';

/** What the reader's per-site memory knows about the open article. */
export interface SiteMemory {
  site: string | null;
  entries: HiddenList;
  /** Hide rules not applied on this page: they would have hidden most of the article. */
  skipped: SiteRule[];
  /** The pipeline's sanitizer, for removed blocks shown back. */
  sanitize: Sanitize;
}

/** The bar's controls, made by content.js; site-tools.js brings them to life on first use. */
export interface SiteToolsUi {
  hidden: HTMLButtonElement;
  panel: HTMLElement;
  remove: HTMLButtonElement;
}

export interface SiteTools {
  toggleList(): void;
  togglePicking(): void;
}

export interface RulesOutcome {
  /** Rules that found their block on this page. */
  matched: SiteRule[];
  /** Hide rules not applied because their block holds most of the article. */
  skipped: SiteRule[];
}

export interface SiteToolsApi {
  /** A site's rules applied to the freshly made article, before it is shown (site-tools.js loads only for sites with rules). */
  applyRules(article: HTMLElement, memory: SiteMemory, rules: SiteRule[]): RulesOutcome;
  setup(overlay: Overlay, memory: SiteMemory, ui: SiteToolsUi, say: (message: string) => void, signal: AbortSignal): SiteTools;
}

declare global {
  var __clearpageSiteTools: SiteToolsApi | undefined;
}
