/** The article's font stacks, one per `font` setting (also looked up ahead, warm-fonts.ts). */
export const fontStacks = {
  serif: 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, "Noto Serif", "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace',
};

/** Reader view's own controls and notes (bar, byline line, captions, menus), whatever the article's font. */
export const uiFont = 'system-ui, sans-serif';
