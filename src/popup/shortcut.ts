import browser from '../shared/browser';
import { t } from '../shared/i18n';

/** Shows the shortcut the browser really assigned (it may have refused the suggested one). */
export async function showShortcut(target: HTMLElement): Promise<void> {
  const commands = await browser.commands.getAll();
  const shortcut = commands.find((command) => command.name === 'toggle-reader')?.shortcut;
  target.textContent = shortcut || t('shortcutNotSet');
}
