import { renderSettingsForm } from './settings-form';
import { showShortcut } from './shortcut';
import { renderSitesOverview } from './sites-overview';
import { localizePage } from '../shared/i18n';

localizePage();
const controller = new AbortController();
window.addEventListener('pagehide', () => controller.abort(), { once: true });
await Promise.all([
  renderSettingsForm(document.querySelector<HTMLFormElement>('#settings')!, controller.signal),
  showShortcut(document.querySelector<HTMLElement>('#shortcut')!),
  renderSitesOverview(document.querySelector<HTMLElement>('#sites')!).catch(() => {}),
]);
document.body.dataset.ready = '1';
