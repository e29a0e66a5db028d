import type { RuleName } from './types';
import {
  adLabelText, audioNoteText, callToActionText, commentsText, copyrightText, creditText, datelineFiller, dateToken,
  disclosureText, loadingText, metaLabels, pageCounterText, railHeadingText, readingTimeText, sentenceEnd, signUpText, storyLinkLabel,
} from './patterns';
import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';
import { isCollectingForm, isShareBar } from './prune';
import { foldSpaces } from './text';
import { citesThisPage, isBreadcrumb, isOwnAddress } from './page-address';
import { isAuthorBio } from './author-bio';

export interface BlockContext {
  title: string;
  byline: string | null;
  /** Set by `listingLines`: bare dates and these teaser cards are what the page lists, not clutter around it. */
  listedDates?: Set<Element>;
  listedCards?: Set<Element>;
  /** The page's address: teaser cards link to other pages of its site, and a line of its own is a permalink to copy. */
  url?: string;
  /** The byline's names (`bylineNames`), for a writer's bio left without its heading. */
  authors?: readonly string[];
}

/**
 * Strong sign-up wording: never in prose about newsletters, only in the forms themselves. With a text-message
 * sign-up's consent line ("Msg and data rates may apply … Reply STOP to opt out") and the label of Gravity Forms'
 * hidden anti-spam field, which a page's style sheet hides and a copy without it shows.
 */
const formRemnant =
  /(indicates required|enter (your|an|a valid|correct) e-?mail|successful+y subscribed|thank(s| you) for (signing up|subscribing)|confirmation e-?mail|your e-?mail address|^e-?mail( address)?\*?$|^subscribe$|^sign up$|(msg|message) (&|and) data rates may apply.{0,200}\breply stop\b|^this field is for validation purposes and should be left unchanged\.?$)/i;
const tagHref = /\/(tags?|topics?|categor(y|ies)|subjects?|keywords?|label)\//i;
const minutesText = /\b\d+\s*(min|mins|minutes?)\b/i;
/** "Bridgestone Team | 5 min read": a name and the reading time, the header's line. */
const namedReadingTime = /^[^|·•]{1,60}\s[|·•]\s*\d+\s*(min|mins|minutes?)\.?\s*read$/i;

/** "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.": two spans of a header run together, taken apart. */
const unglued = (text: string) => text.replace(/(\d)(?=\p{L}{4})/gu, '$1 ');

/** A line that is only a date, a time and words like "Updated" or "by": the header's remnant. */
export function isDateline(line: string): boolean {
  if (line.length > 100 || !dateToken.test(line)) return false;
  const text = unglued(line);
  const rest = text.replace(datelineFiller, ' ').trim();
  if (!rest) return true;
  // Names after "by" and a source after "Updated …" may stay; any other word makes it a sentence or a title.
  const allowed = /\b(by|von|par|por|oleh)\b/i.test(text) ? 6 : /\b(published|updated|posted|publié|publicado)\b/i.test(text) ? 2 : 0;
  return rest.split(/\s+/).length <= allowed;
}

/** What a dateline may say about the story itself ("Published …", "Updated 2 hours ago", "By …"): the header's, never data. */
const storyMeta = /\b(published|updated|posted|modified|by|ago|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato)\b/i;

/** A line that is a date or a time and nothing else ("March 16, 2026", "10:32 AM"). */
export function isBareDate(text: string): boolean {
  return isDateline(text) && !storyMeta.test(unglued(text));
}

