/**
 * React's streamed server rendering sends a page's late parts at the end of the document, in `<div hidden id="S:n">`
 * segments, and small inline scripts (`$RC`, `$RS`) move each into its place (`<template id="B:n">` after a loading
 * placeholder, or `<template id="P:n">`). In a browser those scripts have run by the time a person opens reader view;
 * in a saved page read without scripts (the CLI) the article is still hidden at the end. This does the same moves.
 */

type Move = { kind: 'boundary' | 'segment'; target: string; segment: string };

const calls = /\$R([CS])\("([^"]{1,20})","([^"]{1,20})"\)/g;

/** The moves the page's own scripts name, in their order; else each `S:n` to the `P:n` or `B:n` of the same number. */
function movesOf(doc: Document): Move[] {
  const moves: Move[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const [, kind, first, second] of code.matchAll(calls)) {
      // $RC(boundary, segment); $RS(segment, placeholder)
      moves.push(kind === 'C' ? { kind: 'boundary', target: first!, segment: second! } : { kind: 'segment', target: second!, segment: first! });
    }
  }
  if (moves.length) return moves;
  const segments = Array.from(doc.querySelectorAll('div[hidden][id^="S:"]')).map((el) => el.id.slice(2));
  for (const n of segments) if (doc.getElementById(`P:${n}`)) moves.push({ kind: 'segment', target: `P:${n}`, segment: `S:${n}` });
  for (const n of segments) if (doc.getElementById(`B:${n}`)) moves.push({ kind: 'boundary', target: `B:${n}`, segment: `S:${n}` });
  return moves;
}

const isComment = (node: Node | null, ...data: string[]): boolean => node?.nodeType === 8 && data.includes((node as Comment).data);

/** A boundary's loading placeholder: from its `<!--$?-->` to the matching `<!--/$-->` (left in place). */
function removeFallback(template: Element): Node | null {
  const start = template.previousSibling;
  if (!isComment(start, '$?')) return template;
  let node: Node | null = start!.nextSibling;
  let depth = 0;
  while (node) {
    if (isComment(node, '/$')) {
      if (depth === 0) break;
      depth--;
    } else if (isComment(node, '$', '$?', '$!')) depth++;
    const next: Node | null = node.nextSibling;
    node.parentNode!.removeChild(node);
    node = next;
  }
  return node;
}

/** Moves the hidden streamed segments into their places; returns how many moved. */
export function revealStreamedContent(doc: Document): number {
  // Every move ends in a <template>: a page with none (most) is answered without the selector engine's whole-page scan.
  if (!doc.getElementsByTagName('template').length || !doc.querySelector('div[hidden][id^="S:"]')) return 0;
  let moved = 0;
  for (const move of movesOf(doc)) {
    const segment = doc.getElementById(move.segment);
    const target = doc.getElementById(move.target);
    if (!segment || !target?.parentNode || segment.tagName !== 'DIV' || !segment.hasAttribute('hidden') || target.tagName !== 'TEMPLATE') continue;
    segment.remove();
    const parent = target.parentNode;
    const before = move.kind === 'boundary' ? removeFallback(target) : target;
    const content = doc.createDocumentFragment();
    content.append(...Array.from(segment.childNodes));
    parent.insertBefore(content, before?.parentNode === parent ? before : null);
    if (target.parentNode) target.remove();
    moved++;
  }
  return moved;
}
