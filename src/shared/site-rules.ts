import { blockText } from '../extract/text';

// Per-site rules: what the reader chose to always keep or always hide on a site, as compact text fingerprints
// (never pixel positions), bounded to fit one storage.sync item per site.

/** Why a block is listed as hidden: a clutter rule's name, the reader's per-site rule, or the reader's own click. */
export type HiddenReason = string;
export const yourRule = 'your-rule';
export const byYou = 'by-you';

export interface SiteRule {
  /** keep: stays in the article although a clutter rule removes it; hide: taken out although the pipeline keeps it. */
  a: 'keep' | 'hide';
  /** The clutter rule that removed the block, or `user` for a block the reader removed. */
  r: string;
  /** The start of the block's normalized text, or `media <file>` for a block without text. */
  f: string;
  /** Length of the block's normalized text: picks the right one of nested blocks that start alike. */
  n: number;
  /** CSS-like signature of a block the pipeline removed (matches it again when its text changed). */
  s?: string;
  /** A short preview in the page's own words, for the rule lists. */
  p: string;
  /** Day created, day last matched (days since 1970). */
  c: number;
  u: number;
}

export const maxRulesPerSite = 24;
/** storage.sync QUOTA_BYTES_PER_ITEM is 8192 (key + JSON value); stay below it. */
export const maxItemBytes = 7800;
const fingerprintLength = 40;

export const today = (): number => Math.floor(Date.now() / 86_400_000);

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
}

export interface BlockPrint {
  f: string;
  n: number;
  p: string;
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s·,;:]+$/, '')}…`;
}

const mediaSelector = 'img[src], video[src], audio[src], source[src]';

/** The fingerprint of a block: the start of its text, else the file name of its first image or video. */
export function blockPrint(el: Element): BlockPrint {
  const raw = blockText(el).replace(/\n/g, ' · ');
  const text = normalizeText(raw);
  if (text) return { f: text.slice(0, fingerprintLength), n: text.length, p: shorten(raw, 60) };
  const media = el.matches(mediaSelector) ? el : el.querySelector(mediaSelector);
  const file = media?.getAttribute('src')?.split(/[?#]/)[0]?.split('/').pop()?.slice(-60) ?? '';
  return { f: file ? `media ${file}` : '', n: 0, p: file };
}

/** The site a page belongs to for rules: its host name without a leading www (http and https pages only). */
export function siteOf(url: string | undefined): string | null {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return /^https?:$/.test(protocol) && hostname ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export const storageKey = (site: string): string => `site:${site}`;

export function itemBytes(site: string, rules: SiteRule[]): number {
  return new TextEncoder().encode(storageKey(site) + JSON.stringify(rules)).length;
}

export const sameBlock = (x: Pick<SiteRule, 'r' | 'f'>, y: Pick<SiteRule, 'r' | 'f'>): boolean => x.r === y.r && x.f === y.f;

/** Adds a rule (replacing one for the same block), dropping the oldest beyond the bounds; says what was dropped. */
export function withRule(site: string, rules: SiteRule[], rule: SiteRule): { rules: SiteRule[]; dropped: SiteRule[] } {
  const next = [...rules.filter((old) => !sameBlock(old, rule)), rule];
  const dropped: SiteRule[] = [];
  while (next.length > 1 && (next.length > maxRulesPerSite || itemBytes(site, next) > maxItemBytes)) dropped.push(next.shift()!);
  return { rules: next, dropped };
}

/** Stored value → valid rules; anything malformed is left out, never thrown on. */
export function validRules(value: unknown): SiteRule[] {
  if (!Array.isArray(value)) return [];
  return value.filter((rule): rule is SiteRule => !!rule && typeof rule === 'object'
    && (rule.a === 'keep' || rule.a === 'hide') && typeof rule.r === 'string' && typeof rule.f === 'string' && rule.f !== ''
    && Number.isFinite(rule.n) && typeof rule.p === 'string' && Number.isFinite(rule.c) && Number.isFinite(rule.u)
    && (rule.s === undefined || typeof rule.s === 'string'));
}

/** Does a rule describe this block the pipeline removed? Same clutter rule, and same text start or distinctive signature. */
export function matchesRemoved(rule: SiteRule, removed: { rule: string; signature?: string }, print: BlockPrint): boolean {
  if (rule.r !== removed.rule) return false;
  if (rule.f === print.f) return true;
  return !!rule.s && /[.#[]/.test(rule.s) && rule.s === removed.signature;
}

/** The article block a hide rule points at: the same text start, its length closest to the rule's. */
export function findBlock<T extends { print: BlockPrint }>(rule: SiteRule, candidates: T[]): T | null {
  let best: T | null = null;
  for (const candidate of candidates) {
    if (candidate.print.f !== rule.f) continue;
    if (!best || Math.abs(candidate.print.n - rule.n) < Math.abs(best.print.n - rule.n)) best = candidate;
  }
  return best;
}
