// The content script's `browser`: Firefox has it natively and Chromium's MV3 `chrome.*` returns promises for every
// call the content script makes (storage, runtime messages, i18n), so it ships without the polyfill (smaller, faster to inject).
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
export default scope.browser ?? scope.chrome;
