import browser from '../shared/browser';
import { autoOpenRequest, autoOpenScriptId, sitePattern } from '../shared/auto-open';
import type { AutoOpenResult } from '../shared/messages';
import { restrictedReason } from '../shared/restricted';
import { siteOf } from '../shared/site-rules';
import { loadSiteRules } from '../shared/site-rules-storage';
import { t } from '../shared/i18n';
import { renderRules } from './rules-list';
import { loadArea } from '../shared/area-rule-storage';
import { areaRow } from './area-row';

/** On when the site's auto-open script is registered and its permission still granted. */
export async function isAutoOpenOn(pattern: string): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [autoOpenScriptId(pattern)] });
  return scripts.length > 0 && (await browser.permissions.contains({ origins: [pattern] }));
}

export function setAutoOpen(url: string, on: boolean): Promise<AutoOpenResult> {
  return browser.runtime.sendMessage({ type: 'auto-open-set', url, on }) as Promise<AutoOpenResult>;
}

/** The popup's part for this site: "Always open reader view on <site>" and the site's remembered rules. */
export async function renderSiteSection(section: HTMLElement, url: string | undefined, signal: AbortSignal): Promise<void> {
  const site = siteOf(url);
  const pattern = sitePattern(url);
  if (!url || !site || !pattern || restrictedReason(url)) return;
  const [on, rules, area] = await Promise.all([isAutoOpenOn(pattern).catch(() => false), loadSiteRules(site), loadArea(site)]);
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'auto-open', checked: on });
  const label = Object.assign(document.createElement('label'), { className: 'check' });
  label.append(input, ` ${t('alwaysOpenOn', site)}`);
  const status = Object.assign(document.createElement('p'), { className: 'site-status', id: 'site-status' });
  status.setAttribute('role', 'status');
  const say = (message: string) => { status.textContent = message; };
  const heading = Object.assign(document.createElement('h2'), { textContent: t('siteRulesTitle', site) });
  const list = Object.assign(document.createElement('ul'), { className: 'rules', id: 'site-rules' });
  const empty = Object.assign(document.createElement('p'), { className: 'hint', textContent: t('noSiteRules'), hidden: rules.length > 0 || !!area });
  const onEmpty = () => { empty.hidden = list.children.length > 0; };
  renderRules(list, site, rules, say, onEmpty);
  if (area) list.prepend(areaRow(site, area, say, onEmpty));
  section.replaceChildren(label, status, heading, list, empty);
  section.hidden = false;

  const apply = async (next: boolean) => {
    const result = await setAutoOpen(url, next).catch((error: unknown) => ({ on: !next, error: String(error) }));
    input.checked = result.on;
    if (result.error) console.warn('Clearpage: auto-open:', result.error);
    say(result.error ? t('autoOpenFailed') : t(result.on ? 'autoOpenOn' : 'autoOpenOff', site));
  };
  input.addEventListener('change', () => {
    if (!input.checked) return void apply(false);
    // Straight from the click: the browser asks about this one site, now. Nothing else is ever requested.
    const request = autoOpenRequest(url)!;
    void browser.permissions.request(request).then((granted) => {
      if (granted) return apply(true);
      input.checked = false;
      say(t('autoOpenDenied', site));
      return undefined;
    }, (error: unknown) => {
      input.checked = false;
      console.warn('Clearpage: auto-open:', error);
      say(t('autoOpenFailed'));
    });
  }, { signal });
}
