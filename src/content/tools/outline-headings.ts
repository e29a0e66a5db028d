/** A heading's text as the outline shows it: spaces folded, zero-width characters (which draw nothing) dropped. */
export const headingLabel = (heading: Element): string =>
  (heading.textContent ?? '').replace(/[\u200b-\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim();

/**
 * The headings an outline lists: `h2`–`h4` with text, less those whose text the article repeats under other headings.
 * A review's "Pros" and "Cons" under each product, or a guide's "Example" under each function, label a part of a
 * section: an outline of "Pros, Cons, Pros, Cons" takes a reader nowhere, and the sections' own headings say more.
 */
export function outlineHeadings(article: Element): HTMLElement[] {
  const headings = Array.from(article.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((h) => headingLabel(h));
  const keys = headings.map((heading) => headingLabel(heading).toLowerCase());
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return headings.filter((_, i) => count.get(keys[i]!) === 1);
}
