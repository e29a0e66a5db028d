import { blockKinds, Context, type PageBlock } from './page-blocks';

/** What the features are computed from: plain numbers, so training can cache them and inference computes them once. */
export interface BlockMeasures {
  words: number;
  stopWords: number;
  linkWords: number;
  capWords: number;
  context: number;
  kind: number;
  depth: number;
  endsSentence: number;
  parentWords: number;
  parentLinkWords: number;
  grandparentWords: number;
  grandparentLinkWords: number;
}

interface Subtree {
  words: number;
  linkWords: number;
}

const sentenceEnd = /[.!?:;"”»)]$/;

/** Each block's measures, with the words and linked words under its parent and grandparent elements. */
export function blockMeasures(blocks: readonly PageBlock[], root: Element): BlockMeasures[] {
  const totals = new Map<Element, Subtree>();
  for (const block of blocks) {
    for (let el: Element | null = block.el; el; el = el === root ? null : el.parentElement) {
      let total = totals.get(el);
      if (!total) totals.set(el, (total = { words: 0, linkWords: 0 }));
      total.words += block.words;
      total.linkWords += block.linkWords;
    }
  }
  return blocks.map((block) => {
    const own = totals.get(block.el)!;
    const parent = (block.el !== root && block.el.parentElement && totals.get(block.el.parentElement)) || own;
    const grand = (block.el.parentElement !== root && block.el.parentElement?.parentElement && totals.get(block.el.parentElement.parentElement)) || parent;
    return {
      words: block.words, stopWords: block.stopWords, linkWords: block.linkWords, capWords: block.capWords,
      context: block.context, kind: block.kind, depth: block.depth, endsSentence: sentenceEnd.test(block.text) ? 1 : 0,
      parentWords: parent.words, parentLinkWords: parent.linkWords, grandparentWords: grand.words, grandparentLinkWords: grand.linkWords,
    };
  });
}

const featureNames = [
  'log-words', 'stop-ratio', 'link-density', 'cap-ratio', 'ends-sentence', 'one-to-three-words', 'long-and-linked',
  ...blockKinds.slice(1).map((kind) => `kind-${kind}`),
  ...Object.keys(Context).map((name) => `in-${name}`),
  'position', 'depth', 'prev-log-words', 'prev-link-density', 'next-log-words', 'next-link-density',
  'window-link-density', 'window-stop-ratio', 'parent-log-words', 'parent-link-density', 'grandparent-log-words',
  'grandparent-link-density', 'page-log-words',
] as const;
export const featureCount = featureNames.length;
export const blockFeatureNames: readonly string[] = featureNames;

const contextValues = Object.values(Context);
const density = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The feature vector of block `i` (same order as `blockFeatureNames`). */
export function blockFeatures(blocks: readonly BlockMeasures[], i: number, pageWords: number): number[] {
  const block = blocks[i]!;
  const { words } = block;
  const linkDensity = block.linkWords / words;
  const out: number[] = [
    Math.log1p(words), block.stopWords / words, linkDensity, block.capWords / words, block.endsSentence,
    words <= 3 ? 1 : 0, Math.log1p(words) * linkDensity,
  ];
  for (let kind = 1; kind < blockKinds.length; kind++) out.push(block.kind === kind ? 1 : 0);
  for (const bit of contextValues) out.push(block.context & bit ? 1 : 0);
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  let windowWords = 0;
  let windowLinks = 0;
  let windowStops = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(blocks.length - 1, i + 3); j++) {
    const near = blocks[j]!;
    windowWords += near.words;
    windowLinks += near.linkWords;
    windowStops += near.stopWords;
  }
  out.push(
    blocks.length > 1 ? i / (blocks.length - 1) : 0, Math.min(block.depth, 40) / 40,
    prev ? Math.log1p(prev.words) : 0, prev ? prev.linkWords / prev.words : 0,
    next ? Math.log1p(next.words) : 0, next ? next.linkWords / next.words : 0,
    density(windowLinks, windowWords), density(windowStops, windowWords),
    Math.log1p(block.parentWords), density(block.parentLinkWords, block.parentWords),
    Math.log1p(block.grandparentWords), density(block.grandparentLinkWords, block.grandparentWords), Math.log1p(pageWords),
  );
  return out;
}
