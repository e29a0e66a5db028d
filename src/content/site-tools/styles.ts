// Styles of the hidden-items list and the remove-an-element mode (site-tools.js adds them when first used).
import { uiFont } from '../font-stacks';
export const siteToolsCss = `
.hidden-panel { position: absolute; top: calc(100% + 6px); inset-inline-start: 0; z-index: 2; width: min(380px, 90vw);
  max-height: 70vh; overflow-y: auto; padding: 12px 14px; background: var(--bg); border: 1px solid var(--rule); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,0.18); font: 400 14px/1.4 ${uiFont}; }
.hidden-panel h2 { font-size: 15px; margin: 0 0 8px; }
.hidden-panel ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.hidden-panel li { display: grid; gap: 4px; padding-bottom: 10px; border-bottom: 1px solid var(--rule); }
.hidden-panel .reason { font-weight: 600; color: var(--accent); }
.hidden-panel .preview { color: var(--muted); overflow-wrap: anywhere; }
.hidden-panel .row-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.hidden-panel .actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.hidden-panel .tool { font-size: 13px; padding: 5px 10px; }
.hidden-panel .site-label { color: var(--muted); font-size: 13px; }
@keyframes cp-flash { from { background: color-mix(in srgb, var(--accent) 22%, transparent); } to { background: transparent; } }
@media (prefers-reduced-motion: no-preference) { article [data-cp-flash] { animation: cp-flash 1.6s ease-out; } }
.hidden-panel .note { margin: 0 0 8px; color: var(--muted); }
.reader[data-picking] article [data-cp-pick] { outline: 2px solid var(--accent); outline-offset: 2px; cursor: crosshair; }
.reader[data-picking] article { cursor: crosshair; }
.offer { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); z-index: 4; display: flex; gap: 8px; align-items: center;
  padding: 8px 12px; border-radius: 10px; background: var(--bg); border: 1px solid var(--rule); box-shadow: 0 6px 24px rgba(0,0,0,0.18);
  font: 400 14px/1.4 ${uiFont}; }
@media print { .offer, .hidden-panel { display: none !important; } }
`;
