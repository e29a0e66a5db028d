import type { RemovedItem, RuleName } from './types';
import { consentText, shareHref, shareLabel } from './patterns';
import { isProductPage, isReviewList, reviewsHint } from './customer-reviews';
import { declaredType, type DeclaredType } from './declared-type';
import { screenReaderCopies } from './screen-reader-text';
import { dropFieldLabels } from './form-remnants';
import { noteFurniture } from './forum-furniture';
import { contentsLabelBefore } from './table-of-contents';
import { isDialog, isModal, isNamedModal, unhideAround } from './modal-dialogs';
import { iconLigature, isEchoOfText, isIconWord, isNarrowScreenCopy, isResponsiveTwin, isScrambledLetter, isShortForm } from './style-hidden-text';
import { isHidden, keepStyledSize, textLength, unhidePage } from './hidden-elements';
import { firstHeadline } from './page-title';
import { isNamedBreadcrumb, isNavbar, markAuthorBox, namedFurniture } from './page-chrome';
import { removePriceBoxes } from './price-boxes';
import { isMenuPanel, openedIds, opensMenuPanel } from './menu-panels';
import { elementsIn, holdsArticle, inertTags, foldedText, linkDensity, linkTags, nameHints, removeElement, tagSet, tagsIn } from './dom-measures';

const mailInput = /mail/i;
const inputTag = tagSet('input');

/** Forms that collect an email address or a password: sign-up and log-in boxes, never article content. */
export function isCollectingForm(form: Element): boolean {
  for (const input of elementsIn(form, inputTag)) {
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type === 'email' || type === 'password' || input.getAttribute('autocomplete') === 'email') return true;
    if (mailInput.test(`${input.getAttribute('name') ?? ''} ${input.id} ${input.getAttribute('placeholder') ?? ''}`)) return true;
  }
  return false;
}

/** A share link; XenForo's points at `#` and keeps the endpoint in `data-href` for its script. */
const isShareLink = (a: Element) => shareHref.test(a.getAttribute('href') ?? '') || shareLabel.test(a.textContent ?? '')
  || shareHref.test(a.getAttribute('data-href') ?? '');

/** A block whose links are mostly share endpoints. */
export function isShareBar(el: Element): boolean {
  const links = elementsIn(el, linkTags).filter((a) => a.hasAttribute('href'));
  if (links.length < 2) return false;
  const share = links.filter(isShareLink).length;
  return share >= 2 && share / links.length >= 0.5 && foldedText(el).length < 300;
}

const adHint = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|ad-container|adsense|dfp|gpt-ad|sponsor(ed)?)($|[\s_-])/;
// Not "cmp-": Adobe Experience Manager's components are all `cmp-*` (`cmp-container` wraps whole pages).
const consentHint = /(cookie|consent|gdpr|onetrust|ot-pc-|didomi|usercentrics|quantcast|sp_message|truste|fides-)/;
// Ethyca's Fides: Condé Nast's sites (Ars Technica, Wired) open with its TCF banner, every purpose listed.
const consentPlatform = /(onetrust|ot-pc-|didomi|usercentrics|quantcast|sp_message|truste-consent|fides-(banner|modal|tcf))/;
const commentsHint = /(^|[\s_-])(comments?|disqus|discussion)($|[\s_-])/;
// A site's announcement strip ("Free shipping on orders $40+"), often one slide per country (Glossier's: 20).
const promoBarHint = /(promo|announcement)[_-]?(bar|banner)/;
/** Share of the page's text a promo bar may hold: more is a wrapper around the page (WCXB 4459's aside holds the post). */
const promoBarShare = 0.25;
/** A class named a call to action: `cta-box`, `post-cta-wrapper`, CSS modules' `AdvisorResourcesCTA_advisorCta__ex5AL`. */
const ctaName = /(^|[\s_-])cta([A-Z\s_-]|$)|[a-z](CTA|Cta)([A-Z\s_-]|$)/;
const actionTags = tagSet('a', 'button');
const ctaChars = 300;

/** A paragraph of prose, or wrappers of one child each around one (HomeAdvisor's `section > div > div > div > p`, WCXB 4074). */
function proseSibling(el: Element | null): boolean {
  let inner = el;
  for (let depth = 0; inner && inner.tagName !== 'P' && depth < 4 && inner.childElementCount === 1; depth++) inner = inner.firstElementChild;
  if (!el || inner?.tagName !== 'P') return false;
  const length = foldedText(inner).length;
  return length >= 80 && (inner === el || foldedText(el).length === length);
}

