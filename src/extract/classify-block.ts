import type { RuleName } from './types';
import {
  adLabelText, audioNoteText, backToTopText, pagerLinkText, callToActionText, commentsText, controlLabelText, copyrightText, disclosureText, errorMessageText,
  loadingText, pageCounterText, railHeadingText, sentenceEnd, storyLinkLabel, siteStoryLabel, fullStoryLink, shopButtonText, rawShortcode,
} from './patterns';
import { dateToken, filingText, metaLabels, postMetaText, readingTimeText } from './header-patterns';
import { elementsIn, foldedText, linkDensity, linkTags } from './dom-measures';
import { isShareBar } from './prune';
import { signUpRule } from './sign-up';
import { isBylineRemnant, isCredit, isDateline, namedReadingTime, repeatsTitle } from './header-lines';
import { citesThisPage, isBreadcrumb, isOwnAddress, parseUrl } from './page-address';
import { isSeparatedLine, isSeparatedTrail } from './separated-trail';
import { isAuthorBio } from './author-bio';
import { isListProse } from './list-prose';
import { inlineTags } from './declutter-blocks';
import { isPitch } from './pitch-links';

export interface BlockContext {
  title: string;
  byline: string | null;
  /** Readability's byline as the page wrote it, where the header shows it otherwise or not at all ("Authorized Dealer"). */
  pageByline?: string | null;
  /** Set by `listingLines`: bare dates, bylines, datelines and these teaser cards are what the page lists, not clutter. */
  listedLines?: Set<Element>;
  listedCards?: Set<Element>;
  /** The page's address: teaser cards link to other pages of its site, and a line of its own is a permalink to copy. */
  url?: string;
  /** The byline's names (`bylineNames`), for a writer's bio left without its heading. */
  authors?: readonly string[];
  /** Date lines are a thread's posts' own, not copies of the header's (set by declutter after the first post's). */
  postDates?: boolean;
}

