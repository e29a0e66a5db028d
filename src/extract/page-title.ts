import { foldSpaces } from './text';
import { parseUrl, siteOf } from './page-address';

/**
 * The article's headline without the site's name that a document title or `og:title` carries ("What is Cloud
 * Computing? | Google Cloud", "Leadfeeder | State of SEO in 2026"). Readability keeps it whenever its metadata gave the
 * title, and drops only a last part, which may be the headline's own. WCXB's annotated headlines have no site name.
 */

// Separators between a headline and a site's name, spaced on both sides ("A - B", never "e-mail" or "5-7").
const separator = /\s+(?:[|\-–—·•»/]|::)\s+/g;
const maxHeadings = 3;
// A part that names no page, on any site: "Best Sharpening Stones ® | Home Page" (WCXB 4122).
const genericPart = /^(home|home ?page|official (web)?site|blog)$/i;
// A manual's name as its pages' titles end: "Middleware | Django documentation", "Quickstart — Flask Documentation
// (3.1.x)", "Advanced Usage — Requests 2.33.0.dev1 documentation", "Charges | Stripe API Reference" (WCXB 0661–0665, 0680).
// Named with capitals or a version: "Git - git-commit Documentation" is that page's own name (0689). No `i` flag, which
// would let \p{Lu} match lower-case letters.
const manualPart = /^((\p{Lu}\S*|v?\d\S*) ){0,3}([Dd]ocumentation|[Dd]ocs|API [Rr]eference)( \(?v?[\d.x]+\)?)?$/u;
// phpBB's name for its page, between the site's name and the topic's: "NationStates • View topic - 2025-26 Football
// Season" (WCXB 0540; the site's name there is not its host's, forum.nationstates.net).
const viewPart = /^view (topic|thread)$/i;

/** The site's declared name as the header shows it: none where it names no site ("Homepage", "/": WCXB 0278). */
export function shownSiteName(siteName: string | null | undefined): string | null {
  const name = foldSpaces(siteName ?? '');
  return name && /[\p{L}\p{N}]/u.test(name) && !genericPart.test(name) ? name : null;
}

const fold = (text: string) => foldSpaces(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const letters = (text: string) => fold(text).replace(/[^\p{L}\p{N}]/gu, '');

// A heading named the site's logo or title, it or its parent (PIXNET's `topbar__logo__title`, mdBook's `menu-title`).
const logoClass = /logo|site[-_]?(title|name)|brand|menu[-_]?title/i;
// A post's tags and categories, as WordPress and Squarespace write them into its classes, are no role ("tag-sustainable-
// brands", WCXB 4113).
const roleClasses = (el: Element | null) => (el?.getAttribute('class') ?? '').split(/\s+/).filter((name) => !/^(tag|category)-/.test(name)).join(' ');
const logoNamed = (heading: Element) => [heading, heading.parentElement].some((el) => logoClass.test(roleClasses(el)));
/** A heading that is the site's logo (`<h1><a href="/">Site</a></h1>`) or a link, not a headline. */
const isLogo = (heading: Element) =>
  !!heading.closest('a') || fold(heading.querySelector('a')?.textContent ?? '') === fold(heading.textContent ?? '') || logoNamed(heading);
/**
 * A logo heading that shows the site's name: named a logo, or a link to a home page. A headline linked to its own story
 * (WordPress's `<h1><a href="/the-post/">`, WCXB 4001, 4166) names no site.
 */
function showsSiteName(heading: Element): boolean {
  if (logoNamed(heading)) return true;
  const href = (heading.closest('a') ?? heading.querySelector('a'))?.getAttribute('href');
  const address = href == null ? null : parseUrl(href, heading.ownerDocument.baseURI);
  return !!address && homePath.test(address.pathname);
}

/** The page's first `<h1>` that is not its logo. */
export function firstHeadline(doc: Document): Element | null {
  const all = doc.getElementsByTagName('h1');
  for (let i = 0; i < all.length; i++) if (!isLogo(all[i]!) && foldSpaces(all[i]!.textContent ?? '')) return all[i]!;
  return null;
}

/** The page's `<h1>` texts, spaces folded: its first few headlines, and the names its logo headings show. */
export interface PageHeadlines {
  heads: string[];
  logos: string[];
}

/** Read before Readability, which takes the headings out of the document it parses. */
export function pageHeadlines(doc: Document): PageHeadlines {
  const found: PageHeadlines = { heads: [], logos: [] };
  const all = doc.getElementsByTagName('h1');
  for (let i = 0; i < all.length && found.heads.length < maxHeadings; i++) {
    const heading = all[i]!;
    const text = foldSpaces(heading.textContent ?? '');
    if (!text) continue;
    if (!isLogo(heading)) found.heads.push(text);
    else if (showsSiteName(heading)) found.logos.push(text);
  }
  return found;
}

// A site's home page, in one language or another ("/", "/en/", "/us-en/"): its title is the site's own.
const homePath = /^\/([a-z]{2}([-_][a-z]{2})?\/?)?(index\.\w+)?$/i;

/**
 * Names the site goes by: its declared name, its logo heading's ("Recoverable Errors with Result - The Rust Programming
 * Language", whose `<h1>` is mdBook's menu title), its host's name ("esprit-barbecue.fr" → "espritbarbecue"), the host.
 * None on its home page, whose title names the site ("BetterHelp | Professional Therapy With A Licensed Therapist").
 */
function siteNames(siteName: string | null, logos: readonly string[], url: string | undefined): string[] {
  const address = url ? parseUrl(url) : null;
  if (address && homePath.test(address.pathname)) return [];
  // A name declared as its domain ("Fiverr.com") is the name the title gives without it ("… | Fiverr").
  const names = [...(siteName ? [siteName, siteName.replace(/\.[a-z]{2,6}$/i, '')] : []), ...logos].map(letters);
  const host = address ? siteOf(address) : '';
  if (host) names.push(letters(host), letters(host.split('.').slice(0, -1).join('.')));
  return names.filter((name) => name.length >= 3);
}

/**
 * Whether a title's part (its letters) is the site's name: the same letters, or most of the host's name from its
 * start ("Encore Realty" on encorerealtysc.com, WCXB 0223).
 */
const namesSite = (part: string, site: string) =>
  part === site || (part.length >= 6 && site.startsWith(part) && part.length >= 0.75 * site.length);

/** The title's parts between separators, each with where it starts and ends in the title. */
function parts(title: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of title.matchAll(separator)) {
    found.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  found.push({ start, end: title.length });
  return found;
}

/**
 * The page's first headline where the title holds it set apart by punctuation: a title's keywords or a shop's slogan
 * after it ("Best Camping Hammocks of 2026, Tested & Reviewed", "Hiking Boots: Shop Boots for Hiking & Backpacking",
 * "Command Decorating Clips 3FB7J, Clear, 40-Clips ()"), or a prefix before ("Amazon.com: …", "Garnix Blog: …"). Never
 * a headline that runs into the title's next word ("Pet Insurance for Dogs & Cats" stays whole), nor the site's name.
 */
function headlineWithin(title: string, headline: string | undefined, isSite: (text: string) => boolean): string {
  if (!headline || letters(headline).length < 4 || isSite(headline)) return title;
  const spaced = foldSpaces(title);
  const folded = fold(spaced);
  const wanted = fold(headline);
  const at = folded.indexOf(wanted);
  // The title's own letters are shown, not the heading's: a heading's text may be cased by its style sheet.
  if (at < 0 || folded.length !== spaced.length || wanted.length === folded.length) return title;
  const before = folded.slice(0, at).trimEnd();
  const after = folded.slice(at + wanted.length).trimStart();
  const apart = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char);
  return apart(before.at(-1)) && apart(after[0]) ? spaced.slice(at, at + wanted.length) : title;
}

