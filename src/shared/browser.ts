// The one place the polyfill is imported, so it can be dropped when both browsers ship `browser.*` natively.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
