import { heading, type Drop, type Texts } from './declutter-blocks';
import { isStopWord } from './stop-words';

const filler = /^lorem ipsum\b/i;
/**
 * Words of other text the page must show for its filler to go, at least half as many as the filler's, and reading as a
 * language (a fifth of them stop words; prose has two fifths): Readability's test pages keep theirs, whose other lines
 * are a heading, captions and more Latin ("Quae veniam recusandae vel cupiditate…", 5% stop words).
 */
const minOther = 60;
const minStopShare = 0.2;

function countWords(text: string): { words: number; stops: number } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { words: words.length, stops: words.filter(isStopWord).length };
}

/** A filler block with no other text in it than filler and headings. */
function isFiller(el: Element, text: string, blocks: ReadonlySet<Element>, texts: Texts): boolean {
  if (!filler.test(text) || el.closest('pre, code, blockquote, q')) return false;
  for (const inner of el.querySelectorAll('*')) {
    if (!blocks.has(inner) || heading.test(inner.tagName)) continue;
    const own = texts.of(inner);
    if (own && !filler.test(own)) return false;
  }
  return true;
}

/** The box holds nothing but headings and links over what was taken out: "Head Line 1", "Learn More". */
function headsNothing(box: Element, texts: Texts): boolean {
  const text = texts.of(box);
  if (!text) return false;
  const headings = [...box.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const links = [...box.querySelectorAll('a')].filter((a) => !a.closest('h1, h2, h3, h4, h5, h6'));
  return headings.length > 0 && [...headings, ...links].map((el) => texts.of(el)).filter(Boolean).join(' ').length >= text.length;
}

/**
 * A page template's filler left in the page, never the article: S&P's landing page shows "Head Line 1" over "Lorem ipsum
 * dolor sit amet, …" four times (WCXB 0285). Not weighed against the rules' budget, and the boxes left holding only
 * their headings go with it. Quoted filler (a typography article's) stays, and so does a page with little else (a
 * shop's two filler lines among its few product words, 0587).
 */
export function dropTemplateFiller(blocks: Element[], root: Element, texts: Texts, drop: Drop): void {
  const known = new Set(blocks);
  const fillers: Element[] = [];
  let fillerWords = 0;
  let fillerStops = 0;
  for (const el of blocks) {
    if (fillers.some((filler) => filler.contains(el)) || !isFiller(el, texts.of(el), known, texts)) continue;
    fillers.push(el);
    const counted = countWords(texts.of(el));
    fillerWords += counted.words;
    fillerStops += counted.stops;
  }
  if (!fillers.length) return;
  // A page of filler and little else (a theme's demo, a test page) has nothing else to show: it stays.
  const all = countWords(texts.of(root));
  const others = all.words - fillerWords;
  if (others < minOther || others < fillerWords / 2 || all.stops - fillerStops < minStopShare * others) return;
  const boxes = new Set<Element>();
  for (const el of fillers) {
    if (el.parentElement && el.parentElement !== root) boxes.add(el.parentElement);
    drop(el, 'boilerplate');
  }
  for (let box of boxes) {
    let emptied: Element | null = null;
    for (; box !== root && root.contains(box) && headsNothing(box, texts); box = box.parentElement!) emptied = box;
    if (emptied) drop(emptied, 'boilerplate');
  }
}
