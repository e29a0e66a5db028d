import browser from './browser';
import type { MessageKey } from './i18n';
import { sameBlock, storageKey, today, validRules, withRule, type SiteRule } from './site-rules';

// One storage.sync item per site ("site:<host>" → rules). A failed write changes nothing already stored.

export async function loadSiteRules(site: string): Promise<SiteRule[]> {
  try {
    const key = storageKey(site);
    return validRules((await browser.storage.sync.get(key))[key]);
  } catch {
    return [];
  }
}

export async function saveSiteRules(site: string, rules: SiteRule[]): Promise<void> {
  const key = storageKey(site);
  if (rules.length) await browser.storage.sync.set({ [key]: rules });
  else await browser.storage.sync.remove(key);
}

/** Every site with rules, sorted by name. */
export async function allSiteRules(): Promise<[string, SiteRule[]][]> {
  const stored = await browser.storage.sync.get(null);
  return Object.entries(stored)
    .filter(([key]) => key.startsWith('site:'))
    .map(([key, value]): [string, SiteRule[]] => [key.slice(5), validRules(value)])
    .filter(([, rules]) => rules.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Adds a rule for a site; resolves to the rules dropped to make room (oldest first). Rejects when storage refuses. */
export async function addSiteRule(site: string, rule: SiteRule): Promise<SiteRule[]> {
  const { rules, dropped } = withRule(site, await loadSiteRules(site), rule);
  await saveSiteRules(site, rules);
  return dropped;
}

export async function deleteSiteRule(site: string, rule: Pick<SiteRule, 'r' | 'f'>): Promise<void> {
  const rules = await loadSiteRules(site);
  await saveSiteRules(site, rules.filter((old) => !sameBlock(old, rule)));
}

/** Notes the day rules last found their block (at most one write a day), so unused ones can be told apart. */
export async function markRulesMatched(site: string, matched: SiteRule[]): Promise<void> {
  const day = today();
  if (matched.every((rule) => rule.u === day)) return;
  const rules = await loadSiteRules(site);
  for (const rule of rules) if (matched.some((hit) => sameBlock(hit, rule))) rule.u = day;
  await saveSiteRules(site, rules);
}

/** A storage error in plain words: a full sync storage says so. */
export function storageErrorKey(error: unknown): MessageKey {
  return /quota|max_items|too (many|big|large)/i.test(String((error as Error)?.message ?? error)) ? 'storageFull' : 'ruleNotSaved';
}
