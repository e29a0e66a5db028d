import type { MessageKey } from './i18n';
// Pages where browsers never let an extension run scripts: say so instead of failing.
const restrictedSchemes = [
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'jar:', 'data:', 'blob:', 'file:',
];
const storeHosts = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** The message key of a plain-words reason why reader view cannot run on `url`, or null when it may. */
export function restrictedReason(url: string | undefined): MessageKey | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'view-source:') return 'restrictedViewSource';
  if (parsed.protocol === 'file:') return null; // allowed when the user lets extensions read files; tried, then explained
  if (restrictedSchemes.includes(parsed.protocol)) {
    return 'restrictedBrowserPage';
  }
  if (storeHosts.includes(parsed.hostname)) {
    return 'restrictedStore';
  }
  if (/\.pdf($|[?#])/i.test(parsed.pathname)) return 'restrictedPdf';
  return null;
}

/**
 * A browser's injection error as a message key in plain words. The browser's own text is English whatever the
 * reader's language: it goes to the console, never into the message.
 */
export function injectionErrorMessage(error: unknown): [MessageKey] {
  const text = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|not allowed/i.test(text)) {
    return ['injectionBlocked'];
  }
  if (/no tab with id|tab was closed|frame with id 0 was removed|no frame/i.test(text)) {
    return ['pageGone'];
  }
  console.warn('Clearpage: reader view could not run here:', text);
  return ['injectionFailed'];
}
