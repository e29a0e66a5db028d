import type { Article } from '../extract/types';
import type { FollowedSettings } from '../shared/settings-storage';
import type { Overlay } from './overlay';
import { setupOutline } from './tools/outline';
import { setupReadingPosition } from './tools/reading-position';
import { setupReadAloud } from './tools/read-aloud';
import { setupExportMenu } from './tools/export-menu';
import { setupOverlayKeys } from './tools/overlay-keys';
import { setupPrintMode } from './tools/print-mode';
import { setupToast } from './tools/toast';
import { setupSiteMemory } from './tools/site-memory';
import type { SiteMemory } from './site-tools/api';
import { setupAutoOpenNote } from './tools/auto-open-note';
import { setupInArticleLinks } from './tools/in-article-links';
import { setupCompactBar } from './tools/compact-bar';

export interface ReaderTools {
  /** The start of the paragraph being read, once the reader scrolled; closing aligns the page to it. */
  readingSnippet(): string | null;
  /** A short polite message at the bottom of reader view. */
  say(message: string): void;
}

/** Everything the overlay offers beyond the article; all of it stops when `signal` aborts. */
export function setupReaderTools(overlay: Overlay, article: Article, settings: FollowedSettings, url: string, memory: SiteMemory,
  signal: AbortSignal): ReaderTools {
  const say = setupToast(overlay, signal);
  setupSiteMemory(overlay, memory, say, signal);
  setupAutoOpenNote(overlay, say, signal);
  setupOutline(overlay, signal);
  setupInArticleLinks(overlay, signal);
  setupReadAloud(overlay, article.lang ?? undefined, say, signal);
  setupExportMenu(overlay, article, url, say, signal);
  setupOverlayKeys(overlay, settings.current, signal);
  setupPrintMode(signal);
  setupCompactBar(overlay, signal);
  return { ...setupReadingPosition(overlay, url, signal), say };
}
