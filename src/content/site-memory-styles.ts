// Shown from the start (content.js): blocks put back in place, and the auto-open note. The rest is in site-tools.
import { uiFont } from './font-stacks';
export const siteMemoryCss = `
article [data-cp-restored] { border-inline-start: 3px dashed var(--rule); padding-inline-start: 12px; }
.auto-note { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 0 0 16px; font: 400 13px/1.4 ${uiFont}; color: var(--muted); }
@media print { .auto-note { display: none !important; } article [data-cp-restored] { border: 0; padding: 0; } }
`;
