// Pages where browsers never let an extension run scripts: say so instead of failing.
const restrictedSchemes = [
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:',
  'about:', 'moz-extension:', 'resource:', 'view-source:', 'jar:', 'data:', 'blob:', 'file:',
];
const storeHosts = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** A plain-words reason why reader view cannot run on `url`, or null when it may. */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'view-source:') return 'Reader view cannot run on a page’s source view.';
  if (parsed.protocol === 'file:') return null; // allowed when the user lets extensions read files; tried, then explained
  if (restrictedSchemes.includes(parsed.protocol)) {
    return 'This is a browser page. Browsers do not let extensions change it, so reader view cannot run here.';
  }
  if (storeHosts.includes(parsed.hostname)) {
    return 'Browsers protect their extension store, so reader view cannot run here.';
  }
  if (/\.pdf($|[?#])/i.test(parsed.pathname)) return 'This is a PDF, shown by the browser’s PDF viewer. Reader view cannot run on it.';
  return null;
}

/** Turns a browser's injection error into plain words. */
export function injectionErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|not allowed/i.test(text)) {
    return 'The browser does not let extensions read this page, so reader view cannot run here.';
  }
  if (/no tab with id|tab was closed|frame with id 0 was removed|no frame/i.test(text)) {
    return 'The page went away before reader view could open.';
  }
  return `Reader view could not run here (${text}).`;
}
