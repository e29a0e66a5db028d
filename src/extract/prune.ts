import type { RemovedItem } from './types';
import { consentText, shareHref } from './patterns';
import { foldedText, linkDensity, nameHints, removeElement } from './dom-measures';

/** Forms that collect an email address or a password: sign-up and log-in boxes, never article content. */
export function isCollectingForm(form: Element): boolean {
  return !!form.querySelector(
    'input[type=email], input[type=password], input[name*=mail i], input[placeholder*=mail i], input[id*=mail i], input[autocomplete=email]',
  );
}

/** A block whose links are mostly share endpoints. */
export function isShareBar(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length < 2) return false;
  const share = links.filter((a) => shareHref.test(a.getAttribute('href') ?? '')).length;
  return share >= 2 && share / links.length >= 0.5 && foldedText(el).length < 300;
}

const adHint = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|ad-container|adsense|dfp|gpt-ad|sponsor(ed)?)($|[\s_-])/;
const consentHint = /(cookie|consent|gdpr|cmp-|onetrust|didomi|usercentrics|quantcast)/;
const commentsHint = /(^|[\s_-])(comments?|disqus|discussion)($|[\s_-])/;

/**
 * Removes from the inert copy what is surely not content, before Readability: it then scores less
 * and is less tempted by newsletter boxes and rails.
 */
export function pruneNonContent(doc: Document, removed: RemovedItem[]): void {
  for (const el of Array.from(doc.querySelectorAll('script, style, template, link, iframe[src*="ads"], ins.adsbygoogle'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('nav, [role=navigation], [role=search], [role=menubar]'))) {
    if (el.isConnected && !el.closest('article p')) removeElement(el, 'navigation', 'prune', removed);
  }
  for (const el of Array.from(doc.querySelectorAll('a[href^="#"]'))) {
    if (el.isConnected && /^skip to|^jump to|^aller au contenu|^zum inhalt/i.test(foldedText(el))) removeElement(el, 'navigation', 'prune', removed);
  }
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    if (form.isConnected && isCollectingForm(form)) removeElement(form, 'form', 'prune', removed);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!a.isConnected || !shareHref.test(a.getAttribute('href') ?? '')) continue;
    let bar: Element | null = a.parentElement;
    for (let depth = 0; bar && depth < 5 && !isShareBar(bar); depth++) bar = bar.parentElement;
    if (bar && bar !== doc.body && isShareBar(bar)) removeElement(bar, 'share-bar', 'prune', removed);
  }
  for (const el of Array.from(doc.querySelectorAll('div, section, aside, ul, footer'))) {
    if (!el.isConnected) continue;
    const hints = nameHints(el);
    const consent = consentHint.test(hints);
    const ad = adHint.test(hints);
    const comments = commentsHint.test(hints);
    if (!consent && !ad && !comments) continue;
    const text = foldedText(el);
    if (consent && consentText.test(text) && text.length < 1500) {
      removeElement(el, 'consent-banner', 'prune', removed);
    } else if (ad && text.length < 200 && !el.querySelector('p, h1, h2, h3')) {
      removeElement(el, 'ad', 'prune', removed);
    } else if (comments && !el.querySelector('article, h1') && (el.querySelector('textarea') || linkDensity(el, text) > 0.3)) {
      removeElement(el, 'comments', 'prune', removed);
    }
  }
}
