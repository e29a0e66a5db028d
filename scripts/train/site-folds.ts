/** Cross-validation folds grouped by site: every page of a registrable domain lands in the same fold. */
import { getDomain } from 'tldts';

export function siteOf(url: string): string {
  try {
    return getDomain(url) ?? new URL(url).hostname;
  } catch {
    return url;
  }
}

/** FNV-1a: a stable hash, so the folds are the same on every machine and run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Sites ordered by hash and dealt out in turn: k folds of about the same number of sites. */
export function foldOfSite(sites: readonly string[], k: number): Map<string, number> {
  const unique = [...new Set(sites)].sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1));
  return new Map(unique.map((site, i) => [site, i % k]));
}
