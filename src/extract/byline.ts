import { foldSpaces, withoutIconGlyphs } from './text';
import { isDateline } from './header-lines';

/** A byline's label without its names: Readability takes the first element named for a byline, which may hold only "By". */
const labelOnly = /^(by|von|par|por|di|door|oleh|автор|written by)\s*:?$/i;

/**
 * The writer the page marks up as its author (`itemprop="author"`, its `name` where it has one). Looked up only where
 * Readability's byline is a bare label: a whole-document query costs 50 ms on a 20,000-paragraph page in jsdom.
 */
export function markedAuthor(doc: Document): string | null {
  const author = doc.querySelector('[itemprop~="author"]');
  const name = foldSpaces((author?.querySelector('[itemprop~="name"]') ?? author)?.textContent ?? '');
  return name && name.length <= 100 && !labelOnly.test(name) ? name : null;
}

/**
 * The byline the header shows: Readability's, on one line (it keeps an author box's line breaks, WCXB 0353) and without
 * a date run into it (WCXB 4052), or the marked-up author where Readability's is a bare "By" (MIT Sloan's
 * `<p class="authors--byline">By</p>`, WCXB 0094).
 */
export function headerByline(readabilityByline: string | null | undefined, author: () => string | null): string | null {
  const byline = withoutDateline(foldSpaces(withoutIconGlyphs(readabilityByline ?? '')));
  return labelOnly.test(byline) ? author() : byline || null;
}

const datelineLabel = /(published|updated|posted)\b/i;

/** A byline box that holds the date too ("TopGear.comPublished: 11 Mar 2026"): the header shows the date apart. */
function withoutDateline(byline: string): string {
  const label = datelineLabel.exec(byline);
  if (!label) return byline;
  const before = byline.slice(0, label.index).replace(/[\s|·•,–—-]+$/, '');
  // A byline that is datelines only ("Last Updated: January 7, 2025", "April 28, 2019 Updated April 29, 2019") stays whole.
  if (!before || /^(last|first|originally)$/i.test(before) || isDateline(before)) return byline;
  return isDateline(byline.slice(label.index)) ? before : byline;
}
