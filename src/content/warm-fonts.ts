import type { Settings } from '../shared/settings';
import { fontStacks, uiFont as ui } from './font-stacks';

/**
 * Looks up the fonts reader view's first frame uses, by measuring a word in each on a canvas that is never attached.
 * In a renderer that has not used them yet (a first visit in Chromium), finding them was most of that frame's layout:
 * on Linux every family a stack names and the machine lacks is asked for, per weight, style and size. Done while the
 * popup prepares, the frame finds them ready (a fresh-renderer harness: the overlay's first layout 15.3 -> 6.2 ms).
 * Nothing is added to the page.
 */
export function warmFonts(settings: Pick<Settings, 'font' | 'fontSize'>): void {
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
  const context = canvas.getContext?.('2d');
  if (!context) return;
  const stack = fontStacks[settings.font];
  const size = settings.fontSize;
  // The text, its emphasis, the title (1.9em) and section headings (1.4em, 1.2em); then the bar, site and byline line.
  const fonts = [`${size}px ${stack}`, `italic ${size}px ${stack}`, `bold ${size}px ${stack}`,
    ...[1.9, 1.4, 1.2].map((em) => `bold ${Math.round(size * em)}px ${stack}`),
    `500 15px ${ui}`, `500 14px ${ui}`, `600 13px ${ui}`, `15px ${ui}`, `14px ${ui}`];
  for (const font of fonts) {
    context.font = font;
    context.measureText('Reader');
  }
}