/**
 * The page's headline where the title is its start, cut short: "Graphic Information Technology vs. Graphic Design"
 * under "…: Which program is right for you?", "What do you guys think will be the trend in the watch..." (WCXB 0162,
 * 0529, 0320, 4070). Not where the headline goes on with a separator and a name ("Catering Tips | Cookshack", 1066), a
 * capital after a space (a button's text run into it, "IAM overview Stay organized…", 3037) or in capitals only.
 */
function wholeHeadline(title: string, headline: string | undefined): string {
  if (!headline || !/\p{Ll}/u.test(headline) || fold(headline).length !== headline.length) return title;
  const start = fold(title.replace(/\s*(\.\.\.|…)$/, ''));
  if (start.length < 10 || headline.length <= start.length + 1 || !fold(headline).startsWith(start)) return title;
  const rest = headline.slice(start.length);
  return /^\s+[|\-–—·•»/]\s/.test(rest) || /^\s+\p{Lu}/u.test(rest) ? title : headline;
}

export function titleWithoutSite(title: string, page: PageHeadlines, siteName: string | null, url?: string): string {
  const { heads } = page;
  const sites = siteNames(siteName, page.logos, url);
  const isSite = (text: string) => sites.some((site) => namesSite(letters(text), site)) || genericPart.test(text.trim()) || manualPart.test(text.trim());
  return wholeHeadline(headlineWithin(withoutSiteParts(title, heads.map(fold), isSite), heads[0], isSite), heads[0]);
}

function withoutSiteParts(title: string, heads: readonly string[], isSite: (text: string) => boolean): string {
  const pieces = parts(title);
  if (pieces.length < 2) return title;
  const span = (from: number, to: number) => title.slice(pieces[from]!.start, pieces[to]!.end).trim();
  // The page's own headline, where the title holds it between separators (first or last parts, or one part).
  for (let from = 0; from < pieces.length; from++) {
    for (let to = pieces.length - 1; to >= from; to--) {
      if (from === 0 && to === pieces.length - 1) continue;
      const run = span(from, to);
      if (heads.includes(fold(run)) && !isSite(run)) return run;
    }
  }
  // Else the site's name at either end goes, while a part is left.
  let from = Math.max(0, pieces.findIndex((_, at) => at < pieces.length - 1 && viewPart.test(span(at, at))) + 1);
  let to = pieces.length - 1;
  while (to > from && isSite(span(to, to))) to--;
  while (to > from && isSite(span(from, from))) from++;
  return span(from, to);
}

/**
 * The page's headline where the title shown says nothing the page says: the site's slogan once the site's name is gone
 * ("Reddit - The heart of the internet" over every thread, WCXB 0561, 0563, 4008) or another page's name that the
 * metadata gives ("Sample menus" over "7 days of healthy meals on a budget", 0096). A document's own title, whole, stays
 * (a test page's "Share buttons removal test" over its "Lorem ipsum"); a headline of a word or two is more often a
 * section's name ("Posts", "Web Designs") than the page's.
 */
export function titleOrHeadline(title: string, heads: readonly string[], pageText: () => string, documentTitle: string): string {
  const headline = heads[0];
  if (!headline || headline.split(' ').length < 3 || title === foldSpaces(documentTitle)) return title;
  const words = title.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  // The article's text is read only here: most titles stop above, and a long article's text is a long string.
  const text = words.length ? pageText() : '';
  const said = (word: string) => { const pattern = new RegExp(word, 'iu'); return pattern.test(text) || pattern.test(headline); };
  return words.length && !words.some(said) ? headline : title;
}
