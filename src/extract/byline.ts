import { foldSpaces, withoutIconGlyphs } from './text';
import { isBareDate, isDateline } from './header-lines';

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
 * The byline the header shows: Readability's, on one line (it keeps an author box's line breaks, WCXB 0353), without a
 * dateline run into it (WCXB 4052), an address, a profile link or a reading time; the marked-up author where Readability's
 * is a bare "By" or a box's label (MIT Sloan's `<p class="authors--byline">By</p>`, WCXB 0094); none where it is an
 * account's link, a badge or an id. On a `dated` page (one with a published time the header shows) a date at its edge
 * goes, and a date alone is no byline; elsewhere the date is set apart from the name.
 */
export function headerByline(
  readabilityByline: string | null | undefined,
  author: () => string | null,
  dated: boolean,
): string | null {
  let byline = withoutDateline(foldSpaces(withoutIconGlyphs(readabilityByline ?? '')));
  byline = foldSpaces(byline.replace(emailAddress, '').replace(profileLink, '').replace(readingTime, '').replace(gluedRest, ' $1').replace(gluedRole, ''))
    .replace(/^["“](.+)["”]$/, '$1').replace(gluedLabel, '$1 ').replace(moreAbout, '') || byline;
  byline = byline.replace(noiseBeforeLabel, '').replace(hoverBio, '$1').replace(trailingBadge, '') || byline;
  if (labelOnly.test(byline) || authorLabel.test(byline)) return author();
  // Readability takes any class with "author" in it: Magento's `authorization-link` is "Sign In" (WCXB 4495), a docs
  // page's `--reset-author` option, a profile's address or id.
  if (accountLink.test(byline) || !/\p{L}/u.test(byline) || /^(https?:|--)/.test(byline) || copyrightLine.test(byline)
    || breadcrumbTrail.test(byline) || filedIn.test(byline)) return null;
  // A byline that is the date alone shows twice beside the header's published date ("DECEMBER 27, 2024 · December 27, 2024").
  if (dated && isBareDate(byline)) return null;
  // So does a date beside the name ("By Sarah Schwartz — November 18, 2025", "Luke KimDecember 17, 2025"); on a page
  // whose header has no date of its own, the date stays, set apart from the name ("Luke Kim · December 17, 2025").
  // An update's date ("Last Updated: January 7, 2025") says something the published date does not: it stays whole.
  const dates = [trailingDate.exec(byline)?.[0], leadingDate.exec(byline)?.[0]];
  const named = byline.replace(trailingDate, '').replace(leadingDate, '');
  if (named && named !== byline && !datelineLabelOnly.test(named)) {
    const shown = dates.map((text) => text?.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/g, '')).filter(Boolean);
    byline = dated ? named : [named, ...shown].join(' · ');
  }
  return byline || null;
}