/** Set among the article's paragraphs (through wrappers of one child): a box in the story's flow, not a card. */
function besideProse(el: Element): boolean {
  let box = el;
  for (let depth = 0; depth < 3 && box.parentElement?.childElementCount === 1; depth++) box = box.parentElement;
  return proseSibling(box.previousElementSibling) || proseSibling(box.nextElementSibling);
}

/**
 * A box named a call to action that is one, in the story's flow: a line or two and a link or button ("Try Stitch
 * today · Sign up free") between the article's paragraphs. Page builders name their cards so too (Elementor's
 * `elementor-cta`, AEM's `cmp-cta`): a listing's trails, a service page's stories, which stand among other cards.
 */
function isCallToActionBox(el: Element): boolean {
  if (!ctaName.test(el.getAttribute('class') ?? '') || holdsArticle(el) || !besideProse(el)) return false;
  const length = foldedText(el).length;
  return length > 0 && length <= ctaChars && elementsIn(el, actionTags).length > 0;
}

const navRoles = new Set(['navigation', 'search', 'menubar', 'menu']);
const hintTags = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'FOOTER']);
const skipLink = /^(skip to|jump to|aller au contenu|zum inhalt|saltar al contenido|перейти до)/i;

// Without attributes (no hidden, style, role, aria-modal, href, class or id) only these tags can be judged.
const judgedBare = new Set(['NAV', 'DIALOG', 'FORM']);

interface PageFacts {
  /** Asked only of pages with a block named like reviews (`article`: of those whose reviews say nothing of themselves). */
  product: () => boolean;
  article: () => boolean;
  text: () => number;
  /** The text at the first promo bar; apart from `text`, which `unhidePage` needs once the menus went (WCXB 0583). */
  barText: () => number;
  /** The ids of panels the page's controls open (see menu-panels.ts). */
  opened: () => Set<string>;
  furniture?: Map<string, RuleName>;
}

/**
 * What a single element surely is, when it is surely not content; null otherwise. A screen-reader helper's visual twins
 * go as it is judged.
 */
function judge(el: Element, page: PageFacts): RemovedItem['rule'] | null {
  const tag = el.tagName;
  if (inertTags.has(tag)) return null;
  // One call instead of the dozen attribute reads below, on the page's many bare elements: each read from a content
  // script is a cross-world call, slow in Firefox (its prune stage took a third less time with this check).
  if (!judgedBare.has(tag) && !el.hasAttributes()) return null;
  // A screen-reader helper goes, or else its visual twins do, taken off as it is judged (see screen-reader-text.ts).
  const spoken = screenReaderCopies(el);
  for (const twin of spoken) if (twin !== el) twin.remove();
  const ligature = iconLigature(el);
  if (ligature) el.textContent = ligature;
  // A popover is hidden until the page opens it (a menu, a card of instructions), and is no accordion's panel.
  if (spoken.includes(el) || isHidden(el) || el.hasAttribute('popover') || isResponsiveTwin(el) || isEchoOfText(el)
    || isScrambledLetter(el) || isIconWord(el) || ligature === '' || isNarrowScreenCopy(el) || isShortForm(el)) return 'hidden';
  if (tag === 'NAV' || navRoles.has(el.getAttribute('role') ?? '')) return el.closest('p') ? null : 'navigation';
  if (isModal(el)) return 'modal';
  if (tag === 'A' && (el.getAttribute('href') ?? '').startsWith('#') && skipLink.test(foldedText(el))) return 'navigation';
  // A form wrapping the whole page (ASP.NET) also holds the article: only small collecting forms go.
  if (tag === 'FORM' && isCollectingForm(el) && foldedText(el).length < 1500) return 'form';
  if (isNamedBreadcrumb(el)) return 'navigation';
  if ((tag === 'A' || tag === 'BUTTON') && opensMenuPanel(el, page.opened)) return 'navigation';
  if (!hintTags.has(tag) && tag !== 'HEADER') return null;
  // Foundation's Reveal dialogs stay hidden until their script opens one: a cart's "added" notice, an exit warning
  // ("You're Leaving Citadel's Website"), a login form (WCXB 0603, 4091, 1066); in no WCXB truth but a size note (4026).
  if (el.hasAttribute('data-reveal')) return 'modal';
  const hints = nameHints(el);
  if (isNamedModal(el, hints)) return 'modal';
  if (isNavbar(el, hints) || isMenuPanel(el, page.opened)) return 'navigation';
  if (tag === 'HEADER') return null;
  if (page.furniture) noteFurniture(el, hints, page.furniture);
  const consent = consentHint.test(hints);
  const ad = adHint.test(hints);
  const comments = commentsHint.test(hints);
  // Reviews are judged by the text a reader sees (a review widget carries its scripts), measured only for them.
  if (reviewsHint.test(hints) && tag !== 'FOOTER' && page.product() && isReviewList(el, page.text, page.article)) return 'reviews';
  if (promoBarHint.test(hints) && !holdsArticle(el) && textLength(el) < promoBarShare * page.barText()) {
    return 'call-to-action';
  }
  if (isCallToActionBox(el)) return 'call-to-action';
  const furniture = namedFurniture(el, hints, () => promoBarShare * page.barText());
  if (furniture === 'author-box') markAuthorBox(el);
  else if (furniture) return furniture;
  if (!consent && !ad && !comments) return null;
  const text = foldedText(el);
  // A consent platform's preference centre is long (every purpose and vendor described) but never the article; nor is
  // a site's own, when it is a dialog (Etsy's, 4204) or named a modal (4438).
  const preferenceCentre = consentPlatform.test(hints) || isDialog(el) || /modal/.test(hints);
  if (consent && consentText.test(text) && (text.length < 1500 || (preferenceCentre && !holdsArticle(el)))) {
    return 'consent-banner';
  }
  if (ad && text.length < 200 && !el.querySelector('p, h1, h2, h3')) return 'ad';
  if (comments && !el.querySelector('article, h1') && (el.querySelector('textarea') || linkDensity(el, text) > 0.3)) return 'comments';
  return null;
}

