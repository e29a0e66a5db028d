// Dialogs over the page: which are modal, and the page they hide from assistive tech shown again around them.
import { childElements, foldedText, holdsArticle, inertTags } from './dom-measures';

const dialogRoles = new Set(['dialog', 'alertdialog']);

const hasDialogRole = (el: Element) => el.tagName === 'DIALOG' || dialogRoles.has(el.getAttribute('role') ?? '');
/** Any dialog, open or closed (a closed one may say aria-modal="false"). */
export const isDialog = (el: Element) => hasDialogRole(el) || el.hasAttribute('aria-modal');

/** Waiting for its script to show it (Vue's `v-cloak`, Alpine's `x-cloak`, which their style sheets hide): closed. */
const isCloaked = (el: Element) => el.hasAttribute('v-cloak') || el.hasAttribute('x-cloak');

/**
 * A dialog over the page (sign-up, paywall or app prompt): marked as one by tag, role or aria-modal, and short, or
 * closed however long (WCXB 0632: a shop's whole privacy policy in a cloaked dialog).
 */
export function isModal(el: Element): boolean {
  if (!hasDialogRole(el) && el.getAttribute('aria-modal') !== 'true') return false;
  return isCloaked(el) || foldedText(el).length < 1500;
}

/**
 * A dialog named so and not marked as one: a box whose class or id says modal, dialog or popup, with a control to close
 * it ("×" labelled "close"), waiting for the page's script to open it. HousecallPro's revenue calculator
 * (`#revenue-benchmark-modal.dialog-wrapper`) read as the guide's first lines: "What is your industry?", "Where is
 * your business located?", "Annual Revenue Results:" (WCXB 0111). Short, and holding no headline or article.
 */
const modalHint = /(^|[\s_-])(modal|dialog|popup)([\s_-]|$)/;
const closeLabel = /^(close|dismiss)\b/i;
const closeMark = /^[×✕✖xX]$/;

export function isNamedModal(el: Element, hints: string): boolean {
  if (!modalHint.test(hints) || holdsArticle(el) || foldedText(el).length >= 1500) return false;
  for (const control of el.querySelectorAll('button, a, [role="button"]')) {
    const label = control.getAttribute('aria-label') ?? control.getAttribute('title') ?? '';
    if (closeLabel.test(label.trim()) || closeMark.test((control.textContent ?? '').trim())) return true;
  }
  return false;
}

/**
 * An accessible modal hides the rest of the page from assistive tech (`aria-hidden` on every sibling of it and of each
 * of its ancestors), which Readability reads as invisible. Around an open modal that is not "not visible": where every
 * other element at a level is aria-hidden, that is the modal's doing, and the page is shown again. A level where some
 * siblings are shown is the page's own markup (closed overlays, icons) and stays as it is.
 */
export function unhideAround(modal: Element): void {
  // Only around a modal that is open: shown to assistive tech itself, and modal (a closed one is aria-hidden itself).
  const open = modal.getAttribute('aria-modal') === 'true' || (modal.tagName === 'DIALOG' && modal.hasAttribute('open'));
  if (!open || isCloaked(modal) || modal.closest('[aria-hidden="true"]')) return;
  for (let node: Element | null = modal; node?.parentElement; node = node.parentElement) {
    // Other dialogs (closed ones stay aria-hidden) say nothing about the page.
    const others = childElements(node.parentElement)
      .filter((sibling) => sibling !== node && !inertTags.has(sibling.tagName) && !isDialog(sibling));
    if (others.length && others.every((sibling) => sibling.getAttribute('aria-hidden') === 'true')) {
      for (const sibling of others) sibling.removeAttribute('aria-hidden');
    }
  }
}
