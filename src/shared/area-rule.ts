import { blockText } from '../extract/text';

// "Always use this area on this site": where the article is on a site's pages, as one CSS locator the reader chose by
// picking the block once. One storage.sync item per site ("area:<host>"), beside the site's keep/hide rules.

/** How a locator finds its block, most robust first: a landmark, `itemprop`, a stable id or classes, a structural path. */
export type LocatorKind = 'landmark' | 'itemprop' | 'id' | 'class' | 'path';
export const locatorKinds: readonly LocatorKind[] = ['landmark', 'itemprop', 'id', 'class', 'path'];

export interface AreaRule {
  /** The CSS selector; it matched exactly one block, the one picked, when it was stored. */
  s: string;
  k: LocatorKind;
  /** The start of the block's text when it was picked, for the rule lists. */
  p: string;
  /** Day created, day it last found its block (days since 1970). */
  c: number;
  u: number;
  /** It matched nothing or several blocks the last time it was tried (then the normal pipeline ran). */
  stale: boolean;
}

/** The defaults object is the schema (as in settings.ts): every key and its type. */
const schema: AreaRule = { s: '', k: 'path', p: '', c: 0, u: 0, stale: false };
export const maxSelectorLength = 300;
export const maxPreviewLength = 80;

export const areaKey = (site: string): string => `area:${site}`;

function validField<K extends keyof AreaRule>(key: K, value: unknown): value is AreaRule[K] {
  if (typeof value !== typeof schema[key]) return false;
  if (key === 'k') return locatorKinds.includes(value as LocatorKind);
  if (key === 'p') return (value as string).length <= maxPreviewLength;
  if (key === 'c' || key === 'u') return Number.isInteger(value) && (value as number) >= 0;
  return true;
}

/**
 * A stored value → a rule to try, or null when it holds no usable selector. Other bad fields fall back to their
 * default, as settings do; never throws.
 */
export function validArea(stored: unknown): AreaRule | null {
  if (stored === null || typeof stored !== 'object') return null;
  const source = stored as Record<string, unknown>;
  const selector = Object.hasOwn(source, 's') ? source.s : undefined;
  if (typeof selector !== 'string' || !selector.trim() || selector.length > maxSelectorLength) return null;
  const rule = { ...schema };
  for (const key of Object.keys(schema) as (keyof AreaRule)[]) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (validField(key, value)) (rule as Record<string, unknown>)[key] = value;
  }
  return rule;
}

export type AreaMatch = { status: 'found'; element: Element } | { status: 'none' | 'several' | 'empty' };

/** The reader's own elements (reader view, notices, the picker): never an article area. */
export const ownHosts = 'clearpage-reader, clearpage-picker';

/**
 * Where a stored locator points on this page: its one block inside <body>, or none / several (stale: the normal
 * pipeline runs), or a block with no text (the normal pipeline runs; the locator still holds).
 */
export function findArea(rule: Pick<AreaRule, 's'>, doc: Document): AreaMatch {
  let matches: Element[];
  try {
    matches = Array.from(doc.querySelectorAll(rule.s));
  } catch {
    return { status: 'none' };
  }
  const inBody = matches.filter((el) => el !== doc.body && !!doc.body?.contains(el) && !el.closest(ownHosts));
  if (inBody.length === 0) return { status: 'none' };
  if (inBody.length > 1 || matches.length > 1) return { status: 'several' };
  const element = inBody[0]!;
  return /[\p{L}\p{N}]/u.test(blockText(element)) ? { status: 'found', element } : { status: 'empty' };
}
