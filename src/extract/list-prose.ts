import { childElements, foldedText } from './dom-measures';
import { callToActionText, sentenceEnd, signUpText } from './patterns';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** "Email marketing — …", "Register with Manifestly: …". */
const termLabel = /^[^.:!?—–]{2,40}(:|\s[—–-]\s)/;
const isPitch = (text: string) => signUpText.test(text) || callToActionText.test(text);

const isSentence = (text: string, least: number) => words(text) >= least && sentenceEnd.test(text);

/**
 * A list of sentences, or a sentence in one: a guide's steps ("Log in to your Google Play Developer Console and click
 * on “Create Application.”", "Register with Manifestly: begin by creating an account …") or a glossary's entries
 * ("Email marketing — … The use of automated newsletters is common …"). Sign-up and call-to-action wording there is
 * what the article is about, not a box around it. A glossary's entries may all speak of sign-ups ("Digital
 * newsletters: …", "Transactional emails: … a confirmation email"); a list without labels has at most the one pitch.
 */
export function isListProse(el: Element, text: string): boolean {
  const item = el.tagName === 'LI' ? el : null;
  const list = item ? el.parentElement : el;
  if (!list || (list.tagName !== 'UL' && list.tagName !== 'OL') || (item && !isSentence(text, 10))) return false;
  const others = childElements(list).filter((child) => child !== item && child.tagName === 'LI').map(foldedText);
  if (others.filter((other) => isSentence(other, 8)).length < (item ? 2 : 3)) return false;
  const all = item ? [text, ...others] : others;
  return all.every((entry) => termLabel.test(entry)) || others.filter(isPitch).length <= (item ? 0 : 1);
}
