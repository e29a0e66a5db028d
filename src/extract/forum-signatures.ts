import { foldedText } from './dom-measures';

/**
 * A forum post's signature (vBulletin's and phpBB's `signature`, XenForo's `message-signature`, Invision's
 * `ipsEntry__signature`): the poster's sign-off, repeated under each post they write. Readability strips class names
 * and wraps a signature's text in new paragraphs, so the signatures are known by their texts, read before it runs, and
 * taken out of its result after: its pick is the one it makes with them.
 */
const signatureClasses = ['signature', 'signaturecontainer', 'message-signature', 'ipsEntry__signature'];
/** Shorter texts ("Cheers", "Thanks!") are lines a post may say too. */
const minChars = 20;

export function signatureTexts(doc: Document): Set<string> {
  const texts = new Set<string>();
  for (const name of signatureClasses) {
    for (const el of Array.from(doc.getElementsByClassName(name))) {
      const text = foldedText(el);
      if (text.length >= minChars) texts.add(text);
    }
  }
  return texts;
}
