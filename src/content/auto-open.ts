// auto-open.js: registered (scripting.registerContentScripts) only for the sites the reader chose, and only once it
// granted Clearpage access to that site. On an article page it asks the background to open the reader here.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import browser from '../shared/browser';
import { isAutoOpenPage, looksLikeArticle } from '../shared/auto-open';

function ask(): void {
  if (globalThis.__clearpageAuto === 'off' || !isAutoOpenPage(location.href)) return;
  if (!isProbablyReaderable(document) || !looksLikeArticle(document)) return;
  if (globalThis.__clearpageAuto !== 'on') globalThis.__clearpageAuto = 'pending';
  void browser.runtime.sendMessage({ type: 'auto-open' }).then((opened: unknown) => {
    if (opened !== true && globalThis.__clearpageAuto === 'pending') globalThis.__clearpageAuto = undefined;
  }, () => {});
}

ask();
// Back and forward from the browser's page cache do not run content scripts again: ask again then.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) ask();
});
