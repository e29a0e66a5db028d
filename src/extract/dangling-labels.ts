import { childElements, elementsIn, tagSet } from './dom-measures';
import type { Drop, Texts } from './declutter-blocks';

/** A field's label: a few words ending in a colon ("Release Date:", "Developer:"). */
const fieldLabel = /^[^:.!?]{1,40}:$/;
/**
 * Lines of their own: labels in a line (CNET's `<span>Reproduciendo:</span> <span>Mira esto:</span>`) have their value
 * after them, in their box's parent.
 */
const lineTags = tagSet('div', 'p', 'dt', 'li');

/**
 * A box of field labels whose values are gone: Steam's "Release Date:", "Developer:", "Publisher:" over a date the
 * rules judged a dateline and links Readability cleaned away (WCXB 3074), which read as questions without answers.
 * Only a box that holds two or more such labels and nothing else: a lone label ("Key features:") leads what follows it.
 */
export function dropDanglingLabels(root: Element, texts: Texts, drop: Drop): void {
  for (const box of elementsIn(root, lineTags)) {
    if (!root.contains(box)) continue;
    const fields = childElements(box);
    // A label holds one element at most (`<div><p>Developer:</p></div>`): checked first, so big boxes' texts are never read.
    if (fields.length < 2 || !fields.every((field) => lineTags.has(field.tagName) && field.childElementCount <= 1
      && fieldLabel.test(texts.of(field)))) continue;
    if (texts.of(box).length > fields.reduce((sum, field) => sum + texts.of(field).length + 1, 0)) continue;
    drop(box, 'not-content');
  }
}
