// The picker's layer: its own host and styles (the reader's are not loaded with it). `:host` rules with !important
// win over every page rule, as in shadow-host.ts.
const hostRules = ['all: initial', 'display: block', 'position: fixed', 'inset: 0', 'z-index: 2147483647', 'margin: 0', 'border: 0',
  'padding: 0', 'width: auto', 'height: auto', 'max-width: none', 'max-height: none', 'background: transparent', 'visibility: visible',
  'opacity: 1', 'pointer-events: auto', 'transform: none', 'filter: none', 'overflow: visible', 'cursor: crosshair'];

export const pickerCss = `
:host { ${hostRules.map((rule) => `${rule} !important;`).join(' ')} }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.picker { --accent: #1a5fb4; --bg: #ffffff; --fg: #1f1f1f; --muted: #555; --line: #c9c9c9;
  position: fixed; inset: 0; font: 400 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; outline: none; }
.box { position: fixed; pointer-events: none; border: 3px solid var(--accent); border-radius: 4px;
  background: color-mix(in srgb, var(--accent) 12%, transparent); box-shadow: 0 0 0 1px #fff; }
.label { position: fixed; pointer-events: none; max-width: min(520px, calc(100vw - 16px)); padding: 4px 10px; border-radius: 6px;
  background: var(--accent); color: #fff; font-size: 14px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.bar { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); width: max-content; max-width: calc(100vw - 16px);
  display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 10px 12px; cursor: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,0.25); }
.bar h2 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.status { margin: 0; flex: 1 1 260px; max-width: 520px; color: var(--fg); }
.status[data-kind="refused"] { font-weight: 600; color: #8a1c1c; }
.hint { margin: 0; flex-basis: 100%; color: var(--muted); font-size: 13px; }
button { font: 500 15px/1 inherit; font-family: inherit; color: var(--fg); background: #efefef; border: 1px solid var(--line);
  border-radius: 999px; padding: 8px 14px; min-height: 36px; cursor: pointer; -webkit-tap-highlight-color: transparent; }
button.use { background: var(--accent); color: #fff; border-color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .picker { --accent: #8ab4f8; --bg: #202124; --fg: #e8eaed; --muted: #b0b5ba; --line: #5f6368; }
  .label { color: #202124; }
  button { background: #303134; }
  button.use { color: #202124; }
  .status[data-kind="refused"] { color: #f28b82; }
}
@media (max-width: 600px) {
  .bar { left: 0; right: 0; bottom: 0; transform: none; width: auto; max-width: none; border-radius: 12px 12px 0 0; }
  .bar button { flex: 1 1 auto; }
  .status { flex-basis: 100%; }
  .label { white-space: normal; }
}
@media (forced-colors: active) { .box { border-color: Highlight; } .label { border: 1px solid CanvasText; } }
`;
