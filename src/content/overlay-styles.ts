import { toolsCss } from './tools-styles';
import { siteMemoryCss } from './site-memory-styles';
import { compactCss } from './compact-styles';
import { fontStacks, uiFont } from './font-stacks';


// Sizes in px, never rem: the page's own :root font-size must not reach the overlay.
const baseCss = `
:host { all: initial !important; }
.reader {
  --bg: #fbfaf7; --fg: #1f1f1f; --muted: #5f5f5f; --rule: #e4e1da; --link: #1a5fb4; --button: #efece6; --accent: #8a5a00;
  position: fixed; inset: 0; overflow-y: scroll; overscroll-behavior: contain;
  /* What a link or the outline scrolls to lands below the sticky bar, not under it. */
  scroll-padding-top: 64px;
  background: var(--bg); color: var(--fg);
  font-family: var(--font); font-size: var(--size, 20px); line-height: var(--line-height, 1.6);
  letter-spacing: normal; word-spacing: normal; text-indent: 0; text-align: start; text-transform: none;
  -webkit-text-fill-color: currentColor; visibility: visible; opacity: 1; direction: ltr;
  color-scheme: light; outline: none; box-sizing: border-box;
}
.reader[data-font="serif"] { --font: ${fontStacks.serif}; }
.reader[data-font="sans"] { --font: ${fontStacks.sans}; }
.reader[data-font="mono"] { --font: ${fontStacks.mono}; }
.reader[data-theme="sepia"] { --bg: #f4ecd8; --fg: #433422; --muted: #6e5b45; --rule: #e0d3b6; --link: #7a4b12; --button: #eadfc5; --accent: #7a4b12; }
.reader[data-theme="dark"] { --bg: #1c1b1f; --fg: #e3e1dc; --muted: #a7a39b; --rule: #3a3840; --link: #8ab4f8; --button: #2c2a31; --accent: #f0c674; color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .reader[data-theme="auto"] { --bg: #1c1b1f; --fg: #e3e1dc; --muted: #a7a39b; --rule: #3a3840; --link: #8ab4f8; --button: #2c2a31; --accent: #f0c674; color-scheme: dark; }
}
*, *::before, *::after { box-sizing: border-box; }
.bar {
  position: sticky; top: 0; z-index: 1; display: flex; justify-content: flex-end; gap: 8px;
  padding: 10px 16px; background: var(--bg); border-bottom: 1px solid transparent;
}
.close, .notice .action {
  font: 500 15px/1 ${uiFont}; color: var(--fg); background: var(--button);
  border: 1px solid var(--rule); border-radius: 999px; padding: 8px 14px; cursor: pointer;
  display: inline-flex; align-items: center; gap: 6px;
}
.close:hover { filter: brightness(0.96); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.page { max-width: var(--width, 680px); margin: 0 auto; padding: 8px 24px 96px; }
.site { font: 600 13px/1.4 ${uiFont}; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); margin: 0 0 12px; }
h1.title { font-size: 1.9em; line-height: 1.2; margin: 0 0 16px; font-weight: 700; letter-spacing: -0.01em; }
.meta { font: 400 15px/1.5 ${uiFont}; color: var(--muted); margin: 0 0 28px; padding-bottom: 20px; border-bottom: 1px solid var(--rule); }
.meta .sep { margin: 0 8px; }
.meta [dir] { unicode-bidi: isolate; }
article { overflow-wrap: break-word; letter-spacing: var(--letter-spacing, normal); word-spacing: var(--word-spacing, normal); }
.reader[data-align="justify"] article p { text-align: justify; hyphens: auto; }
.reader[data-images="hidden"] article :is(img, picture, video, figure:has(img)) { display: none; }
article p, article ul, article ol, article blockquote, article pre, article figure, article table { margin: 0 0 1.1em; }
article h2, article h3, article h4, article h5, article h6 { line-height: 1.3; margin: 1.6em 0 0.6em; }
article h2 { font-size: 1.4em; } article h3 { font-size: 1.2em; } article h4, article h5, article h6 { font-size: 1em; }
article a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
article img, article video, article picture, article svg { max-width: 100%; height: auto; }
article img { display: block; margin: 0 auto; border-radius: 4px; }
/* A picture that did not load (broken-images.ts): its alt text in small type, or nothing. */
article img[data-cp-broken] { display: none; }
article img[data-cp-broken="alt"] { display: block; width: auto; height: auto; aspect-ratio: auto; margin: 0 0 1em;
  font: italic 400 14px/1.45 ${uiFont}; color: var(--muted); }
article figure { margin-left: 0; margin-right: 0; }
article math[display="block"] { margin: 1em 0; overflow-x: auto; }
article figcaption { font: 400 14px/1.45 ${uiFont}; color: var(--muted); margin-top: 8px; }
article blockquote { border-inline-start: 3px solid var(--rule); padding-inline-start: 1em; margin-inline: 0; color: var(--muted); }
article pre { overflow-x: auto; padding: 12px 14px; background: var(--button); border-radius: 6px; font-size: 0.8em; line-height: 1.45; }
article code { font-family: ${fontStacks.mono}; font-size: 0.9em; }
article table { display: block; overflow-x: auto; border-collapse: collapse; font-size: 0.85em; }
article td, article th { border: 1px solid var(--rule); padding: 6px 10px; text-align: start; vertical-align: top; }
article [data-cp-embed] {
  display: block; padding: 12px 16px; border: 1px solid var(--rule); border-radius: 10px; background: var(--button);
  color: var(--fg); font-size: 0.9em; margin-inline: 0;
}
article p[data-cp-embed] a { text-decoration: none; font: 600 15px/1.4 ${uiFont}; }
article fieldset { border: 0; padding: 0; margin: 0 0 1.1em; min-inline-size: 0; }
article legend { padding: 0; font-weight: 600; }
/* A question's or a box's title on its marker's line, as the page's own style sheet set it (MDN's "Baseline" box). */
article summary { cursor: pointer; margin: 0 0 0.6em; }
article summary > :is(div, p, h2, h3, h4, h5, h6) { display: inline; margin: 0; }
article hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.notice {
  position: fixed; top: 16px; right: 16px; max-width: min(360px, calc(100vw - 32px)); padding: 14px 16px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center;
  font: 400 15px/1.4 ${uiFont}; color: #1f1f1f; background: #fff; border: 1px solid #ddd;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,0.18);
}
.notice :is(.close, .action) { color: #1f1f1f; background: #f1f1f1; border-color: #ddd; }
@media print {
  .bar { display: none; }
  .reader { position: static; overflow: visible; }
}
`;

export const overlayCss = baseCss + toolsCss + siteMemoryCss + compactCss;
