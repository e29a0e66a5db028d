import browser from '../shared/browser';
import type { SiteToolsApi } from './site-tools/api';

/** site-tools.js, injected into this frame on first need (a site with rules, or the list or remove mode opened). */
export async function loadSiteTools(): Promise<SiteToolsApi> {
  if (!globalThis.__clearpageSiteTools) await browser.runtime.sendMessage({ type: 'load-site-tools' });
  if (!globalThis.__clearpageSiteTools) throw new Error('site tools did not load');
  return globalThis.__clearpageSiteTools;
}
