import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { addFootnoteRules } from './markdown-footnotes';

/**
 * HTML → Markdown through turndown and its GFM plugin (tables, strikethrough, task lists).
 * Shared by the CLI and (later) the extension's export; works on a string or a DOM node
 * (turndown clones a node, so the caller's tree is left alone).
 */
export interface MarkdownDocument {
  title?: string | null;
  byline?: string | null;
  url?: string | null;
  /** The article body as HTML (or a node holding it). */
  html: string | HTMLElement | DocumentFragment;
}

const isElement = (node: unknown, name: string): node is HTMLElement =>
  typeof node === 'object' && node !== null && (node as Node).nodeName === name;

/**
 * The <code> of a <pre> whose other children are empty: Pygments' blocks in MkDocs Material open with `<span></span>`
 * before it, and turndown's fenced-block rule (a <pre> whose first child is <code>) took such a listing as inline code,
 * all on one line.
 */
function codeAfterEmpty(node: Node): HTMLElement | null {
  if (node.nodeName !== 'PRE' || isElement(node.firstChild, 'CODE')) return null;
  const filled = Array.from(node.childNodes).filter((child) => (child.textContent ?? '').trim());
  return filled.length === 1 && isElement(filled[0], 'CODE') ? filled[0] : null;
}

/** A fenced block, its fence longer than any run of fence characters in the code (as turndown's own rule makes it). */
function fenced(code: HTMLElement, fence: string): string {
  const text = code.textContent ?? '';
  const mark = fence.charAt(0);
  const longest = Math.max(0, ...Array.from(text.matchAll(new RegExp(`^${mark === '`' ? '`' : '~'}{3,}`, 'gm')), (m) => m[0].length));
  const language = /language-(\S+)/.exec(code.getAttribute('class') ?? '')?.[1] ?? '';
  const bar = mark.repeat(Math.max(3, longest + 1));
  return `\n\n${bar}${language}\n${text.replace(/\n$/, '')}\n${bar}\n\n`;
}

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
  });
  service.use(gfm);
  addFootnoteRules(service);
  // Rules added later are tried first. The GFM plugin reads table.rows[0] unguarded, so a table without
  // rows (only a caption, say) would throw: keep its text instead.
  service.addRule('tableWithoutRows', {
    filter: (node) => isElement(node, 'TABLE') && (node as HTMLTableElement).rows.length === 0,
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  // A GFM cell is one line: fold line breaks inside a cell and escape pipes (the plugin leaves both).
  service.addRule('tableCellOneLine', {
    filter: ['th', 'td'],
    replacement: (content, node) => {
      const first = !node.previousElementSibling;
      const text = content.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim();
      return `${first ? '| ' : ' '}${text} |`;
    },
  });
  // An ATX heading is one line: a heading whose words sit in boxes (Stripe's `<h4><div><span>amount</span> …`) came
  // out as "#### " over its words.
  service.addRule('headingOneLine', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = content.replace(/\s*\n+\s*/g, ' ').trim();
      return text ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n` : '';
    },
  });
  service.addRule('codeAfterEmpty', {
    filter: (node) => codeAfterEmpty(node) !== null,
    replacement: (_content, node, options) => fenced(codeAfterEmpty(node)!, options.fence ?? '```'),
  });
  // A formula as its TeX source where the page gave one (math-source.ts), as $…$ or a $$ block; else its text.
  service.addRule('math', {
    filter: (node) => node.nodeName.toLowerCase() === 'math',
    replacement: (content, node) => {
      const math = node as Element;
      const tex = math.getAttribute('alttext')?.trim();
      if (!tex) return (math.textContent ?? '').trim();
      return math.getAttribute('display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
  return service;
}

let shared: TurndownService | null = null;

/** Markdown of an HTML fragment (a string, or a node whose contents are converted). */
export function htmlToMarkdown(html: string | HTMLElement | DocumentFragment): string {
  shared ??= createService();
  if (typeof html === 'string' && !html.trim()) return '';
  return shared.turndown(html as string).trim();
}

/** A whole Markdown document: `# Title`, the byline and source, then the body. */
export function articleToMarkdown(doc: MarkdownDocument): string {
  const parts: string[] = [];
  const service = (shared ??= createService());
  if (doc.title?.trim()) parts.push(`# ${service.escape(doc.title.trim())}`);
  const meta = [doc.byline?.trim() ? `_${service.escape(doc.byline.trim())}_` : '', doc.url ? `<${doc.url}>` : '']
    .filter(Boolean)
    .join(' · ');
  if (meta) parts.push(meta);
  const body = htmlToMarkdown(doc.html);
  if (body) parts.push(body);
  return `${parts.join('\n\n')}\n`;
}
