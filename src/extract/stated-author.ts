import { metaTags, tagsIn } from './dom-measures';

// The writers a page states in its metadata: a paper's citation tags, the JSON-LD's author where Readability reads none
// (it takes no `@id` reference, no `@type` array, and stops at the first script).

const storyType = /^(Article|NewsArticle|BlogPosting|Report|TechArticle|ScholarlyArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|DiscussionForumPosting|Question)$/;
const maxNameChars = 100;

type LdNode = Record<string, unknown>;

const isNode = (value: unknown): value is LdNode => !!value && typeof value === 'object' && !Array.isArray(value);

function typesOf(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** Every object in the JSON-LD, depth-first, bounded. */
function nodesIn(value: unknown, out: LdNode[], depth = 0): LdNode[] {
  if (depth > 6) return out;
  if (Array.isArray(value)) for (const item of value) nodesIn(item, out, depth + 1);
  else if (isNode(value)) {
    out.push(value);
    for (const item of Object.values(value)) if (typeof item === 'object') nodesIn(item, out, depth + 1);
  }
  return out;
}

function nameOf(author: unknown, byId: Map<string, LdNode>): string | null {
  if (typeof author === 'string') return author;
  if (!isNode(author)) return null;
  const name = author.name ?? (typeof author['@id'] === 'string' ? byId.get(author['@id'])?.name : undefined);
  return typeof name === 'string' ? name : null;
}

/**
 * The names of the first story node's authors, joined: its `author` as a name, an object with a name, or a reference to
 * a node of the same scripts (Yoast's `{"@id": "…/#/schema/person/…"}`); null where it names none, or no address.
 */
export function statedAuthor(sources: readonly string[]): string | null {
  const nodes: LdNode[] = [];
  for (const source of sources) {
    try {
      nodesIn(JSON.parse(source), nodes);
    } catch {
      // A script that is no JSON states nothing.
    }
  }
  const byId = new Map<string, LdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && typeof node.name === 'string') byId.set(node['@id'], node);
  const story = nodes.find((node) => typesOf(node).some((type) => storyType.test(type)) && node.author);
  if (!story) return null;
  const names = (Array.isArray(story.author) ? story.author : [story.author]).map((author) => nameOf(author, byId)?.trim());
  const joined = names.filter((name): name is string => !!name && !/^https?:/.test(name)).join(', ');
  return joined && joined.length <= maxNameChars ? joined : null;
}

/** "Roy, Aniruddha" as a person writes it: "Aniruddha Roy". */
const inOrder = (name: string) => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1').trim();

/**
 * The authors of a paper as its page cites them (Highwire Press's `citation_author` tags, which scholarly sites carry
 * for indexers: arXiv, journals, PubMed): the page's own statement, where its header shows a dateline in a box named for
 * bylines ("[Submitted on 18 Dec 2025]", WCXB 0380) or a corresponding author's mail glyphs (4055). A long list is
 * shortened to its first author "et al.".
 */
export function citedAuthors(doc: Document): string | null {
  const names: string[] = [];
  for (const meta of doc.head ? tagsIn(doc.head, metaTags) : []) {
    if (meta.getAttribute('name')?.toLowerCase() !== 'citation_author') continue;
    const name = inOrder(meta.getAttribute('content') ?? '');
    if (name) names.push(name);
  }
  const joined = names.join(', ');
  return !names.length ? null : joined.length <= maxNameChars ? joined : `${names[0]} et al.`;
}
