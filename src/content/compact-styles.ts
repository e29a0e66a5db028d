// Narrow windows (compact-bar.ts): the bar in one row, its tools behind "⋯", wherever the whole bar would wrap into a
// second row (below about 860px in English) and so push the article down when the tools arrive after the first paint.
// Phone widths: also the article the full width of the screen.
export const compactCss = `
.more-tools{display:none!important}
.bar-end{display:flex;gap:8px;align-items:center}
@media (max-width:900px){
.bar{flex-wrap:nowrap;gap:6px;padding:6px 8px}
.more-tools{display:inline-flex!important}
.bar .tool,.bar .close{padding:8px 10px;min-height:40px;-webkit-tap-highlight-color:transparent}
.bar:not([data-more])>.tools{display:none}
.bar[data-more]>.tools{position:absolute;top:100%;inset-inline-start:8px;z-index:2;flex-flow:column nowrap;align-items:stretch;width:min(300px,calc(100vw - 16px));max-height:70vh;overflow-y:auto;padding:8px;background:var(--bg);border:1px solid var(--rule);border-radius:10px;box-shadow:0 8px 28px #0003}
.bar[data-more] :is(.menu-list,.hidden-panel){position:static;width:auto;box-shadow:none}
.bar[data-more] .menu{display:grid}
.bar-end .label,.bar .close{font-size:0}
.bar .close::before{content:"✕";font-size:16px}
}
@media (max-width:600px){
.page,.layout>.page{padding:8px 14px 96px;max-width:none}
}`;
