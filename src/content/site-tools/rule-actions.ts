import { today, type SiteRule } from '../../shared/site-rules';
import { addSiteRule, deleteSiteRule, storageErrorKey } from '../../shared/site-rules-storage';
import { t } from '../../shared/i18n';
import type { HiddenEntry } from '../hidden-list';
import type { HiddenEntries } from './hidden-entries';
import { entryPrint } from './apply-rules';

/** What is remembered for a block: its clutter rule, text fingerprint and signature (never where it was on screen). */
export function ruleFor(entries: HiddenEntries, entry: HiddenEntry, action: SiteRule['a']): SiteRule {
  const print = entryPrint(entries, entry);
  const signature = entry.item?.signature;
  return {
    a: action, r: entry.item?.rule ?? entry.ruleName ?? 'user', f: print.f, n: print.n, ...(signature ? { s: signature } : {}),
    p: print.p, c: today(), u: today(),
  };
}

/** Remembers (or, with null, forgets) the reader's choice for a block on this site, and says what happened. */
export async function setEntryRule(site: string, entries: HiddenEntries, entry: HiddenEntry, action: SiteRule['a'] | null,
  say: (message: string) => void): Promise<boolean> {
  const rule = ruleFor(entries, entry, action ?? 'keep');
  if (!rule.f) {
    say(t('ruleNoFingerprint'));
    return false;
  }
  try {
    if (action) {
      const dropped = await addSiteRule(site, rule);
      say(dropped.length ? t('ruleSavedDropped', dropped.length) : t(action === 'keep' ? 'ruleSavedKeep' : 'ruleSavedHide', site));
    } else {
      await deleteSiteRule(site, rule);
      say(t('ruleForgotten'));
    }
    entry.rule = action ?? undefined;
    return true;
  } catch (error) {
    // Nothing stored is lost: the one item write failed as a whole.
    say(t(storageErrorKey(error)));
    return false;
  }
}