// A label run into the name it labels, two elements with no space between ("Written bySir Nuno", WCXB 4682). No `i`
// flag: with it, \p{Lu} matches lower-case letters too ("bygone").
const gluedLabel = /^((?:[Ww]ritten |[Pp]osted |[Ww]ords |[Tt]ext |[Ss]tory )?[Bb]y:?)(?=\p{Lu})/u;
// A date glued to the name and whatever follows it, a header's line read as one ("by jsteinhardt18th Dec 2025AI
// Alignment Forum3 min read", "Yucy3/4/2025000000Shares…": WCXB 0384, 4142).
// The date is set apart and kept for the date rules below; what follows it goes.
const gluedRest = /(?<=\p{L})(\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2}).*$/iu;
// A writer's role glued to the name, two elements with no space between ("Harry RabinowitzTech Reporter", "Mateusz
// HabernyFounder at Oakywood", "Cazzy MagennisLast" before "updated"): the role goes. A name's own capital ("McNally",
// "SubbaRao") is no role's word.
const gluedRole = /(?<=\p{Ll}{3})(?:AI|Tech|Senior|Staff|Chief|Head|Lead|Managing|Executive|Contributing|Founder|Co-Founder|CEO|Editor|Writer|Reporter|Contributor|Correspondent|Columnist|Reviewed|Last|Updated|Published)\b.*$/u;
// What a byline box says around the name: a dateline or a citation link before its "By" ("Last Updated: 2025-02-22 Cite
// this Webpage By Melanie Hanson", "Updated January 08, 2026 Written by Meghan Neville": WCXB 0020, 4138) or a sentence
// ("This post was written by Danielle Padula", 2381); a fact-check badge after the name; a hover card's bio after it
// ("Ellen O'Brien Ellen is an editor at Brides. Brides's Editorial Guidelines", Dotdash Meredith's tooltip, 4591).
const noiseBeforeLabel = /^(?=.*\b(?:updated|published|modified|cite this)\b).*?(?:\d{4}|cite this \w+)\s+(?=(?:written |posted )?by\b)|^this (?:post|article|guide|story) (?:was|is) (?:written |posted )?by:?\s+/i;
const hoverBio = /^((?:[Bb]y:? )?(\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){1,3}) \2 (?:is|was|has|writes|covers|joined)\b.*$/u;
const trailingBadge = /\s+(?:fact[- ]checked|get to know (?:them|him|her|me|us)!?)$/i;
// Not a byline at all: a breadcrumb trail ("Home » Technology Solutions » Cybersecurity", 4284), a post's filing line
// ("This review is posted in Mobile App Reviews", 0282).
const breadcrumbTrail = /^home\s*[»›>]\s|\s[»›]\s.*\s[»›]\s/i;
const filedIn = /^this (?:post|review|article|entry|story) (?:is|was) (?:posted|filed) (?:in|under)\b/i;
// A profile link's words before the name ("Read more about The Upwork Team", 4606) and a footer's copyright line taken
// for a byline ("The Pennsylvania State University © 2025", 0139, 0087).
const moreAbout = /^read more (about|from|by)\s+/i;
const copyrightLine = /©|\(c\) \d{4}|\ball rights reserved\b/i;
// What a byline box says besides the name: a heading or a link over it, the writer's address, the reading time.
const authorLabel = /^(about the (author|writer)s?|the author|authors?|topic author|follow( the)? author|full bio|author'?s profile)$/i;
const profileLink = /\s*(author['’]s profile|full bio|view all posts|follow)$/i;
const emailAddress = /\s*[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
// The header says how long the article takes to read, from its own count ("Dariusz Jaroń05 Nov 2025. 8 minutes read").
const readingTime = /[\s.|·•,–—-]*\d+\s*(min|mins|minutes?)\.?\s*read$/i;

const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const date = `(${month}\\s*\\d{1,2}(st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}(st|nd|rd|th)?\\s*${month},?\\s*\\d{4}|\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}(t[\\d:.+-]+)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})`;
const time = '([\\s,]*(at\\s+)?\\d{1,2}[:.]\\d{2}(:\\d{2})?(\\s*[ap]\\.?m\\.?)?)?';
const trailingDate = new RegExp(`[\\s|·•,–—-]*(on\\s+)?${date}${time}\\s*$`, 'i');
// A date with no year stands before a labelled name too ("Mar 6 Written By Audiophile On", Squarespace's, WCXB 4427).
const shortDate = `(${month}\\s*\\d{1,2}(st|nd|rd|th)?|\\d{1,2}(st|nd|rd|th)?\\s*${month})[\\s|·•,–—-]+(?=(written |posted )?by\\b)`;
const leadingDate = new RegExp(`^(${date}${time}[\\s|·•,–—-]*|${shortDate})`, 'i');

const datelineLabelOnly = /^((last|first|originally) )?(published|updated|posted|modified)( on)?:?$/i;
// Links and badges whose class has "author" in it: Magento's `authorization-link`, B&H's `authorized_…` dealer badge.
const accountLink = /^(sign|log)\s?(in|on|up|out)\b|^(my )?account$|^register$|^create (an )?account$|^authori[sz]ed (dealer|reseller|retailer|seller)$/i;

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

/** Whether the header shows a published date for `publishedTime` (as `formatDate` in the content script decides). */
export const showsDate = (publishedTime: string | null | undefined): boolean => {
  const value = publishedTime?.trim() ?? '';
  return !!value && (!Number.isNaN(new Date(value).getTime()) || value.length <= 40);
};
