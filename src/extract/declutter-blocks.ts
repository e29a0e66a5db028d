// What declutter's parts share: the elements it judges, their texts measured once, and how a block is dropped.
import type { RuleName } from './types';
import { foldedText, tagSet } from './dom-measures';

/** The elements declutter judges, from a whole box down to one line. */
export const blockTags = tagSet('div', 'section', 'aside', 'p', 'ul', 'ol', 'li', 'form', 'figure', 'figcaption', 'blockquote', 'table',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'a', 'button', 'label', 'audio', 'dl', 'dd', 'dt', 'header', 'footer', 'small', 'time', 'strong', 'em', 'b', 'i', 'nav', 'details', 'summary');
export const heading = /^H[1-6]$/;

/** A heading, or a short line that is all bold: how pages mark a section without heading markup. */
export function isHeadingLike(el: Element, text: string): boolean {
  if (heading.test(el.tagName)) return true;
  const strong = el.querySelector('strong, b');
  return text.length <= 60 && !!strong && foldedText(strong) === text;
}
export const inlineTags = tagSet('span', 'a', 'button', 'label', 'small', 'time', 'strong', 'em', 'b', 'i');

export type Drop = (el: Element, rule: RuleName) => void;

/** Folded texts of the blocks, each computed once; a removal forgets the texts of the blocks around it. */
export interface Texts {
  of(el: Element): string;
  forget(el: Element): void;
}

export function textsUnder(root: Element): Texts {
  const known = new Map<Element, string>();
  return {
    of(el) {
      let text = known.get(el);
      if (text === undefined) known.set(el, (text = foldedText(el)));
      return text;
    },
    forget(el) {
      for (let at: Element | null = el; at; at = at === root ? null : at.parentElement) known.delete(at);
    },
  };
}
