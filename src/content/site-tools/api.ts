import type { Overlay } from '../overlay';
import type { HiddenEntries } from '../hidden-entries';
import type { SiteRule } from '../../shared/site-rules';

/** What the reader's per-site memory knows about the open article. */
export interface SiteMemory {
  site: string | null;
  entries: HiddenEntries;
  /** Hide rules not applied on this page: they would have hidden most of the article. */
  skipped: SiteRule[];
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

export interface SiteToolsApi {
  setup(overlay: Overlay, memory: SiteMemory, ui: SiteToolsUi, say: (message: string) => void, signal: AbortSignal): SiteTools;
}

declare global {
  // eslint-disable-next-line no-var
  var __clearpageSiteTools: SiteToolsApi | undefined;
}
