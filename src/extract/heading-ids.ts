import { foldedText } from './dom-measures';
import { heading as headingTag } from './declutter-blocks';
import { commentsText, railHeadingText } from './patterns';

/**
 * A section's id written from its heading's words (docutils' "respond-to-review-comments", Django's
 * "s-meta-and-multi-table-inheritance") reads to Readability as what the block is: "comment", "meta" or "extra" in a
 * name takes the block out before scoring or weighs it down, and the Linux kernel's patch guide lost its section
 * "Respond to review comments" (WCXB 2874). Such an id is kept aside while Readability reads the page and put back
 * after it (the page's own links go to it). A heading that names a rail or comments ("Related topics") keeps its id:
 * that block is what its name says.
 */
const mark = 'data-cp-id';

/** The words of Readability's unlikely-candidate and negative class patterns that a heading's words may hold. */
const readAsClutter =
  /ad-|banner|breadcrumbs|comment|communit|contact|extra|footer|gdpr|header|hidden|legends|media|menu|meta|pager|pagination|popup|promo|related|remark|replies|rss|scroll|share|shopping|sidebar|social|sponsor|supplemental|tags|widget/i;

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

export function setAsideHeadingIds(body: Element): void {
  // A heading's own id so written too: nogood.io's "4-sociallyin" over "4. Sociallyin", a "social" to Readability (WCXB 0166).
  for (const el of body.querySelectorAll('section[id], div[id], h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')) {
    const id = el.id;
    if (!readAsClutter.test(id)) continue;
    const heading = headingTag.test(el.tagName) ? el : el.querySelector('h1, h2, h3, h4, h5, h6');
    const words = heading ? foldedText(heading).replace(/[¶#§]\s*$/, '').trim() : '';
    if (!words || railHeadingText.test(words) || commentsText.test(words)) continue;
    // A number after it tells apart sections of the same name ("-2"), unless the words end with it ("Social Media 55").
    const named = slug(id).replace(/^(s|section|sec)-/, '');
    if (named !== slug(words) && named.replace(/-\d+$/, '') !== slug(words)) continue;
    // The block opens with that heading; its text (a whole section's) is read last, for the few ids that match.
    if (!foldedText(el).startsWith(foldedText(heading!))) continue;
    el.setAttribute(mark, id);
    el.removeAttribute('id');
  }
}

export function restoreHeadingIds(root: Element): void {
  for (const el of root.querySelectorAll(`[${mark}]`)) {
    el.id = el.getAttribute(mark)!;
    el.removeAttribute(mark);
  }
}
