import browser from './browser';

export type MessageKey = keyof typeof import('../_locales/en/messages.json');

/** What reader view's first frame says: its header, its close button, the "no article" card. */
const firstFrameKeys: readonly MessageKey[] = ['readerView', 'closeButton', 'closeReader', 'closeReaderTitle', 'minRead',
  'publishedDate', 'monthNames', 'ok', 'pickArticle'];
// Stand-ins for a message's substitutions: a template read with them is filled in later without the catalogue.
const slots = ['\uE001', '\uE002', '\uE003', '\uE004'];
const slot = /[\uE001-\uE004]/g;
const primed = new Map<string, string>();

/**
 * The first frame's strings as templates, read where the message catalogue is loaded already (the background or the
 * popup), to go with the command that opens reader view in a tab (see `primeMessages`).
 */
export function messageTemplates(): Record<string, string> {
  return Object.fromEntries(firstFrameKeys.map((key) => [key, browser.i18n.getMessage(key, slots)]));
}

/**
 * In the tab: the templates `messageTemplates` made. A content script's first `getMessage` loads the catalogue
 * synchronously (3-11 ms in a fresh Chromium renderer, on the way from one click to the painted article); these keys
 * then never ask for it.
 */
export function primeMessages(templates: Record<string, string> | undefined): void {
  for (const [key, template] of Object.entries(templates ?? {})) if (template) primed.set(key, template);
}

/** A UI string in the browser's language (English when a translation is missing). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const template = primed.get(key);
  if (template !== undefined) return template.replace(slot, (at) => String(substitutions[at.charCodeAt(0) - 0xe001] ?? ''));
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