const foldTitle = (text: string) => foldSpaces(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * The title again, which the reader's header already shows: Readability's own check compares ASCII words only (it
 * misses Arabic or Cyrillic) and never sees a region chosen around its pick, whose `<h1>` it has not cleaned. The page's
 * title may carry the site's name after a separator ("Regular physical activity can boost mood - Harvard Health").
 */
export function repeatsTitle(text: string, title: string): boolean {
  if (text.length < 8 || text.length > 300) return false;
  const line = foldTitle(text);
  const full = foldTitle(title);
  return line === full || (full.startsWith(line) && /^\s*[-|–—:·•»]/.test(full.slice(line.length)));
}

const sourceLabel = /^\(?((image|photo|picture)s? )?(source|credit)s?\s*:/i;

/** A photo credit standing alone, not a caption that ends with one. */
export function isCredit(el: Element, text: string): boolean {
  const limit = el.closest('figure, figcaption') ? 100 : 70;
  if (text.length > limit || text.split(' ').length > 9 || !creditText.test(text)) return false;
  // "Photo: Firefighters at the scene." describes the picture; "Image source: Getty Images." only credits it.
  return !/[.!?]$/.test(text.replace(/\(\w+\)$/, '')) || sourceLabel.test(text);
}

/** "Written by", "Reviewed by": a header credit's label, its names in links of their own or gone. */
const creditLabel = /^(written|reviewed|medically reviewed|edited|fact[- ]checked|reported)\s+by\b\s*/i;
const roleConnectors = new Set(['and', 'of', 'in', 'for', 'at', 'the', 'to', '&', 'und', 'et', 'y', 'de']);

/**
 * Names and titles only, as a header credits them ("Toni Golen, MD, Editor in Chief, Harvard Women's Health Watch;
 * Contributor"): every word capitalized or a connector, no sentence.
 */
function isNamesAndTitles(text: string, maxWords: number): boolean {
  if (!text || sentenceEnd.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= maxWords && words.every((word) => {
    const bare = word.replace(/^[(“"'‘]+|[),;:“”"'’]+$/g, '');
    return !bare || /^\p{Lu}/u.test(bare) || roleConnectors.has(bare.toLowerCase());
  });
}

/** "By", the byline again, "By Jane Doe and John Roe", "Reviewed by Dr. John Roe, MD": names and titles, no sentence. */
function isBylineRemnant(text: string, byline: string | null): boolean {
  if (/^(by|von|par|por|di|door|oleh|автор)$/i.test(text)) return true;
  if (/^(by|von|par|por)\s+(\p{Lu}[\p{L}.'’-]*,?\s*(and\s+|und\s+|et\s+|y\s+|&\s+)?){1,6}$/u.test(text)) return true;
  const credit = creditLabel.exec(text);
  if (credit && (credit[0].length === text.length || /^[:,]$/.test(text.slice(credit[0].length)) ||
    (/^\p{Lu}/u.test(text.slice(credit[0].length)) && isNamesAndTitles(text.slice(credit[0].length), 40)))) return true;
  if (!byline) return false;
  const plain = text.replace(/^(by|von|par|por|di|door)\s+/i, '');
  if (plain === byline || text === byline) return true;
  // The byline with the writer's title: "Maureen Salamon, Executive Editor, Harvard Women's Health Watch".
  return plain.startsWith(`${byline},`) && isNamesAndTitles(plain.slice(byline.length + 1).trim(), 12);
}

/** A teaser for another story: a linked headline and a short blurb that trails off. */
export function isRelatedCard(el: Element, text: string): boolean {
  if (text.length > 600 || !/(…|\.\.\.)$/.test(text)) return false;
  const link = el.querySelector('a[href]');
  if (!link) return false;
  const linkText = foldedText(link);
  return linkText.length >= 20 && linkText.length < text.length && !!el.querySelector('h2, h3, h4, h5, h6, strong, b');
}

/** A line that is only a link, in capitals: a promoted headline for another story. */
function isShoutedLink(el: Element, text: string): boolean {
  if (text.length > 200 || text.split(' ').length < 4) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters > 0 && capitals / letters >= 0.9 && linkDensity(el, text) >= 0.9;
}

const inlineLabels = new Set(['STRONG', 'B', 'SPAN', 'EM']);

/** A rail packed into one paragraph: a rail heading in bold, then linked headlines ("DON'T MISS" and three links). */
function isInlineRail(el: Element, text: string): boolean {
  const label = el.firstElementChild;
  if (!label || !inlineLabels.has(label.tagName)) return false;
  const labelText = foldedText(label);
  return !!labelText && text.startsWith(labelText) && railHeadingText.test(labelText) && linkDensity(el, text) >= 0.5;
}

function isTagList(el: Element, text: string): boolean {
  if (text.length > 600) return false;
  const links = elementsIn(el, linkTags).filter((a) => a.hasAttribute('href'));
  if (links.length < 3 || linkDensity(el, text) < 0.8) return false;
  const tagLinks = links.filter((a) => tagHref.test(a.getAttribute('href') ?? '')).length;
  return tagLinks >= links.length / 2 || /^(tags|topics|filed under|themen|étiquettes)\b/i.test(text);
}

/** Sign-up boxes and their remnants. Prose about newsletters is long and has no form wording. */
function signUpRule(el: Element, text: string): RuleName | null {
  if (el.tagName === 'FORM' && isCollectingForm(el)) return 'form';
  if (text.length <= 500 && formRemnant.test(text)) return 'newsletter';
  if (!signUpText.test(text)) return null;
  if (text.length <= 220 && el.tagName !== 'P') return 'newsletter';
  const imperative = /^(sign up|subscribe|join|get|enter|never miss|don['’]?t miss|want|stay)\b|[!:]$/i;
  if (text.length <= 140 && linkDensity(el, text) < 0.5 && imperative.test(text)) return 'newsletter';
  // A pitch addresses the reader and names the sign-up twice ("Sign up … to get the free newsletter in your inbox").
  const phrases = new Set((text.match(new RegExp(signUpText.source, 'gi')) ?? []).map((m) => m.toLowerCase()));
  if (text.length <= 250 && phrases.size >= 2 && /\b(you|your)\b/i.test(text)) return 'newsletter';
  return null;
}

/** Short lines that are labels, credits, datelines and calls to action rather than prose. */
function shortLineRule(el: Element, text: string, ctx: BlockContext): RuleName | null {
  const length = text.length;
  if (repeatsTitle(text, ctx.title)) return 'duplicate-header';
  if (ctx.url && length <= 2000 && isOwnAddress(text, ctx.url)) return 'share-bar';
  if (ctx.url && length <= 500 && citesThisPage(text, ctx.url)) return 'boilerplate';
  if (ctx.url && length <= 80 && isBreadcrumb(el, text, ctx.url)) return 'navigation';
  if (length <= 200 && audioNoteText.test(text)) return 'audio-note';
  if (adLabelText.test(text)) return 'ad';
  if (length <= 40 && loadingText.test(text)) return 'boilerplate';
  if (length <= 160 && callToActionText.test(text)) return 'call-to-action';
  if (length <= 150 && readingTimeText.test(text)) return 'duplicate-header';
  if (length <= 100 && namedReadingTime.test(text)) return 'duplicate-header';
  if ((isDateline(text) && !ctx.listedDates?.has(el)) || isBylineRemnant(text, ctx.byline)) return 'duplicate-header';
  if (length <= 250 && (text.match(metaLabels)?.length ?? 0) >= 2) return 'duplicate-header';
  const startsWithByline = !!ctx.byline && (text.startsWith(ctx.byline) || /^(by|von|par|por)\s/i.test(text)) && text.includes(ctx.byline);
  // A date or a reading time after the byline ("By Jane Doe | March 3, 2024"): any digit was too little where the byline is
  // the site's name ("Beachbody Performance Recover, 1 cup blueberries" is a menu's line, AEB 5f03fc17).
  if (length <= 200 && startsWithByline && (dateToken.test(text) || minutesText.test(text)) && !sentenceEnd.test(text)) return 'duplicate-header';
  if (isCredit(el, text)) return 'credit';
  if (ctx.authors?.length && isAuthorBio(text, ctx.authors)) return 'author-box';
  if (length <= (/moderat|comment(s|ing)? (policy|guidelines)|^by (posting|submitting|leaving) (a|your) comment,? you/i.test(text) ? 200 : 60)
    && commentsText.test(text)) return 'comments';
  if (pageCounterText.test(text)) return 'navigation';
  if (length <= 250 && storyLinkLabel.test(text) && (el.querySelector('a[href]') || length <= 120)) return 'related';
  // A caption's "© Provided by …" can open a paragraph of prose (msn): only a short line or a rights notice is boilerplate.
  if (length <= 300 && copyrightText.test(text) && (text.split(/\s+/).length <= 20 || /rights reserved|copyright\b/i.test(text))) return 'boilerplate';
  // A paragraph that opens as a disclosure is one to its end ("Disclosure: As an Affiliate Marketer, I earn from …").
  if ((length <= 300 || (length <= 600 && /^(affiliate )?disclosure\s*:/i.test(text))) && disclosureText.test(text)) return 'boilerplate';
  return null;
}

/** What clutter, if any, a block is: judged by its text, form semantics and links, never by class names. */
export function classifyBlock(el: Element, text: string, ctx: BlockContext): RuleName | null {
  if (text.length === 0) return el.tagName === 'AUDIO' ? 'audio-note' : null;
  const signUp = signUpRule(el, text);
  if (signUp) return signUp;
  if (text.length > 600) return null;
  const short = shortLineRule(el, text, ctx);
  if (short) return short;
  if (isShareBar(el)) return 'share-bar';
  if (isTagList(el, text)) return 'tags';
  if ((isRelatedCard(el, text) && !ctx.listedCards?.has(el)) || isShoutedLink(el, text) || isInlineRail(el, text)) return 'related';
  return null;
}
