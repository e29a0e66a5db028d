import type { RemovedItem, RuleName } from './types';
import { elementsIn, removeElement, tagSet, tagsIn } from './dom-measures';
import { classifyBlock, type BlockContext } from './classify-block';
import { listingLines } from './listing-lines';
import { teaserRails } from './teaser-cards';
import { inReplyHeader } from './reply-writers';
import { bylineNames } from './author-bio';
import { isLabelledContents } from './table-of-contents';
import { blockTags, inlineTags, textsUnder, type Drop } from './declutter-blocks';
import { dropTrailingRailHeadings, removeLabelledBox } from './labelled-boxes';
import { removeRepeats } from './repeated-lines';
import { removeCopies, removeTwins } from './repeated-blocks';
import { removeAdvertSection } from './advert-sections';
import { wordChar } from './text';
import { isDateline } from './header-lines';
import { dropTemplateFiller } from './template-filler';
import { dropDanglingLabels } from './dangling-labels';

export { classifyBlock } from './classify-block';

export interface DeclutterContext extends BlockContext {
  removed: RemovedItem[];
  /** The texts of a forum's signatures and notices, noted by prune (`noteFurniture`). */
  furniture?: ReadonlyMap<string, RuleName>;
  /** A forum thread's replies are marked with their writers (reply-writers.ts): their own headers are left alone. */
  replies?: boolean;
  /** A forum thread's address: the first post's date is the story's, the header's; each later post's is its own. */
  thread?: boolean;
}

const codeTags = tagSet('script', 'style');
const preTags = tagSet('pre');
// A heading too: one of zero-width spaces alone (Eardopes' `<h2 id="sound">`, WCXB 4002) left a gap and a blank outline entry.
const emptyCandidates = tagSet('div', 'section', 'li', 'p', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6');
// What an element with no text still shows (upper-case HTML names; an inline <svg> keeps its lower-case one).
const mediaTags = new Set(['IMG', 'PICTURE', 'VIDEO', 'svg', 'SVG', 'HR', 'BR', 'IFRAME']);
// Zero-width characters alone draw nothing but a blank line: Webflow spaces its paragraphs with `<p>&zwj;</p>`.
const invisibleOnly = /^[\u200b-\u200d\u2060\ufeff]+$/;
// A control's glyph left alone on its line: a dialog's close "×", a tooltip's "?", a toggle's "+", a slider's "/" between
// the counters its script fills (WCXB 0603, 4026). Never in WCXB's truths as a line of its own; code keeps its own.
const controlGlyph = /^[×✕✖?+/]$/u;
const proseParents = tagSet('p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'pre');
// Phrasing that declutter never judges but walks through: Sphinx wraps a name in a sentence as `<code><span>functools`.
// (Not `cite`: phpBB heads a quote with one, "kabu wrote: ↑<span>12. Sep 2024, 08:42</span>", WCXB 0536.)
const phrasingTags = tagSet(...inlineTags, 'code', 'kbd', 'samp', 'var', 'abbr', 'q', 'sub', 'sup', 'mark', 'u', 's', 'del', 'ins', 'tt', 'font', 'dfn');

/**
 * An inline element is judged only when it stands as a line of its own, never as a phrase inside prose: nor when it
 * is wrapped in other inline elements there ("be sure to <a><strong>contact us today</strong></a>!").
 */
function standsAlone(el: Element): boolean {
  for (let node: Element = el; phrasingTags.has(node.tagName); ) {
    const parent = node.parentElement;
    if (!parent || proseParents.has(parent.tagName)) return false;
    for (const sibling of [node.previousSibling, node.nextSibling]) {
      if (sibling?.nodeType === 3 && wordChar.test(sibling.nodeValue ?? '')) return false;
    }
    node = parent;
  }
  return true;
}

/**
 * Removes the clutter Readability keeps. Top-down, so a whole sign-up box goes as one item. A block is
 * never removed when it holds more than `maxShare` of the article's text, and removal stops once half
 * the text is gone: the rules are for clutter, never for the article itself.
 */
export function removeClutter(root: Element, ctx: DeclutterContext, maxShare = 0.35): void {
  const texts = textsUnder(root);
  const drop: Drop = (el, rule) => {
    texts.forget(el);
    removeElement(el, rule, 'declutter', ctx.removed);
  };
  // What the reader will see: a best subtree may hold a page's scripts and style sheets, many times its text.
  let total = texts.of(root).length;
  for (const code of tagsIn(root, codeTags)) total -= texts.of(code).length;
  total = Math.max(total, 1);
  let removedChars = 0;
  for (const rail of teaserRails(root, ctx.url, texts.of, total)) drop(rail, 'related');
  // Code is never clutter: a highlighter's token that reads "Response" is no comments heading (WCXB 2836), nor is the
  // box that only wraps a listing (Sphinx's `div.highlight` around `<label for="id_email">Email address:</label>`, 2999).
  const inCode = new Set<Element>();
  const codeBoxes = new Set<Element>();
  for (const pre of tagsIn(root, preTags)) {
    for (const el of elementsIn(pre)) inCode.add(el);
    const length = texts.of(pre).length;
    for (let box = pre.parentElement; box && box !== root && texts.of(box).length === length; box = box.parentElement) codeBoxes.add(box);
  }
  const blocks = elementsIn(root, blockTags).filter((el) => !inCode.has(el));
  const blockCtx = { ...ctx, authors: bylineNames(ctx.byline), ...listingLines(blocks.filter(standsAlone), texts.of) };
  const postsCtx = ctx.thread ? { ...blockCtx, postDates: true } : blockCtx;
  let headerDate = !ctx.thread;
  dropTemplateFiller(blocks, root, texts, drop);
  for (const el of blocks) {
    if (!root.contains(el) || codeBoxes.has(el) || !standsAlone(el) || (ctx.replies && inReplyHeader(el, texts.of))) continue;
    const text = texts.of(el);
    if (text.length / total > maxShare) continue;
    const furniture = ctx.furniture?.get(text);
    if (furniture) {
      drop(el, furniture);
      continue;
    }
    if (removeAdvertSection(el, text, texts, drop, Math.min(3000, total * maxShare))) continue;
    if (removeLabelledBox(el, text, root, texts, drop)) continue;
    if (isLabelledContents(el, text)) {
      drop(el, 'contents');
      continue;
    }
    const rule = classifyBlock(el, text, headerDate ? postsCtx : blockCtx);
    headerDate ||= isDateline(text);
    if (rule && removedChars + text.length <= total / 2) {
      removedChars += text.length;
      drop(el, rule);
    }
  }
  removeRepeats(blocks, root, texts, drop, blockCtx.listedLines);
  removeCopies(blocks, root, texts, drop);
  removeTwins(blocks, root, texts, drop);
  dropTrailingRailHeadings(root, texts, drop);
  dropDanglingLabels(root, texts, drop);
  for (const el of elementsIn(root, emptyCandidates)) {
    // A walk, not `querySelector`: jsdom's selector engine took 50 ms over an Amazon page's hundreds of empty boxes.
    if (!root.contains(el) || elementsIn(el, mediaTags).length) continue;
    const text = texts.of(el);
    if (!text || invisibleOnly.test(text) || (controlGlyph.test(text) && !el.closest('pre, code, td, th'))) el.remove();
  }
}
