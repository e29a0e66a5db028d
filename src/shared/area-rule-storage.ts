import browser from './browser';
import { today } from './site-rules';
import { areaKey, validArea, type AreaRule } from './area-rule';

// One storage.sync item per site with an area ("area:<host>" → AreaRule, well under QUOTA_BYTES_PER_ITEM).
// Writes happen only when something changes: the rule is stored or forgotten, turns stale or fresh, or is used on a new day.

export async function loadArea(site: string): Promise<AreaRule | null> {
  try {
    const key = areaKey(site);
    return validArea((await browser.storage.sync.get(key))[key]);
  } catch {
    return null;
  }
}

/** Rejects when storage refuses (quota): nothing stored is lost then. */
export async function saveArea(site: string, rule: AreaRule): Promise<void> {
  await browser.storage.sync.set({ [areaKey(site)]: rule });
}

export async function forgetArea(site: string): Promise<void> {
  await browser.storage.sync.remove(areaKey(site));
}

/** Notes how the rule fared on this page: stale when it matched nothing or several blocks, else the day it was used. */
export async function noteAreaUse(site: string, rule: AreaRule, found: boolean): Promise<void> {
  const day = today();
  if (found ? !rule.stale && rule.u === day : rule.stale) return;
  await saveArea(site, found ? { ...rule, stale: false, u: day } : { ...rule, stale: true });
}

/** Every site with an area rule, by site name. */
export async function allAreas(): Promise<Map<string, AreaRule>> {
  const stored = await browser.storage.sync.get(null);
  const areas = new Map<string, AreaRule>();
  for (const [key, value] of Object.entries(stored)) {
    const rule = key.startsWith('area:') ? validArea(value) : null;
    if (rule) areas.set(key.slice(5), rule);
  }
  return areas;
}
