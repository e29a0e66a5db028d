// The article's own questions and answers, when the page puts them after the article's body in a section of their own
// (a CMS's "additional sections" field, a blog template's FAQ block), where Readability's pick stops.
import { foldedText, tagsIn } from './dom-measures';
import { countWords } from './text';

export interface FaqSection {
  section: Element;
  heading: Element;
  /** The article's last paragraph before the section: the section is the article's only if the pick holds it. */
  anchor: Element;
}

const headingTags = new Set(['H2', 'H3', 'H4']);
const paragraphTags = new Set(['P']);
const faqHeading = /\b(faqs?|frequently asked questions)\b/i;
const maxHeadingLength = 80;
/** Levels above its heading a section may start (WCXB 4413: the heading's box, a column, a row, a field item). */
const sectionLevels = 4;
const minQuestions = 2;
const minWordsPerQuestion = 15;
/** Levels above the section where the paragraph before it is looked for, and the words (a share bar) allowed between. */
const anchorLevels = 3;
const maxWordsBetween = 80;
const minAnchorWords = 15;

const questionCount = (text: string) => text.split('?').length - 1;

/** The element holding the heading and what follows it, as long as the heading is what it starts with. */
function sectionOf(heading: Element, title: string, body: Element): Element {
  let section = heading;
  for (let level = 0; level < sectionLevels; level++) {
    const parent = section.parentElement;
    if (!parent || parent === body || !foldedText(parent).startsWith(title)) break;
    section = parent;
  }
  return section;
}

/** The last paragraph of some length before `section`, with few words between them; null when there is none near. */
function paragraphBefore(section: Element, body: Element): Element | null {
  let between = 0;
  let at: Element | null = section;
  for (let level = 0; at && at !== body && level <= anchorLevels; level++, at = at.parentElement) {
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const paragraphs = sibling.tagName === 'P' ? [sibling] : tagsIn(sibling, paragraphTags);
      for (let i = paragraphs.length - 1; i >= 0; i--) {
        const words = countWords(paragraphs[i]!.textContent ?? '');
        if (words >= minAnchorWords) return paragraphs[i]!;
        between += words;
      }
      if (!paragraphs.length) between += countWords(sibling.textContent ?? '');
      if (between > maxWordsBetween) return null;
    }
  }
  return null;
}

/** The page's FAQ section that follows a paragraph of prose, found before Readability takes the article out of the page. */
export function findFaqSection(body: Element): FaqSection | null {
  for (const heading of tagsIn(body, headingTags)) {
    const title = foldedText(heading);
    if (title.length > maxHeadingLength || !faqHeading.test(title) || heading.closest('nav, header, [role="navigation"]')) continue;
    const section = sectionOf(heading, title, body);
    const text = section.textContent ?? '';
    const questions = questionCount(text);
    // Answers are in the page, not loaded when a question is opened (WCXB 0113: its questions alone, twice).
    if (questions < minQuestions || countWords(text) < minWordsPerQuestion * questions) continue;
    const anchor = paragraphBefore(section, body);
    if (anchor) return { section, heading, anchor };
  }
  return null;
}

/**
 * Puts the FAQ section after the paragraph it followed, when the article holds that paragraph and the section is still
 * in the page, and the section is the smaller of the two (never the page's main text behind a small pick).
 */
export function keepFaqSection(root: Element, faq: FaqSection | null): boolean {
  // Still in the page: not in the pick, nor taken into it and cleaned out by Readability.
  if (!faq || !root.contains(faq.anchor) || !faq.section.isConnected || !faq.section.contains(faq.heading)) return false;
  if (countWords(faq.section.textContent ?? '') >= countWords(root.textContent ?? '')) return false;
  let after: Element = faq.anchor;
  while (after.parentElement && after.parentElement !== root && !after.nextElementSibling) after = after.parentElement;
  after.after(faq.section);
  return true;
}
