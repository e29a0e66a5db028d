// site-tools.js: the hidden-items list and the remove-an-element mode, loaded into the tab on first use so
// content.js stays small. Runs in the same isolated world as content.js and works on the overlay it made.
import type { SiteToolsApi } from './api';
import { setupHiddenList } from './hidden-list';
import { setupRemoveMode } from './remove-mode';
import { siteToolsCss } from './styles';
import { withPlaces } from './hidden-entries';
import { applySiteRules } from './apply-rules';
import { markRulesMatched } from '../../shared/site-rules-storage';

function addStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(siteToolsCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment, as in shadow-host.ts.
    const style = document.createElement('style');
    style.textContent = siteToolsCss;
    root.append(style);
  }
}

const api: SiteToolsApi = {
  applyRules(article, memory, rules) {
    const outcome = applySiteRules(article, withPlaces(article, memory.entries, memory.sanitize), rules);
    if (memory.site && outcome.matched.length) void markRulesMatched(memory.site, outcome.matched).catch(() => {});
    return outcome;
  },
  setup(overlay, memory, ui, say, signal) {
    addStyles(overlay.root);
    const entries = withPlaces(overlay.article, memory.entries, memory.sanitize);
    const list = setupHiddenList(overlay, memory, entries, ui, say, signal);
    const picking = setupRemoveMode(overlay, memory, entries, ui, say, signal);
    return { toggleList: list.toggle, togglePicking: picking.toggle };
  },
};

globalThis.__clearpageSiteTools ??= api;
