import type { RemovedItem } from './types';
import { removeElement } from './dom-measures';
import { wordPattern as word } from './text';

const words = (text: string) => new Set((text.toLowerCase().match(word) ?? []).filter((w) => w.length > 1 || /\d/.test(w)));

/** Share of the headline's words found in `names` (the page's title, og:title, the canonical URL's last segment). */
function matchShare(headline: string, names: ReadonlySet<string>[]): number {
  const own = words(headline);
  if (own.size === 0) return 0;
  let best = 0;
  for (const name of names) {
    let found = 0;
    for (const w of own) if (name.has(w)) found += 1;
    best = Math.max(best, found / own.size);
  }
  return best;
}

function pageNames(doc: Document): ReadonlySet<string>[] {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta('meta[property="og:url"]') || doc.URL;
  let slug = '';
  try {
    slug = decodeURIComponent(new URL(canonical, doc.baseURI).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    // An unparsable canonical link, or a malformed escape in it, names nothing.
  }
  return [doc.title, meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), slug.replace(/[-_]+/g, ' ')]
    .filter(Boolean).map(words);
}

/**
 * Several whole stories on one page (`wholeStories`: infinite scroll appended the next): the page's own is the one whose headline
 * the page's title, og:title or canonical URL names. It stays; the others go as "another story", never merged.
 * Nothing changes when no story is clearly the page's own.
 */
export function keepTitledStory(doc: Document, stories: readonly Element[], removed: RemovedItem[]): void {
  if (stories.length < 2) return;
  const names = pageNames(doc);
  const scored = stories.map((story) => {
    const headline = story.querySelector('h1, [itemprop="headline"], h2')?.textContent ?? '';
    return { story, share: matchShare(headline, names) };
  });
  const [best, second] = [...scored].sort((a, b) => b.share - a.share);
  if (!best || best.share < 0.6 || best.share - (second?.share ?? 0) < 0.3) return;
  for (const { story } of scored) if (story !== best.story) removeElement(story, 'another-story', 'prune', removed);
}
