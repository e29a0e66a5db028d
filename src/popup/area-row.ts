import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { AreaRule } from '../shared/area-rule';
import { forgetArea } from '../shared/area-rule-storage';
import { storageErrorKey } from '../shared/site-rules-storage';

const day = (value: number) => new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { year: 'numeric', month: 'short', day: 'numeric' })
  .format(new Date(value * 86_400_000));

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}

/**
 * A site's "always use this area" rule in the rules list: where it reads the article, whether it still finds it
 * (stale: it matched nothing or several blocks last time, and the normal pipeline ran), and a delete button.
 */
export function areaRow(site: string, area: AreaRule, say: (message: string) => void, onGone?: () => void): HTMLLIElement {
  const item = node('li', 'rule area-rule');
  item.dataset.stale = String(area.stale);
  const preview = area.p || area.s;
  const kind = node('span', 'rule-kind', area.stale ? `${t('ruleKindArea')} · ${t('areaStale')}` : t('ruleKindArea'));
  const used = node('span', 'rule-used', area.stale ? t('areaStaleNote') : t('ruleLastMatched', day(area.u)));
  const remove = node('button', 'rule-delete', t('deleteRule'));
  remove.type = 'button';
  remove.setAttribute('aria-label', t('deleteRuleLabel', preview));
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      await forgetArea(site);
      item.remove();
      say(t('ruleDeleted'));
      onGone?.();
    } catch (error) {
      remove.disabled = false;
      say(t(storageErrorKey(error)));
    }
  });
  item.append(kind, node('q', 'rule-preview', preview), used, remove);
  return item;
}
