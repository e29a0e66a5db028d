import type { SiteToolsApi } from './site-tools/api';
import { loadChunk } from './load-chunk';

/** site-tools.js (a site with rules, or the list or remove mode opened). */
export const loadSiteTools = (): Promise<SiteToolsApi> => loadChunk('site-tools', () => globalThis.__clearpageSiteTools);
