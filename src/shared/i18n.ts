import browser from './browser';

export type MessageKey = keyof typeof import('../_locales/en/messages.json');

/** A UI string in the browser's language (English when a translation is missing). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** Fills `data-i18n` (text) and `data-i18n-label` (aria-label) elements of an extension page. */
export function localizePage(root: ParentNode = document): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) node.textContent = t(node.dataset.i18n as MessageKey);
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n-label]'))) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel as MessageKey));
  }
  document.documentElement.lang = browser.i18n.getUILanguage();
}
