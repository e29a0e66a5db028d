import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { allSiteRules } from '../shared/site-rules-storage';
import { allAreas } from '../shared/area-rule-storage';
import { areaRow } from './area-row';
import { renderRules } from './rules-list';
import { isAutoOpenOn, setAutoOpen } from './site-section';

/** Sites that open by themselves, from the registered auto-open scripts. */
async function autoOpenPatterns(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const patterns = scripts.filter((script) => script.id.startsWith('auto-open:')).flatMap((script) => script.matches ?? []);
  const on = await Promise.all(patterns.map((pattern) => isAutoOpenPattern(pattern)));
  return patterns.filter((_, index) => on[index]);
}

const isAutoOpenPattern = (pattern: string) => isAutoOpenOn(pattern).catch(() => false);
const hostOf = (pattern: string) => pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '').replace(/^www\./, '');

/** The options page's list of every site Clearpage remembers something for: auto-open, and the rules to review. */
export async function renderSitesOverview(section: HTMLElement): Promise<void> {
  const [sites, patterns, areas] = await Promise.all([allSiteRules().catch(() => []), autoOpenPatterns().catch(() => []),
    allAreas().catch(() => new Map())]);
  const status = Object.assign(document.createElement('p'), { className: 'site-status', id: 'sites-status' });
  status.setAttribute('role', 'status');
  const say = (message: string) => { status.textContent = message; };
  const heading = Object.assign(document.createElement('h2'), { textContent: t('sitesTitle') });
  section.replaceChildren(heading, status);
  const names = [...new Set([...sites.map(([site]) => site), ...patterns.map(hostOf), ...areas.keys()])].sort();
  if (!names.length) section.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: t('noSites') }));
  for (const site of names) {
    const block = Object.assign(document.createElement('div'), { className: 'site-block' });
    block.dataset.site = site;
    block.append(Object.assign(document.createElement('h3'), { textContent: site }));
    for (const pattern of patterns.filter((p) => hostOf(p) === site)) {
      const stop = Object.assign(document.createElement('button'), { type: 'button', className: 'rule-delete', textContent: t('stopAutoOpen') });
      const line = Object.assign(document.createElement('p'), { className: 'auto-line', textContent: `${t('opensAutomatically')} ` });
      line.append(stop);
      stop.addEventListener('click', async () => {
        const result = await setAutoOpen(pattern.replace(/\*$/, ''), false).catch((error: unknown) => ({ on: true, error: String(error) }));
        if (result.on) {
          console.warn('Clearpage: auto-open:', result.error);
          say(t('autoOpenFailed'));
        } else line.replaceChildren(t('autoOpenOff', site));
      });
      block.append(line);
    }
    const rules = sites.find(([name]) => name === site)?.[1] ?? [];
    const area = areas.get(site);
    if (rules.length || area) {
      const list = Object.assign(document.createElement('ul'), { className: 'rules' });
      renderRules(list, site, rules, say);
      if (area) list.prepend(areaRow(site, area, say));
      block.append(list);
    }
    section.append(block);
  }
}
