import { blockPrint, findBlock, matchesRemoved, normalizeText, yourRule, type BlockPrint, type SiteRule } from '../../shared/site-rules';
import type { HiddenEntry } from '../hidden-list';
import type { HiddenEntries } from './hidden-entries';
import type { RulesOutcome } from './api';

const blockSelector = 'p, div, section, aside, ul, ol, li, figure, blockquote, table, pre, dl, details, header, footer, h2, h3, h4, h5, h6';
/** A hide rule never takes out a block with more than this share of the article's text. */
export const maxHiddenShare = 0.5;

/** Fingerprint of a hidden block, the same way for a pipeline block and one taken from the article. */
export function entryPrint(entries: HiddenEntries, entry: HiddenEntry): BlockPrint {
  return blockPrint(entries.nodeOf(entry));
}

/**
 * Applies a site's rules to a freshly extracted article: keep rules show their clutter block back in place,
 * hide rules take their block out (listed as "your rule"), unless it holds most of the text.
 */
export function applySiteRules(article: HTMLElement, entries: HiddenEntries, rules: SiteRule[]): RulesOutcome {
  const outcome: RulesOutcome = { matched: [], skipped: [] };
  if (!rules.length) return outcome;
  const pending = new Set(rules);
  for (const entry of entries.list) {
    if (!entry.item) continue;
    const print = entryPrint(entries, entry);
    const rule = rules.find((candidate) => matchesRemoved(candidate, { rule: entry.item!.rule, signature: entry.item!.signature }, print));
    if (!rule) continue;
    pending.delete(rule);
    outcome.matched.push(rule);
    entry.rule = rule.a;
    if (rule.a === 'keep') entries.show(entry);
  }
  const hides = [...pending].filter((rule) => rule.a === 'hide');
  if (!hides.length) return outcome;
  const total = normalizeText(article.textContent ?? '').length || 1;
  const candidates = Array.from(article.querySelectorAll(blockSelector), (el) => ({ el, print: blockPrint(el) }));
  for (const rule of hides) {
    const found = findBlock(rule, candidates.filter((candidate) => article.contains(candidate.el)));
    if (!found) continue;
    if (found.print.n > total * maxHiddenShare) {
      outcome.skipped.push(rule);
      continue;
    }
    const entry = entries.takeOut(found.el, yourRule);
    entry.rule = 'hide';
    entry.ruleName = rule.r;
    outcome.matched.push(rule);
  }
  return outcome;
}
