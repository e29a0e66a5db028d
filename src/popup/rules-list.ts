import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { reasonKey } from '../shared/reasons';
import type { SiteRule } from '../shared/site-rules';
import { deleteSiteRule, storageErrorKey } from '../shared/site-rules-storage';

const dayFormat = () => new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { year: 'numeric', month: 'short', day: 'numeric' });

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), { className, textContent: text });
}

/** A site's rules, newest first, each with what it does, when it last found its block, and a delete button. */
export function renderRules(list: HTMLElement, site: string, rules: SiteRule[], say: (message: string) => void, onEmpty?: () => void): void {
  list.replaceChildren();
  const format = dayFormat();
  for (const rule of [...rules].reverse()) {
    const item = node('li', 'rule');
    const preview = rule.p || rule.f;
    const kind = node('span', 'rule-kind', `${t(rule.a === 'keep' ? 'ruleKindKeep' : 'ruleKindHide')} · ${t(reasonKey(rule.r))}`);
    const used = node('span', 'rule-used', t('ruleLastMatched', format.format(new Date(rule.u * 86_400_000))));
    const remove = node('button', 'rule-delete', t('deleteRule'));
    remove.type = 'button';
    remove.setAttribute('aria-label', t('deleteRuleLabel', preview));
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      try {
        await deleteSiteRule(site, rule);
        item.remove();
        say(t('ruleDeleted'));
        if (!list.children.length) onEmpty?.();
      } catch (error) {
        remove.disabled = false;
        say(t(storageErrorKey(error)));
      }
    });
    item.append(kind, node('q', 'rule-preview', preview), used, remove);
    list.append(item);
  }
}
