import type { Article } from '../extract/types';
import type { FollowedSettings } from '../shared/settings-storage';
import type { Overlay } from './overlay';
import { setupOutline } from './tools/outline';
import { setupReadingPosition } from './tools/reading-position';
import { setupReadAloud } from './tools/read-aloud';
import { setupExportMenu } from './tools/export-menu';
import { setupOverlayKeys } from './tools/overlay-keys';
import { setupPrintMode } from './tools/print-mode';
import { setupSiteMemory } from './tools/site-memory';
import { setupCompactBar } from './tools/compact-bar';
import type { SiteMemory } from './site-tools/api';

export interface ReaderTools {
  /** The start of the paragraph being read, once the reader scrolled; closing aligns the page to it. */
  readingSnippet(): string | null;
}

export interface ReaderToolsApi {
  /** Everything the overlay offers beyond the article; all of it stops when `signal` aborts. */
  setup(overlay: Overlay, article: Article, settings: FollowedSettings, url: string, memory: SiteMemory,
    say: (message: string) => void, signal: AbortSignal): ReaderTools;
}

declare global {
  var __clearpageReaderTools: ReaderToolsApi | undefined;
}

export const readerTools: ReaderToolsApi = {
  setup(overlay, article, settings, url, memory, say, signal) {
    setupSiteMemory(overlay, memory, say, signal);
    setupOutline(overlay, signal);
    setupReadAloud(overlay, article.lang ?? undefined, say, signal);
    setupExportMenu(overlay, article, url, say, signal);
    setupOverlayKeys(overlay, settings.current, signal);
    setupPrintMode(signal);
    // Last: a narrow bar gathers the tools made above into its "More" list.
    setupCompactBar(overlay, signal);
    return setupReadingPosition(overlay, url, signal);
  },
};
