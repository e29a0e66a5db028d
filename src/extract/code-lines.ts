import { codeTags } from './text';

/** A highlighter's line of code: Shiki's `line`, Prism's `token-line`, rehype-pretty-code's `data-line`, CodeMirror's. */
const lineOfCode = 'pre .line, pre .code-line, pre .token-line, pre .cm-line, pre [data-line]';

/**
 * Lines of code a highlighter writes as inline elements with no line break between them, its style sheet making each
 * a block (Tailwind's docs: "npm create vite@latest my-project" and "cd my-project" ran together as one line). Before
 * Readability, which drops the class names: each such line that the next one follows directly gets its line break.
 */
export function separateCodeLines(doc: Document): void {
  if (!doc.getElementsByTagName('pre').length) return;
  for (const line of Array.from(doc.querySelectorAll(lineOfCode))) {
    const next = line.nextSibling;
    if (next?.nodeType !== 1 || !(next as Element).matches(lineOfCode) || (line.textContent ?? '').endsWith('\n')) continue;
    line.after(doc.createTextNode('\n'));
  }
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
