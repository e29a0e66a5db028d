import { retag, tagSet } from './dom-measures';
import { codeTags } from './text';

/** A highlighter's line of code: Shiki's `line`, Prism's `token-line`, rehype-pretty-code's `data-line`, CodeMirror's. */
const lineOfCode = 'pre .line, pre .code-line, pre .token-line, pre .cm-line, pre [data-line]';

/**
 * Lines of code a highlighter writes as inline elements with no line break between them, its style sheet making each
 * a block (Tailwind's docs: "npm create vite@latest my-project" and "cd my-project" ran together as one line). Before
 * Readability, which drops the class names: each such line that the next one follows directly gets its line break,
 * unless it ends with a `<br>` already. A line written as a `<div>` (CodeMirror's in React's docs) becomes a `<span>`:
 * Readability made each a paragraph, which lost the line's indentation and drew a blank line under each (WCXB 0674).
 */
export function separateCodeLines(doc: Document): void {
  if (!doc.getElementsByTagName('pre').length) return;
  for (const found of Array.from(doc.querySelectorAll(lineOfCode))) {
    const next = found.nextSibling;
    const line = blockTags.has(found.tagName) ? retag(found, 'span') : found;
    if (next?.nodeType !== 1 || !(next as Element).matches(lineOfCode) || endsLine(line)) continue;
    line.after(doc.createTextNode('\n'));
  }
}

const blockTags = tagSet('div', 'p');

/** The line's text ends with a line break, or nothing but spaces follows its last `<br>`. */
function endsLine(line: Element): boolean {
  if ((line.textContent ?? '').endsWith('\n')) return true;
  const breaks = line.getElementsByTagName('br');
  for (let node: Node | null = breaks[breaks.length - 1] ?? null; node && node !== line; node = node.parentNode) {
    for (let after = node.nextSibling; after; after = after.nextSibling) if ((after.textContent ?? '').trim()) return false;
  }
  return breaks.length > 0;
}

const integer = /^\s*\d{1,5}\s*$/;

interface Found {
  el: Element;
  value: number;
  line: number;
}

/**
 * The line numbers a highlighter writes into a code listing's own text, each line's first element holding its number
 * (Twilio's docs: "1" above "composer require twilio/sdk", "2" above "composer install", once the page's style sheet
 * that set them beside the code is gone; copied, they break the code). Found only when every line of the listing (up
 * to a line break or `<br>`) starts with one, in order (1, 2, 3…) and some line holds code after its number: a number
 * at the start of a line of code (`1,` in a JSON array) is the code's own, and a gutter of numbers alone (Hugo's, in a
 * table cell beside the code) reads right as it is.
 */
function lineNumbersIn(pre: Element): Element[] {
  const found: Found[] = [];
  let line = 0;
  let lineStarted = false;
  let rest = false;
  let linesWithText = 0;
  const breakLine = () => {
    if (lineStarted) line++;
    lineStarted = false;
  };
  const walk = (el: Element): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const parts = (node.nodeValue ?? '').split('\n');
        parts.forEach((part, i) => {
          if (i > 0) breakLine();
          if (part.trim() && !lineStarted) {
            lineStarted = true;
            linesWithText++;
          }
          if (part.trim() && found.at(-1)?.line === line) rest = true;
        });
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (child.tagName === 'BR') breakLine();
        else if (codeTags.has(child.tagName)) continue;
        else if (!lineStarted && integer.test(child.textContent ?? '')) {
          found.push({ el: child, value: Number(child.textContent), line });
          lineStarted = true;
          linesWithText++;
        } else walk(child);
      }
    }
  };
  walk(pre);
  if (found.length < 2 || found.length !== linesWithText || !rest) return [];
  const inOrder = found.every((number, i) => number.value === found[0]!.value + i && number.line === found[0]!.line + i);
  return inOrder ? found.map((number) => number.el) : [];
}

/** Takes the highlighter's line numbers out of the code listings under `root` (see `lineNumbersIn`). */
export function dropCodeLineNumbers(root: Element): void {
  for (const pre of Array.from(root.getElementsByTagName('pre'))) for (const number of lineNumbersIn(pre)) number.remove();
}
