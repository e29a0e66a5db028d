// Styles of the reading tools (bar buttons, outline, progress, read-aloud highlight, help).
import { uiFont } from './font-stacks';
export const toolsCss = `
[hidden] { display: none !important; }
.bar { justify-content: space-between; align-items: center; }
.tools { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.tool {
  font: 500 14px/1 ${uiFont}; color: var(--fg); background: transparent; border: 1px solid var(--rule);
  border-radius: 999px; padding: 7px 12px; cursor: pointer; display: inline-flex; align-items: center; gap: 6px;
}
.tool:hover, .tool[aria-pressed="true"], .tool[aria-expanded="true"] { background: var(--button); }
.tool[aria-disabled="true"] { opacity: .55; cursor: default; }
.tool select { font: inherit; color: inherit; background: transparent; border: 0; }
.menu { position: relative; }
.menu-list {
  position: absolute; top: calc(100% + 6px); inset-inline-start: 0; z-index: 2; min-width: 220px; padding: 6px;
  display: grid; gap: 2px; background: var(--bg); border: 1px solid var(--rule); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,0.18);
}
.menu-list[hidden] { display: none; }
.menu-list button {
  font: 400 14px/1.3 ${uiFont}; color: var(--fg); background: transparent; border: 0; border-radius: 6px;
  padding: 8px 10px; text-align: start; cursor: pointer;
}
.menu-list button:hover, .menu-list button:focus-visible { background: var(--button); }
.progress { position: absolute; left: 0; bottom: -1px; height: 3px; width: 100%; background: transparent; }
.progress-fill { height: 100%; width: 100%; background: var(--accent); transform-origin: 0 50%; transform: scaleX(0); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, var(--width, 680px)) minmax(0, 1fr); }
.layout > .page { grid-column: 2; max-width: none; width: 100%; }
.aside { grid-column: 1; grid-row: 1; justify-self: end; padding: 24px 16px 0 8px; }
.outline {
  position: sticky; top: 72px; max-width: 240px; font: 400 14px/1.4 ${uiFont};
  max-height: calc(100vh - 88px); overflow-y: auto; overscroll-behavior: contain; scrollbar-width: thin;
  padding: 4px; margin: -4px;
}
.outline h2 { font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 0 0 8px; }
.outline ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
/* A page's quote set as a heading would fill the outline: three lines of it, the rest in its title. Margins, not
   padding, above and below: a clamped box shows its fourth line's top through its padding. */
.outline a { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden; color: var(--muted); text-decoration: none; padding: 0 8px; margin: 4px 0; border-inline-start: 2px solid transparent; }
.outline a[data-level="3"] { padding-inline-start: 18px; }
.outline a[data-level="4"] { padding-inline-start: 28px; }
.outline a[aria-current="true"] { color: var(--fg); border-inline-start-color: var(--accent); font-weight: 600; }
@media (max-width: 1100px) { .aside { display: none; } .layout { display: block; } .layout > .page { max-width: var(--width, 680px); } }
.resume { font: 400 14px/1.4 ${uiFont}; }
::highlight(clearpage-speaking) { background-color: rgba(255, 200, 0, 0.45); color: inherit; }
.help {
  position: fixed; inset: 0; display: grid; place-items: center; background: rgba(0,0,0,0.35); z-index: 3;
}
.help[hidden] { display: none; }
.help-card { background: var(--bg); color: var(--fg); border-radius: 12px; padding: 20px 24px; max-width: 420px;
  font: 400 15px/1.5 ${uiFont}; box-shadow: 0 12px 40px rgba(0,0,0,0.3); }
.help-card h2 { font-size: 17px; margin: 0 0 10px; }
.help-card dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 16px; margin: 0 0 14px; }
.help-card dt { font-family: ui-monospace, monospace; }
.help-card dd { margin: 0; }
.toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); padding: 10px 16px; border-radius: 8px;
  background: var(--fg); color: var(--bg); font: 400 14px/1.4 ${uiFont}; z-index: 4; }
.toast:empty { display: none; }
@media (prefers-reduced-motion: no-preference) { .reader { scroll-behavior: smooth; } }
@media (forced-colors: active) {
  .tool, .close, .menu-list, .help-card { border: 1px solid CanvasText; }
  .outline a[aria-current="true"] { border-inline-start-color: Highlight; }
  .progress-fill { background: Highlight; }
}
@media print {
  /* More specific than the host's own :host rules, so the host flows in the printed document. */
  :host(clearpage-reader) { position: static !important; inset: auto !important; contain: none !important; height: auto !important; overflow: visible !important; }
  .bar, .aside, .help, .toast { display: none !important; }
  .layout { display: block; }
  .reader { background: #fff; color: #000; font-size: 12pt; }
  /* The dialog holds focus while the reader is open: its focus ring is no part of the article. */
  :focus, :focus-visible { outline: none !important; }
  article a { color: #000; }
}
`;
