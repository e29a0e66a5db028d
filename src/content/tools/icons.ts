/** A small line icon drawn in the text colour, hidden from screen readers: its button carries the words. */
function icon(d: string, width = '2'): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  const attributes = { viewBox: '0 0 24 24', width: '18', height: '18', fill: 'none', stroke: 'currentColor', 'stroke-width': width,
    'stroke-linecap': 'round', 'aria-hidden': 'true' };
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

/** A crosshair: "Pick the article". */
export const pickIcon = () => icon('M12 2v5M12 17v5M2 12h5M17 12h5M12 6a6 6 0 1 0 0 12a6 6 0 1 0 0-12');
/** Three dots: the "More tools" list at phone widths. */
export const moreIcon = () => icon('M5 12h.01M12 12h.01M19 12h.01', '3.5');