const tagHref = /\/(tags?|topics?|categor(y|ies)|subjects?|keywords?|label)\/[^/?#]*\/?/i;

/**
 * A link to a tag's page ("/tag/nasa/"), unless the page itself lives under that path: a manual's links from
 * "/en/5.1/topics/forms/" to its own sub-pages ("/en/5.1/topics/forms/formsets/") are its contents (Django, WCXB 2999).
 */
function isTagHref(href: string, pageUrl: string | undefined): boolean {
  const path = parseUrl(href, pageUrl)?.pathname;
  const tag = path ? tagHref.exec(path) : null;
  if (!path || !tag) return false;
  const pagePath = pageUrl ? parseUrl(pageUrl)?.pathname : undefined;
  return !pagePath?.startsWith(path.slice(0, tag.index + tag[0].length));
}
const minutesText = /\b\d+\s*(min|mins|minutes?)\b/i;
/** An image file's address as a line of text (a shop's hidden custom fields: "cat_thumb_Bone: https://…/BONE_THUMB.jpg"). */
const imageAddress = /^https?:\/\/\S+\.(jpe?g|png|gif|webp|avif|svg)(\?\S*)?$/i;
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

/**
 * A code sample's label: the line right before a listing ("Response" over an API's example answer, Stripe's, WCXB 0680),
 * not a comments heading.
 */
function labelsCode(el: Element, text: string): boolean {
  let box = el;
  while (!box.nextElementSibling && box.parentElement && foldedText(box.parentElement) === text) box = box.parentElement;
  const next = box.nextElementSibling;
  return !!next && (next.tagName === 'PRE' || next.firstElementChild?.tagName === 'PRE');
}

/**
 * Moodle's link past each of its blocks ("Skip Course introduction and Topic navigation block"), judged after Readability:
 * taken out before it, the link's absence changed its pick and lost the course's introduction (WCXB 2157).
 */
function isBlockSkipLink(el: Element, text: string): boolean {
  if (!/^skip\s.{1,80}\sblock$/i.test(text)) return false;
  const link = el.tagName === 'A' ? el : el.querySelector('a');
  return !!link && (link.getAttribute('href') ?? '').startsWith('#') && foldedText(link) === text;
}

function isTagList(el: Element, text: string, pageUrl: string | undefined): boolean {
  if (text.length > 600) return false;
  const links = elementsIn(el, linkTags).filter((a) => a.hasAttribute('href'));
  // WordPress marks a post's categories and tags as such (rel="category tag"), however few; in a table they are a
  // product's attributes (WooCommerce's "Color: Orange, Red").
  if (links.length && links.every((a) => /\b(tag|category)\b/i.test(a.getAttribute('rel') ?? '')) && linkDensity(el, text) >= 0.8
    && !el.closest('td, th')) return true;
  if (links.length < 3 || linkDensity(el, text) < 0.8) return false;
  const tagLinks = links.filter((a) => isTagHref(a.getAttribute('href') ?? '', pageUrl)).length;
  return tagLinks >= links.length / 2 || /^(tags|topics|filed under|themen|étiquettes)\b/i.test(text);
}

/**
 * A short line with a call to action in it; or a paragraph that opens with one, which is one to its end ("Join our
 * Space Forums to keep talking space …! And if you have a news tip …"). Only a call of a few words opens a pitch: a
 * bare "Register" or "Sign in" also opens prose.
 */
function isCallToAction(text: string): boolean {
  if (text.length > 400) return false;
  const call = callToActionText.exec(text);
  if (!call || isQuotedLabel(text, call.index, call[0].length)) return false;
  return text.length <= 160 || (call.index === 0 && call[0].length >= 15);
}

/**
 * A control's label named in an instruction: capitalized between lower-case words, "Enter a message in the Click here
 * to reply field" (Twilio's guide). A title-case line ("Please Follow Us On Twitter") is not one.
 */
function isQuotedLabel(text: string, start: number, length: number): boolean {
  return /\p{Lu}/u.test(text[start] ?? '') && /(^|\s)\p{Ll}+\s+$/u.test(text.slice(0, start))
    && /^\s+\p{Ll}/u.test(text.slice(start + length).replace(/^[^\s]*/, ''));
}

/** "10 mins" after its label ("Prep", "Cook time") is a recipe's time, not the reading time of a story's header. */
function isLabelledTime(el: Element, text: string): boolean {
  const label = el.previousElementSibling ? foldedText(el.previousElementSibling) : '';
  return /^\d/.test(text) && !/\p{L}{4}/u.test(text.replace(/\b(mins?|minutes?|minutos?|minuti)\b/giu, ''))
    && label.length > 0 && label.length <= 30 && !/\d/.test(label);
}

/** A post's number linking to the post itself ("#1" → `…/post-32421305`): a forum post's permalink (WCXB 0532). */
function isPostNumber(el: Element, text: string): boolean {
  if (!/^#\d{1,5}$/.test(text)) return false;
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  return !!link && /(post|comment|reply|msg)[-_=/]?\d+/i.test(link.getAttribute('href') ?? '');
}

/** Short lines that are labels, credits, datelines and calls to action rather than prose. */
function shortLineRule(el: Element, text: string, ctx: BlockContext): RuleName | null {
  const length = text.length;
  if (repeatsTitle(text, ctx.title)) return 'duplicate-header';
  if (ctx.url && length <= 2000 && isOwnAddress(text, ctx.url)) return 'share-bar';
  if (ctx.url && length <= 500 && citesThisPage(text, ctx.url)) return 'boilerplate';
  if ((ctx.url && length <= 80 && isBreadcrumb(el, text, ctx.url)) || isSeparatedTrail(el, text) || isSeparatedLine(el, text)) return 'navigation';
  if (length <= 200 && audioNoteText.test(text)) return 'audio-note';
  if (adLabelText.test(text)) return 'ad';
  if (length <= 40 && loadingText.test(text)) return 'boilerplate';
  if (length <= 180 && errorMessageText.test(text)) return 'boilerplate';
  if ((length <= 40 && postMetaText.test(text)) || isPostNumber(el, text)) return 'boilerplate';
  if (isCallToAction(text) || isPitch(el, text) || (length <= 30 && controlLabelText.test(text))) return 'call-to-action';
  if (length <= 60 && !inlineTags.has(el.tagName) && shopButtonText.test(text)) return 'call-to-action';
  if (length <= 150 && readingTimeText.test(text) && !isLabelledTime(el, text)) return 'duplicate-header';
  if (length <= 100 && namedReadingTime.test(text)) return 'duplicate-header';
  if (((isDateline(text) && !ctx.postDates) || isBylineRemnant(text, ctx.byline) || text === ctx.pageByline) && !ctx.listedLines?.has(el)) return 'duplicate-header';
  if (length <= 250 && (text.match(metaLabels)?.length ?? 0) >= 2) return 'duplicate-header';
  if (length <= 120 && filingText.test(text)) return 'duplicate-header';
  const startsWithByline = !!ctx.byline && (text.startsWith(ctx.byline) || /^(by|von|par|por)\s/i.test(text)) && text.includes(ctx.byline);
  // A date or a reading time after the byline ("By Jane Doe | March 3, 2024"): any digit was too little where the byline is
  // the site's name ("Beachbody Performance Recover, 1 cup blueberries" is a menu's line, AEB 5f03fc17).
  if (length <= 200 && startsWithByline && (dateToken.test(text) || minutesText.test(text)) && !sentenceEnd.test(text)) return 'duplicate-header';
  if (isCredit(el, text)) return 'credit';
  if (ctx.authors?.length && isAuthorBio(text, ctx.authors)) return 'author-box';
  if (length <= (/moderat|moderad|modér|comment(s|ing)? (policy|guidelines)|^by (posting|submitting|leaving) (a|your) comment,? you/i.test(text) ? 200 : 60)
    && commentsText.test(text) && !labelsCode(el, text)) return 'comments';
  if (pageCounterText.test(text) || backToTopText.test(text) || isBlockSkipLink(el, text)) return 'navigation';
  if (length <= 30 && pagerLinkText.test(text) && (el.closest('a[href]') || linkDensity(el, text) >= 0.9)) return 'navigation';
  if (length <= 250 && storyLinkLabel.test(text) && (el.querySelector('a[href]') || length <= 120)) return 'related';
  // Without the colon, the rest a link: "Also read how to save money on car repairs." (Consumer Reports, WCXB 4184).
  if (length <= 200 && /^(also read|read also|read more|related)\s+[^:\s]/i.test(text) && linkDensity(el, text) >= 0.6) return 'related';
  if (((length <= 100 && fullStoryLink.test(text)) || (length <= 250 && siteStoryLabel.test(text)))
    && (el.closest('a[href]') || linkDensity(el, text) >= 0.9)) return 'related';
  if (length <= 500 && rawShortcode.test(text)) return 'boilerplate';
  if (length <= 500 && imageAddress.test(text) && !el.closest('pre, code')) return 'boilerplate';
  // A caption's "© Provided by …" can open a paragraph of prose (msn): only a short line or a rights notice is boilerplate.
  if (length <= 300 && copyrightText.test(text) && (text.split(/\s+/).length <= 20 || /rights reserved|copyright\b/i.test(text))) return 'boilerplate';
  // A paragraph that opens as a disclosure is one to its end ("Disclosure: As an Affiliate Marketer, I earn from …").
  if ((length <= 300 || (length <= 600 && /^(affiliate )?disclosure\s*:/i.test(text))) && disclosureText.test(text)) return 'boilerplate';
  return null;
}

const networkName = /^(facebook|twitter|x|bluesky|linkedin|reddit|tumblr|whatsapp|pinterest|e-?mail|(copy )?link|threads|mastodon|telegram|flipboard|messenger|sms|pocket|instagram|youtube|tiktok|share)$/i;

/**
 * A row of links named only for networks ("Facebook X Bluesky LinkedIn Reddit Tumblr WhatsApp Link"): share or follow
 * buttons whose addresses are the page's script's (XenForo's point at `#` and hold no endpoint).
 */
function isNetworkBar(el: Element, text: string): boolean {
  if (text.length > 200) return false;
  const links = elementsIn(el, linkTags).map(foldedText).filter(Boolean);
  if (links.length < 3 || !links.every((name) => networkName.test(name))) return false;
  return !text.replace(/^share\s*:?/i, '').split(/[\s,|·•/]+/).some((word) => word && !links.some((name) => name.split(' ').includes(word)));
}

/**
 * A site's keyboard help, which its style sheet keeps hidden until "?" is pressed (mdBook's, at the top of every
 * book's page: "Keyboard shortcuts. Press ← or → to navigate between chapters … Press Esc to hide this help").
 */
const isKeyboardHelp = (el: Element, text: string) => /\b(show|hide|close|toggle) this help\b/i.test(text)
  && el.getElementsByTagName('kbd').length >= 3;

/** What clutter, if any, a block is: judged by its text, form semantics and links, never by class names. */
export function classifyBlock(el: Element, text: string, ctx: BlockContext): RuleName | null {
  if (text.length === 0) return el.tagName === 'AUDIO' ? 'audio-note' : null;
  const signUp = signUpRule(el, text);
  if (signUp && !(signUp === 'newsletter' && isListProse(el, text))) return signUp;
  if (text.length > 600) return null;
  const short = shortLineRule(el, text, ctx);
  if (short && !(short === 'call-to-action' && isListProse(el, text))) return short;
  if (isShareBar(el) || isNetworkBar(el, text)) return 'share-bar';
  if (isKeyboardHelp(el, text)) return 'boilerplate';
  if (isTagList(el, text, ctx.url)) return 'tags';
  if ((isRelatedCard(el, text) && !ctx.listedCards?.has(el)) || isShoutedLink(el, text) || isInlineRail(el, text)) return 'related';
  return null;
}
