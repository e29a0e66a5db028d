import { tagSet, tagsIn } from './dom-measures';
import { blockKinds, Context, pageBlocks, removeBlocks, type WordCounts } from './page-blocks';
import type { RemovedItem } from './types';
import { wordPattern } from './text';

/**
 * The article's text as its publisher states it in the page's JSON-LD (`articleBody`): evidence of what the article
 * holds, never shown. Read before Readability, which removes scripts.
 */
export interface PublishedText {
  words: number;
  /** Its word 3-grams, lower-cased. */
  grams: Set<string>;
  /** Those and the 3-grams of the JSON-LD's other texts (an FAQ's answers, a review's): what the page also states. */
  stated: Set<string>;
}

const scriptTags = tagSet('script');

export function wordTrigrams(text: string): string[] {
  const words = text.toLowerCase().match(wordPattern) ?? [];
  const grams: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

// Not `description`: an author's is their bio, the very thing to tell from the article.
const statedKeys = new Set(['text', 'name']);

function collectTexts(value: unknown, out: { bodies: string[]; other: string[] }, depth: number): void {
  if (depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, out, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') collectTexts(item, out, depth + 1);
    else if (key === 'articleBody') out.bodies.push(item);
    else if (statedKeys.has(key)) out.other.push(item);
  }
}

const plain = (text: string) => text.replace(/<[^>]*>/g, ' ').replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');

/** The texts of the page's JSON-LD scripts. */
export function jsonLdSources(doc: Document): string[] {
  return tagsIn(doc, scriptTags)
    .filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
}

/**
 * The longest `articleBody` of the page's JSON-LD, or null. Markup in it is dropped (it is only compared). `sources`:
 * the page's JSON-LD texts, when the caller has read them already.
 */
export function publishedText(doc: Document, sources = jsonLdSources(doc)): PublishedText | null {
  if (!sources.some((source) => source.includes('"articleBody"'))) return null;
  const texts = { bodies: [] as string[], other: [] as string[] };
  for (const source of sources) {
    try {
      collectTexts(JSON.parse(source), texts, 0);
    } catch {
      // A page's malformed JSON-LD is no evidence.
    }
  }
  if (!texts.bodies.length) return null;
  const body = plain(texts.bodies.reduce((a, b) => (b.length > a.length ? b : a)));
  const grams = new Set(wordTrigrams(body));
  const stated = new Set(grams);
  for (const text of texts.other) for (const gram of wordTrigrams(plain(text))) stated.add(gram);
  return { words: body.match(wordPattern)?.length ?? 0, grams, stated };
}

/** Under this many words the JSON-LD text is an excerpt (a teaser, the first post of a thread), not the article. */
const minWords = 150;
/** The published text must be about the article's length and found almost whole in it: it is then the same article. */
const minLengthShare = 0.7;
const minCoverage = 0.85;
/** A block with under this share of its 3-grams in the published text is not part of it. */
const maxShared = 0.2;
/** Nothing goes on this evidence alone when it would take more than this share of the article's words. */
const maxDropped = 0.25;
/** What a publisher's plain-text body leaves out though it is the article's: headings, captions, code, tables, quotes. */
const keptContext = Context.heading | Context.figure | Context.table | Context.quote;
const keptKinds = new Set((['h1', 'h2', 'h3-6', 'cell', 'pre', 'caption'] as const).map((kind) => blockKinds.indexOf(kind)));

/** How many of the published text's 3-grams are found in `texts` (block texts, or an element's whole text). */
function gramsFound(published: PublishedText, texts: Iterable<string>): number {
  const found = new Set<string>();
  for (const text of texts) for (const gram of wordTrigrams(text)) if (published.grams.has(gram)) found.add(gram);
  return found.size;
}

/** Share of the published text's 3-grams found in `texts`. */
export function publishedShare(published: PublishedText, texts: Iterable<string>): number {
  return published.grams.size ? gramsFound(published, texts) / published.grams.size : 0;
}

/** A pick holding under this share of the published text lacks part of the article (a guide's intro, say). */
const partialShare = 0.8;
/** A subtree holding this share of it, in at most this many times its words, holds the article without the page around it. */
const wholeShare = 0.9;
const maxWordsPerPublished = 2;

/**
 * The publisher's text is longer than the pick: the pick holds under 80% of it while the best subtree holds 90% or
 * more in at most twice its words. The subtree is then the article, whatever the scores say of either.
 */
export function publishedPrefers(
  published: PublishedText, pick: Element | null, best: { texts: ReadonlyMap<string, unknown>; words: number },
  counted?: Map<string, WordCounts>,
): boolean {
  if (published.words < minWords || best.words > maxWordsPerPublished * published.words) return false;
  if (pick && publishedShare(published, pageBlocks(pick, counted).map((block) => block.text)) >= partialShare) return false;
  return publishedShare(published, best.texts.keys()) >= wholeShare;
}

/**
 * Where the publisher's own article text (JSON-LD) is the whole of the article extracted, a block of prose that is
 * nowhere in it was added around the article: a sign-up pitch, an author's bio, a product box. It is taken out.
 */
export function dropUnpublished(
  root: Element, published: PublishedText, removed: RemovedItem[], counted: Map<string, WordCounts> = new Map(),
): void {
  const blocks = pageBlocks(root, counted);
  let words = 0;
  for (const block of blocks) words += block.words;
  if (published.words < minWords || published.words < minLengthShare * words) return;
  if (gramsFound(published, [blocks.map((block) => block.text).join(' ')]) < minCoverage * published.grams.size) return;
  removeBlocks(root, blocks, maxDropped, 'not-in-article-text', removed, (block) => {
    if (block.words < 4 || keptKinds.has(block.kind) || block.context & keptContext) return false;
    const grams = wordTrigrams(block.text);
    let shared = 0;
    for (const gram of grams) if (published.stated.has(gram)) shared++;
    return shared < maxShared * grams.length;
  });
}
