import type { RemovedItem, RuleName } from './types';
import { adLabelText, audioNoteText, callToActionText, railHeadingText, readingTimeText, signUpText } from './patterns';
import { foldedText, linkDensity, removeElement } from './dom-measures';
import { isCollectingForm, isShareBar } from './prune';

export interface DeclutterContext {
  title: string;
  byline: string | null;
  removed: RemovedItem[];
}

const blockSelector = 'div, section, aside, p, ul, ol, li, form, figure, blockquote, table, h2, h3, h4, h5, h6, span, a, button, label';
/** Strong sign-up wording: never in prose about newsletters, only in the forms themselves. */
const formRemnant = /(indicates required|enter (your|an|a valid|correct) e-?mail|successful+y subscribed|thank(s| you) for (signing up|subscribing)|confirmation e-?mail|your e-?mail address|^e-?mail( address)?\*?$|^subscribe$|^sign up$)/i;
const tagHref = /\/(tags?|topics?|categor(y|ies)|subjects?|keywords?|label)\//i;

function isHeadingLike(el: Element, text: string): boolean {
  if (/^H[2-6]$/.test(el.tagName)) return true;
  return text.length <= 40 && !!el.querySelector('strong, b') && foldedText(el.querySelector('strong, b')!) === text;
}

/** What clutter, if any, a block is: judged by its text, form semantics and links, never by class names. */
export function classifyBlock(el: Element, text: string, ctx: DeclutterContext): RuleName | null {
  const length = text.length;
  if (el.tagName === 'FORM' && isCollectingForm(el)) return 'form';
  if (length === 0) return el.tagName === 'AUDIO' ? 'audio-note' : null;
  if (length <= 500 && formRemnant.test(text)) return 'newsletter';
  if (length <= 220 && signUpText.test(text) && el.tagName !== 'P') return 'newsletter';
  if (length <= 140 && signUpText.test(text) && linkDensity(el, text) < 0.5 && /[!:]|\b(sign|subscribe|join|get)\b/i.test(text)) return 'newsletter';
  if (length <= 200 && audioNoteText.test(text)) return 'audio-note';
  if (adLabelText.test(text)) return 'ad';
  if (length <= 120 && callToActionText.test(text)) return 'call-to-action';
  if (length <= 150 && readingTimeText.test(text)) return 'duplicate-header';
  if (length <= 200 && ctx.byline && text.includes(ctx.byline) && /\d/.test(text) && !/[.!?]["”’]?$/.test(text)) return 'duplicate-header';
  if (isShareBar(el)) return 'share-bar';
  const links = el.querySelectorAll('a[href]');
  if (links.length >= 3 && length <= 600) {
    const density = linkDensity(el, text);
    const tagLinks = Array.from(links).filter((a) => tagHref.test(a.getAttribute('href') ?? '')).length;
    if (density >= 0.8 && (tagLinks >= links.length / 2 || /^(tags|topics|filed under|themen|étiquettes)\b/i.test(text))) return 'tags';
  }
  if (isRelatedCard(el, text)) return 'related';
  return null;
}

/** A teaser for another story: a linked headline and a short blurb that trails off. */
function isRelatedCard(el: Element, text: string): boolean {
  if (text.length > 600 || !/(…|\.\.\.)$/.test(text)) return false;
  const link = el.querySelector('a[href]');
  if (!link) return false;
  const linkText = foldedText(link);
  return linkText.length >= 20 && linkText.length < text.length && !!el.querySelector('h2, h3, h4, h5, h6, strong, b, a h2, a h3');
}

/** Removes a rail: its heading and the link-heavy blocks after it, up to the next heading. */
function removeRail(heading: Element, ctx: DeclutterContext): boolean {
  const parent = heading.parentElement;
  if (parent && parent.children.length > 1 && parent.firstElementChild === heading) {
    const text = foldedText(parent);
    const headingText = foldedText(heading);
    if (text.length <= 1500 && (linkDensity(parent, text) >= 0.35 || text.length - headingText.length <= 400)) {
      removeElement(parent, 'related', 'declutter', ctx.removed);
      return true;
    }
  }
  const followers: Element[] = [];
  for (let next = heading.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName); next = next.nextElementSibling) {
    const text = foldedText(next);
    if (text.length > 600 || (text.length > 160 && linkDensity(next, text) < 0.35)) break;
    followers.push(next);
  }
  removeElement(heading, 'related', 'declutter', ctx.removed);
  for (const follower of followers) removeElement(follower, 'related', 'declutter', ctx.removed);
  return true;
}

/**
 * Removes the clutter Readability keeps. Top-down, so a whole sign-up box goes as one item; a block is
 * never removed when it holds more than `maxShare` of the article's text.
 */
export function removeClutter(root: Element, ctx: DeclutterContext, maxShare = 0.35): void {
  const total = foldedText(root).length || 1;
  for (const el of Array.from(root.querySelectorAll(blockSelector))) {
    if (!root.contains(el)) continue;
    const text = foldedText(el);
    if (text.length / total > maxShare) continue;
    if (text.length <= 60 && railHeadingText.test(text) && isHeadingLike(el, text)) {
      removeRail(el, ctx);
      continue;
    }
    const rule = classifyBlock(el, text, ctx);
    if (rule) removeElement(el, rule, 'declutter', ctx.removed);
  }
  for (const el of Array.from(root.querySelectorAll('div, section, li, p, figure'))) {
    if (root.contains(el) && !el.querySelector('img, picture, video, svg, hr, br, iframe') && !foldedText(el)) el.remove();
  }
}
