import type { RuleName } from './types';
import { signUpText } from './patterns';
import { foldedText, linkDensity } from './dom-measures';
import { isCollectingForm } from './prune';
import { heading } from './declutter-blocks';

/**
 * Strong sign-up wording: never in prose about newsletters, only in the forms themselves. With a form's consent line
 * ("By submitting your email to subscribe, you agree to …"; a text-message sign-up's "Msg and data rates may apply …
 * Reply STOP to opt out") and the label of Gravity Forms' hidden anti-spam field, which a page's style sheet hides and
 * a copy without it shows.
 */
const formRemnant =
  /(indicates required|enter (your|an|a valid|correct) e-?mail|successful+y subscribed|thank(s| you) for (signing up|subscribing)|confirmation e-?mail|your e-?mail address|^e-?mail( address)?\*?$|^subscribe$|^sign up$|(msg|message) (&|and) data rates may apply.{0,200}\breply stop\b|^this field is for validation purposes and should be left unchanged\.?$|^(by|in) (submitting|signing up|subscribing|registering)\b.{0,160}\byou (agree|consent)\b)/i;

/** Elements that hold lines of prose: a paragraph, a list or its item, a definition, a table's cell. */
const proseLine = /^(P|UL|OL|LI|DL|DD|DT|TD|TH)$/;
/** A form's label, and in a sentence the address one logs in with or is reached at. */
const yourEmail = /your e-?mail address/gi;
/** A line of prose whose only form wording is "your email address" ("a web service where you log in with your email address"). */
const mentionsAddress = (el: Element, text: string) =>
  text.length > 100 && proseLine.test(el.tagName) && !formRemnant.test(text.replace(yourEmail, ''));

/** Sign-up wording that a shop's pitch uses too ("You can even get our top pick …"). */
const bestOf = /\bget (the|our) (best|latest|top)\b/gi;

/** Every sign-up phrase of a text, to count the different ones. */
const signUpPhrases = new RegExp(signUpText.source, 'gi');

/** What a sign-up box's heading says (sign-up wording also covers "Privacy policy", which heads prose of its own). */
const signUpCall = /\b(newsletters?|sign(ing)? up|subscribe|inbox)\b/i;

/**
 * A box that a sign-up heading labels ("Sign up for The Replay newsletter"), holding after it only a few short lines
 * (its pitch: "The Replay is a weekly newsletter for dev and engineering leaders.", "Delivered once a week, …") and
 * whatever is left of its form: the pitch goes with the heading, whose own rule took it alone.
 */
function isSignUpBox(el: Element, text: string): boolean {
  if (text.length > 600 || el.tagName === 'P' || el.tagName === 'LI' || heading.test(el.tagName)) return false;
  // The first child with text (an envelope's icon may come before it).
  let label = el.firstElementChild;
  while (label && !label.textContent?.trim()) label = label.nextElementSibling;
  if (!label) return false;
  const labelText = foldedText(label);
  if (labelText.length > 100 || !signUpText.test(labelText) || !signUpCall.test(labelText)) return false;
  let lines = 0;
  let last = '';
  for (let part = label.nextElementSibling; part; part = part.nextElementSibling) {
    const line = foldedText(part);
    if (!line) continue;
    if (++lines > 3 || heading.test(part.tagName) || line.length > 250 || linkDensity(part, line) >= 0.5) return false;
    last = line;
  }
  // A label in a paragraph of its own ("Subscribe to the Neural Network Newsletter", Huberman Lab's) says as much when
  // the box closes with its form's consent line.
  return lines >= 1 && (heading.test(label.tagName) || formRemnant.test(last));
}

/**
 * A sentence that says what an address is, in the third person, with no other sign-up wording: an API reference's field
 * ("This is the email address that the receipt for this charge was sent to.", Stripe's, WCXB 0680), not a form's line.
 */
const namesAddress = (text: string) => /^\p{Lu}[^.!?]*\be-?mail address\b[^!?]*\.$/u.test(text) && !/\b(you|your)\b/i.test(text)
  && text.split(/\s+/).length >= 8 && (text.match(signUpPhrases) ?? []).every((m) => /^e-?mail address$/i.test(m));

/** Sign-up boxes and their remnants. Prose about newsletters is long and has no form wording. */
export function signUpRule(el: Element, text: string): RuleName | null {
  if (el.tagName === 'FORM' && isCollectingForm(el)) return 'form';
  if (text.length <= 500 && formRemnant.test(text) && !mentionsAddress(el, text)) return 'newsletter';
  if (isSignUpBox(el, text)) return 'newsletter';
  if (!signUpText.test(text)) return null;
  // A short box (not a paragraph, a list or a cell: sentences about newsletters) with sign-up wording besides "get our
  // best …": "Get the best of … in your inbox".
  if (text.length <= 220 && !proseLine.test(el.tagName) && signUpText.test(text.replace(bestOf, '')) && !namesAddress(text)) return 'newsletter';
  // A pitch calls ("Join …", "Never miss …") or exclaims; a line of more than a few words ending with a colon introduces
  // what follows ("For example, with this newsletter, I might say something like:").
  const imperative = /^(sign up|subscribe|join|get|enter|never miss|don['’]?t miss|want|stay)\b|!$/i.test(text)
    || (text.endsWith(':') && text.split(' ').length <= 8);
  if (text.length <= 140 && linkDensity(el, text) < 0.5 && imperative) return 'newsletter';
  // A pitch addresses the reader and names the sign-up twice ("Sign up … to get the free newsletter in your inbox").
  // "Your email address" and "email address" name one thing (a sentence about logging in may say both).
  const phrases = new Set((text.match(signUpPhrases) ?? []).map((m) => m.toLowerCase().replace(/^your /, '')));
  if (text.length <= 250 && phrases.size >= 2 && /\b(you|your)\b/i.test(text)) return 'newsletter';
  return null;
}
