// Lines of a story's header that reader view's own header already shows or leaves out: datelines, bylines and
// credits, the title again.
import { sentenceEnd } from './patterns';
import { creditText, dateToken, datelineFiller } from './header-patterns';
import { foldSpaces } from './text';
import { childElements } from './dom-measures';

/** "Bridgestone Team | 5 min read": a name and the reading time, the header's line. */
export const namedReadingTime = /^[^|·•]{1,60}\s[|·•]\s*\d+\s*(min|mins|minutes?)\.?\s*read$/i;

/** "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.": two spans of a header run together, taken apart. */
const unglued = (text: string) => text.replace(/(\d)(?=\p{L}{4})/gu, '$1 ');

const byWord = /\b(by|von|par|por|oleh)\b\s*/i;

/** A line that is only a date, a time and words like "Updated" or "by": the header's remnant. */
export function isDateline(line: string): boolean {
  if (line.length > 100 || !dateToken.test(line)) return false;
  const text = unglued(line);
  const rest = text.replace(datelineFiller, ' ').trim();
  if (!rest) return true;
  // Names after "by" and a source after "Updated …" may stay; any other word makes it a sentence or a title.
  // "By" before a date is a deadline's ("Book by December 31, 2025, for travel through May 31, 2026"), not a byline.
  const by = byWord.exec(text);
  const next = by ? text.slice(by.index + by[0].length).split(/\s/, 1)[0]! : '';
  const allowed = by && !/^\d/.test(next) && !dateToken.test(next) ? 6 : /\b(published|updated|posted|publié|publicado)\b/i.test(text) ? 2 : 0;
  return rest.split(/\s+/).length <= allowed;
}

/** What a dateline may say about the story itself ("Published …", "Updated 2 hours ago", "By …"): the header's, never data. */
const storyMeta = /\b(published|updated|posted|modified|by|ago|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato)\b/i;

/** A line that is a date or a time and nothing else ("March 16, 2026", "10:32 AM"). */
export function isBareDate(text: string): boolean {
  return isDateline(text) && !storyMeta.test(unglued(text));
}

const foldTitle = (text: string) => foldSpaces(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * The title again, which the reader's header already shows: Readability's own check compares ASCII words only (it
 * misses Arabic or Cyrillic) and never sees a region chosen around its pick, whose `<h1>` it has not cleaned. The page's
 * title may carry the site's name after a separator ("Regular physical activity can boost mood - Harvard Health"), and
 * so may the page's heading.
 */
export function repeatsTitle(text: string, title: string): boolean {
  if (text.length < 8 || text.length > 300) return false;
  const line = foldTitle(text);
  const full = foldTitle(title);
  return line === full || (full.startsWith(line) && /^\s*[-|–—:·•»]/.test(full.slice(line.length)))
    // The page's own heading may be the title with the site's name after it ("… - Programming - Nairaland").
    || (full.length >= 20 && line.startsWith(full) && /^\s*[-|–—·•»]\s*[^-|–—·•»]{1,40}$/.test(line.slice(full.length)));
}

const sourceLabel = /^\(?((image|photo|picture)s? )?(source|credit)s?\s*:/i;

/** The texts of an element's children that hold text, looking through wrappers that hold all of it. */
function textParts(el: Element, text: string): string[] {
  for (;;) {
    const parts = childElements(el).map((child) => ({ child, text: foldSpaces(child.textContent ?? '') })).filter((part) => part.text);
    if (parts.length !== 1 || parts[0]!.text !== text) return parts.map((part) => part.text);
    el = parts[0]!.child;
  }
}

/** A photo credit standing alone, not a caption that ends with one. */
export function isCredit(el: Element, text: string): boolean {
  if (text.length > 100 || text.split(' ').length > 9 || !creditText.test(text)) return false;
  // Looked up only for a line that reads like a credit: `closest` on every short line cost more than all the rest.
  const inFigure = !!el.closest('figure, figcaption');
  if (!inFigure && text.length > 70) return false;
  // A figure's caption made of its text, then its credit, in elements of their own ("The Moulin Rouge cabaret in Paris" +
  // "Benoit Tessier/Reuters"): only the credit's element is a credit, judged after this one. ("Photo by <a>…</a> on
  // <a>Unsplash</a>" has words of its own, and "<em>Source:</em> <a>Little Media Agency</a>" opens with its label: each
  // is one credit.)
  if (inFigure) {
    const parts = textParts(el, text);
    const [first, last] = [parts[0] ?? '', parts[parts.length - 1] ?? ''];
    if (parts.length >= 2 && parts.join(' ').length >= text.length && first.split(' ').length >= 3
      && !creditText.test(first) && creditText.test(last)) return false;
  }
  // "Photo: Firefighters at the scene." describes the picture; "Image source: Getty Images." only credits it.
  return !/[.!?]$/.test(text.replace(/\(\w+\)$/, '')) || sourceLabel.test(text);
}

/** "Written by", "Reviewed by": a header credit's label, its names in links of their own or gone. */
const creditLabel = /^(written|reviewed|medically reviewed|edited|fact[- ]checked|reported)\s+by\b\s*/i;
const roleConnectors = new Set(['and', 'of', 'in', 'for', 'at', 'the', 'to', '&', 'und', 'et', 'y', 'de']);

/**
 * Names and titles only, as a header credits them ("Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch;
 * Contributor"): every word capitalized or a connector, no sentence.
 */
function isNamesAndTitles(text: string, maxWords: number): boolean {
  if (!text || sentenceEnd.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= maxWords && words.every((word) => {
    const bare = word.replace(/^[(“"'‘]+|[),;:“”"'’]+$/g, '');
    return !bare || /^\p{Lu}/u.test(bare) || roleConnectors.has(bare.toLowerCase());
  });
}

/** "By", the byline again, "By Jane Doe and John Roe", "Reviewed by Dr. John Roe, MD": names and titles, no sentence. */
export function isBylineRemnant(text: string, byline: string | null): boolean {
  if (/^(by|von|par|por|di|door|oleh|автор)$/i.test(text)) return true;
  // A header's labels whose values its script fills ("Posted By", "Posted On", WCXB 0355).
  if (/^((posted|published|written|updated) (by|on)|last updated)\s*:?$/i.test(text)) return true;
  if (/^(by|von|par|por)\s+(\p{Lu}[\p{L}.'’-]*,?\s*(and\s+|und\s+|et\s+|y\s+|&\s+)?){1,6}$/u.test(text)) return true;
  const credit = creditLabel.exec(text);
  if (credit && (credit[0].length === text.length || /^[:,]$/.test(text.slice(credit[0].length)) ||
    (/^\p{Lu}/u.test(text.slice(credit[0].length)) && isNamesAndTitles(text.slice(credit[0].length), 40)))) return true;
  if (!byline) return false;
  const plain = text.replace(/^(by|von|par|por|di|door)\s+/i, '');
  if (plain === byline || text === byline) return true;
  // The byline with the writer's title: "Maureen Salamon, Executive Editor, Harvard Women's Health Watch".
  return plain.startsWith(`${byline},`) && isNamesAndTitles(plain.slice(byline.length + 1).trim(), 12);
}

