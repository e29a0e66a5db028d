// The one place where the Chrome and Firefox manifests differ, derived from the single source manifest.json.

/** @param {Record<string, any>} source @param {'chrome'|'firefox'} target @param {string} version */
export function manifestFor(source, target, version) {
  const manifest = structuredClone(source);
  manifest.version = version;
  if (target === 'chrome') {
    // Chrome runs the background as a service worker and knows nothing of Gecko settings.
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    // Firefox has no extension service workers: the same file runs as a background script.
    manifest.background = { scripts: source.background.scripts };
  }
  return manifest;
}
