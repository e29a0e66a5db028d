import type TurndownService from 'turndown';

// Markdown has no ids, so `#` links inside an article go nowhere there. Footnotes (a link to a list item) become
// GFM footnotes (`[^1]` and `[^1]: …`), their back-links are dropped, and other in-article links keep their text only.

const prefix = 'user-content-';

interface Targets {
  byId: Map<string, Element>;
  /** Ids of list items some link points at: the footnotes. */
  notes: Set<string>;
}

const cache = new WeakMap<Node, Targets>();

function topOf(node: Node): Node {
  let top = node;
  while (top.parentNode) top = top.parentNode;
  return top;
}

function targetsOf(node: Node): Targets {
  const top = topOf(node);
  let targets = cache.get(top);
  if (targets) return targets;
  const byId = new Map<string, Element>();
  for (const el of Array.from((top as ParentNode).querySelectorAll('[id]'))) if (!byId.has(el.id)) byId.set(el.id, el);
  const notes = new Set<string>();
  for (const link of Array.from((top as ParentNode).querySelectorAll('a[href^="#"]'))) {
    const id = fragmentOf(link);
    if (id && byId.get(id)?.nodeName === 'LI') notes.add(id);
  }
  targets = { byId, notes };
  cache.set(top, targets);
  return targets;
}

function fragmentOf(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The footnote's label: the page's own id, in the characters every Markdown reader accepts. */
const label = (id: string) => id.replace(prefix, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'note';

const isInArticleLink = (node: Node): node is HTMLAnchorElement => node.nodeName === 'A' && !!fragmentOf(node as Element);

export function addFootnoteRules(service: TurndownService): void {
  service.addRule('inArticleLink', {
    filter: (node) => isInArticleLink(node),
    replacement: (content, node) => {
      const { byId, notes } = targetsOf(node);
      const id = fragmentOf(node as Element)!;
      if (notes.has(id)) return `[^${label(id)}]`;
      // A back-link inside a note: its target holds the reference to this note.
      const note = (node as Element).closest('li[id]');
      const target = byId.get(id);
      const links = target ? [target, ...Array.from(target.querySelectorAll('a'))] : [];
      if (note && notes.has(note.id) && links.some((link) => isInArticleLink(link) && fragmentOf(link) === note.id)) return '';
      return content;
    },
  });
  service.addRule('footnote', {
    filter: (node) => node.nodeName === 'LI' && targetsOf(node).notes.has((node as Element).id),
    replacement: (content, node) => `[^${label((node as Element).id)}]: ${content.trim().replace(/\n+/g, '\n    ')}\n`,
  });
}