/** Share bars: the nearest ancestor (up to 5 levels) of a share link whose links are mostly share links. */
function removeShareBars(doc: Document, removed: RemovedItem[]): void {
  const checked = new Set<Element>();
  for (const a of tagsIn(doc.body, linkTags)) {
    if (!isShareLink(a) || !a.isConnected) continue;
    let bar: Element | null = a.parentElement;
    for (let depth = 0; bar && bar !== doc.body && depth < 5; depth++, bar = bar.parentElement) {
      if (checked.has(bar)) break;
      checked.add(bar);
      if (isShareBar(bar)) {
        removeElement(bar, 'share-bar', 'prune', removed);
        break;
      }
    }
  }
}

/**
 * Removes from the inert copy what is surely not content, before Readability: it then has less to score
 * and is less tempted by sign-up boxes. One pass over the elements; no selector engine in the loop. A forum's
 * furniture is noted in `furniture` on the way, for declutter (see forum-furniture.ts). `declared`: what the page says
 * it is, when the caller has read it already.
 */
export function pruneNonContent(
  doc: Document, removed: RemovedItem[], furniture?: Map<string, RuleName>, declared?: DeclaredType,
): void {
  if (!doc.body) return;
  const body = doc.body;
  let bodyText = -1;
  const pageText = () => (bodyText < 0 ? (bodyText = textLength(body)) : bodyText);
  let product: boolean | undefined;
  let article: boolean | undefined;
  let barText: number | undefined;
  let headline: Element | null | undefined;
  let opened: Set<string> | undefined;
  const page: PageFacts = {
    product: () => (product ??= isProductPage(doc)),
    // `declared` may be null (neither an article nor a product): only undefined means not read yet.
    article: () => (article ??= (declared === undefined ? declaredType(doc) : declared) === 'article'),
    text: pageText, barText: () => (barText ??= textLength(body)), opened: () => (opened ??= openedIds(doc)), furniture,
  };
  for (const el of elementsIn(body)) {
    if (!el.parentNode || !el.isConnected) continue;
    const verdict = judge(el, page);
    if (verdict === 'hidden') {
      if (!unhidePage(el, pageText, () => (headline === undefined ? (headline = firstHeadline(doc)) : headline))) el.remove();
      else el.removeAttribute('style');
    } else if (verdict) {
      if (verdict === 'modal') unhideAround(el);
      const label = verdict === 'navigation' ? contentsLabelBefore(el) : null;
      if (label) removeElement(label, 'contents', 'prune', removed);
      removeElement(el, verdict, 'prune', removed);
    } else if (el.hasAttribute('style')) {
      // Read for the last time: what it hid has gone. The article never shows it (the sanitizer drops it), and every
      // later copy and visibility check would parse it again (in jsdom a large share of Readability's, the best
      // subtree's and the sanitizer's time on pages styled inline).
      if (el.localName === 'svg') keepStyledSize(el);
      el.removeAttribute('style');
    }
  }
  removeShareBars(doc, removed);
  removePriceBoxes(body, removed);
  // Before Readability, which drops the fields themselves and would leave their names as lines of text.
  dropFieldLabels(body);
}
