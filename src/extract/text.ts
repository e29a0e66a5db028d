const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'CAPTION', 'BODY', 'HTML',
]);
/** A word: a run of Unicode letters and digits. Global, for `match`; `test` and `exec` need a copy (they keep state). */
export const wordPattern = /[\p{L}\p{N}]+/gu;
/** A letter or digit: text that shows words, not only spaces and marks. */
export const wordChar = /[\p{L}\p{N}]/u;

/**
 * Each run of whitespace as one space. The same as `replace(/\s+/g, ' ')`, but a lone space (most of a text's
 * whitespace) is left alone instead of replaced by another: six times faster on a long article's text.
 */
export const collapseSpaces = (text: string): string => text.replace(/\s{2,}|[^\S ]/g, ' ');
/** Whitespace runs as one space, trimmed. */
export const foldSpaces = (text: string): string => collapseSpaces(text).trim();

/**
 * Icon-font glyphs: characters of Unicode's private use areas, which only the page's own icon font draws (the link icon
 * after each heading of Ansible's docs); reader view's fonts draw a box. U+F8FF is left: Apple's systems draw their logo.
 */
const iconGlyph = /[\uE000-\uF8FE\u{F0000}-\u{10FFFF}]/u;
const iconGlyphs = new RegExp(iconGlyph.source, 'gu');
export const withoutIconGlyphs = (text: string): string => text.replace(iconGlyphs, '');

/** Takes the icon-font glyphs out of the text under `root` (see `withoutIconGlyphs`). */
export function dropIconGlyphs(root: Element): void {
  if (!iconGlyph.test(root.textContent ?? '')) return;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const kept = withoutIconGlyphs(value);
    if (kept !== value) node.nodeValue = kept;
  }
}

const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'AUDIO', 'VIDEO', 'IFRAME', 'OBJECT', 'NOEMBED', 'NOFRAMES', 'TITLE']);

/**
 * Text with a line break around every block, whitespace folded inside lines:
 * adjacent blocks never run together ("FL" + "June" stays two lines).
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  // A newline in source markup is only a space, except inside <pre>.
  const walk = (node: Node, pre = false): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(pre ? value : collapseSpaces(value));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (skipTags.has(tag)) return;
    const block = blockTags.has(tag);
    if (block) parts.push('\n');
    const inPre = pre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map(foldSpaces)
    .filter(Boolean)
    .join('\n');
}

/**
 * The first `max` characters of an element's text, as `shortSample`, with a space between its blocks ("Advertisement: New
 * AI Book! In my new book …", not "Book!In") and without its scripts and styles: the label of a removed block. The walk
 * stops once it has enough text.
 */
export function blockSample(root: Node, max = 80): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (skipTags.has(tag)) return;
    const block = blockTags.has(tag);
    if (block) parts.push(' ');
    for (let child = node.firstChild; child && length <= max; child = child.nextSibling) walk(child);
    if (block) parts.push(' ');
  };
  walk(root);
  return shortSample(parts.join(''), max);
}

const cjkChar = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const cjkChars = new RegExp(cjkChar.source, 'g');

/** Words in a text, for reading time: Unicode letters and digits, CJK counted per character. */
export function countWords(text: string): number {
  let cjk = 0;
  if (cjkChar.test(text)) {
    cjk = text.match(cjkChars)!.length;
    text = text.replace(cjkChars, ' ');
  }
  // Counted one match at a time: an array of every word of a long article is garbage the page pays for.
  const word = new RegExp(wordPattern);
  let words = 0;
  while (word.test(text)) words++;
  return words + Math.round(cjk / 2);
}

export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export function shortSample(text: string, max = 80): string {
  const folded = foldSpaces(text);
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}

/**
 * The values of the text nodes under `root`, in document order, not looking inside elements whose tag is in `skip`, nor
 * inside the elements of `skipped`.
 */
export function textOutside(root: Node, skip: ReadonlySet<string>, skipped?: ReadonlySet<Element>): string[] {
  const parts: string[] = [];
  for (let node: Node | null = root.firstChild; node; ) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    const enter = node.nodeType === 1 && !skip.has((node as Element).tagName) && !skipped?.has(node as Element);
    let next: Node | null = enter ? node.firstChild : null;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return parts;
}

/** Elements whose text a reader never sees: scripts, styles, templates and noscript fallbacks. */
export const codeTags: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The first `max` characters of the text a reader sees under a node, without building the whole text (the code of a
 * page that opens with its theme script would fill them).
 */
export function leadingText(root: Node, max = 4000): string {
  let out = '';
  for (let node: Node | null = root.firstChild; node && out.length < max; ) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    let next: Node | null = node.nodeType === 1 && codeTags.has((node as Element).tagName) ? null : node.firstChild;
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return out.slice(0, max);
}

/**
 * Whether the text under a node has at least `min` words, reading only its first `min × 40` characters (a long
 * article's whole text is not built to learn that it has 150 words).
 */
export function hasWords(root: Node, min: number): boolean {
  return countWords(leadingText(root, min * 40)) >= min;
}

/**
 * Bytes shown as text (an image or archive served as HTML): many control and replacement characters. A C1 control
 * right after a UTF-8 lead or continuation character is mojibake (UTF-8 read as Latin-1), a real page, not bytes.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.length < 20) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what it counts
  const odd = sample.match(/(?<![\u0080-\u00f4\u20ac])[\u0080-\u009f]|[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return odd / sample.length > 0.05;
}
