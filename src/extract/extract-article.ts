import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, ExtractResult, StageTimings } from './types';
import { fixLazyImages } from './lazy-images';
import { pruneNonContent } from './prune';
import { headingButtonsAsText, unfoldAccordions } from './accordions';
import { findLeadFigure, restoreLeadFigure } from './lead-image';
import { removeRepeatedImages } from './repeated-images';
import { removeClutter } from './declutter';
import { sanitizeArticle } from './sanitize';
import { embedsToLinks, markEmbeddedPosts } from './embeds';
import { markPostBodies, unquotePostBodies } from './forum-furniture';
import { keepRemovedMarkup } from './removed-place';
import { blockText, countWords, foldSpaces, leadingText, looksBinary, readingMinutes, withoutIconGlyphs } from './text';
import { headerByline, markedAuthor, showsDate } from './byline';
import { bylineUnderHeadline, starterUnderHeadline } from './headline-byline';
import { citedAuthors, statedAuthor } from './stated-author';
import { pageHeadlines, shownSiteName, titleOrHeadline, titleWithoutSite } from './page-title';
import type { BlockModel } from './block-scorer';
import { dropDoubtful, judgeArticle, scorePage } from './page-scores';
import { linkedTargets } from './table-of-contents';
import { chooseReplacement } from './choose-replacement';
import { isThreadUrl } from './thread-url';
import { declaredType } from './declared-type';
import bundledModel from './block-model.json';
import { keepStoryInView, wholeStories } from './story-in-view';
import { keepTitledStory } from './titled-story';
import { keepMathSource } from './math-source';
import { relativeFragments } from './page-fragments';
import { dropCodeLineNumbers, separateCodeLines } from './code-lines';
import { renderTerminalMarkup } from './terminal-markup';
import { dropListNumbers } from './list-numbers';
import { dropAuthorBoxes, dropFooters } from './page-chrome';
import { repairMixedMojibake, repairMojibake, repairRuns } from './mojibake';
import { revealStreamedContent } from './streamed-html';
import { revealNoscriptContent } from './noscript-content';
import { dropUnpublished, jsonLdSources, publishedPrefers, publishedText } from './published-text';
import { holdsOpening, qaThread, threadComments } from './qa-page';
import { markReplyWriters, nameReplies } from './reply-writers';
import { unfoldTabs } from './tab-panels';
import { removeHoverCards } from './hover-cards';
import { dropEmptyHeadingRuns } from './empty-headings';
import { dropEdgeRules } from './edge-rules';
import { findFaqSection, keepFaqSection } from './faq-section';
import { findGuideEntries, restoreGuideEntries } from './guide-entries';
import { restoreHeadingIds, setAsideHeadingIds } from './heading-ids';
import { removeHiddenCopies } from './style-hidden-text';
import { dropDanglingSeparators } from './dangling-separators';
import { itemizeBareLists, spaceDividers, spaceHeadingWords, spaceRowItems } from './glued-labels';
import { keepArticleBoxes, restoreBoxes } from './kept-boxes';
import { timer } from './stage-clock';
import { dropMisleadingClasses } from './misleading-classes';

export const defaultMaxElements = 250_000;

function noArticle(reason: 'no-article' | 'too-large' | 'not-html', message: string, timings: StageTimings): ExtractResult {
  return { ok: false, reason, message, timings };
}

/**
 * The whole pipeline on a document it may change (pass an inert copy of a live page): prune → block scorer →
 * Readability → Readability's pick or the scorer's best subtree → declutter (rules, then the scorer's doubts) →
 * sanitize → text.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const steps = extractArticleSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same pipeline as steps: it pauses (yields) between its stages, so a caller in a page can give the page its turn
 * in between (no task of ours then lasts longer than the longest stage). Run to the end, it is `extractArticle`.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ExtractResult> {
  const clock = timer();
  const timings: StageTimings = { prune: 0, readability: 0, declutter: 0, sanitize: 0, total: 0 };
  const win = options.window ?? (globalThis.window as (Window & typeof globalThis) | undefined) ?? (doc.defaultView as Window & typeof globalThis);
  const finish = () => ({ ...timings, total: clock.total() });

  if (!doc.documentElement || !doc.body) return noArticle('not-html', 'This is not a web page with text reader view can show.', finish());
  revealStreamedContent(doc);
  revealNoscriptContent(doc);
  let lead = leadingText(doc.body);
  if (repairMojibake(doc, lead)) lead = leadingText(doc.body);
  if (looksBinary(lead)) return noArticle('not-html', 'This is not a web page with text reader view can show.', finish());
  const maxElements = options.maxElements ?? defaultMaxElements;
  if (maxElements > 0 && doc.getElementsByTagName('*').length > maxElements) {
    return noArticle('too-large', 'This page is too large for reader view.', finish());
  }

  // Read before Readability: on some pages it detaches the root element while it retries (and it removes scripts).
  const pageLang = doc.documentElement.lang.trim() || null;
  const jsonLd = jsonLdSources(doc);
  const published = publishedText(doc, jsonLd);
  const declared = declaredType(doc, jsonLd);
  const removed: import('./types').RemovedItem[] = [];
  if (options.keepRemoved) keepRemovedMarkup(removed);
  // Reading the page, finding its stories and pruning are three slices: in Firefox each can take 20-40 ms.
  let prune = clock.lap();
  yield;
  clock.resume();
  fixLazyImages(doc);
  markEmbeddedPosts(doc);
  markPostBodies(doc);
  unfoldTabs(doc);
  separateCodeLines(doc);
  renderTerminalMarkup(doc);
  unfoldAccordions(doc);
  const leadFigure = findLeadFigure(doc);
  // One story, never two merged: the one in view when the person asked, else the one the page's title names.
  const stories = wholeStories(doc);
  if (!options.inViewPath || !keepStoryInView(doc, stories, options.inViewPath, removed)) keepTitledStory(doc, stories, removed);
  prune += clock.lap();
  yield;
  clock.resume();
  const furniture = new Map<string, import('./types').RuleName>();
  const targets = linkedTargets(doc);
  pruneNonContent(doc, removed, furniture, declared);
  // Read before Readability, which moves the posts' nodes.
  const thread = qaThread(doc, options.url ?? doc.baseURI);
  removeHiddenCopies(doc, removed);
  const replies = thread
    ? thread.kind === 'forum' && markReplyWriters(thread.replies)
    : markReplyWriters(threadComments(doc, options.url ?? doc.baseURI));
  timings.prune = prune + clock.lap();
  yield;
  clock.resume();
  const model: BlockModel | null = options.blockModel === undefined ? (bundledModel as BlockModel) : options.blockModel;
  const scores = model ? scorePage(doc.body, model, model.choice.switchMargin) : null;
  if (scores) timings.score = clock.lap();
  yield;
  clock.resume();

  const faq = findFaqSection(doc.body);
  dropMisleadingClasses(doc.body);
  setAsideHeadingIds(doc.body);
  headingButtonsAsText(doc.body);
  spaceHeadingWords(doc.body);
  spaceRowItems(doc.body);
  spaceDividers(doc.body);
  const guide = findGuideEntries(doc.body);
  const kept = keepArticleBoxes(doc.body, options.url ?? doc.baseURI);
  const headlines = pageHeadlines(doc);
  const writer = bylineUnderHeadline(doc);
  const threadAddress = isThreadUrl(options.url ?? doc.baseURI);
  const starter = thread || threadAddress ? starterUnderHeadline(doc) : null;
  const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold: 500 }).parse();
  timings.readability = clock.lap();
  yield;
  clock.resume();
  let root = parsed?.content && (parsed.content.textContent ?? '').trim() ? parsed.content : null;
  let chosen: NonNullable<Article['chosen']> = 'readability';
  if (scores && model) {
    // Readability's pick (or nothing) against the scorer's best subtree as it was after pruning. Running Readability
    // again on that subtree was tried: on listings, tables and forums it picks one item again (see README).
    const first = root ? judgeArticle(root, scores) : { f1: 0, precision: 0, inBest: 0, words: 0 };
    const page = { thread: threadAddress, declared };
    const replacement = chooseReplacement(scores, first, model.choice, page)
      ?? (published && scores.best && publishedPrefers(published, root, scores.best, scores.counted) ? scores.best.copy : null);
    if (replacement) {
      root = replacement;
      chosen = 'best-subtree';
      // The scorer's copy was taken before the headings' words were spaced.
      spaceHeadingWords(root);
      dropFooters(root, removed);
    }
    timings.score = (timings.score ?? 0) + clock.lap();
  }
  // A Q&A page's posts always; a forum thread's where the pick holds under half of their words (the first post alone,
  // XenForo; a Discourse pick is whole already).
  if (thread && (thread.kind === 'qa' || countWords(root?.textContent ?? '') < 0.5 * countWords(thread.root.textContent ?? ''))) {
    root = thread.root;
    chosen = 'qa-thread';
  } else if (thread && root && !holdsOpening(root, thread)) {
    // The replies without the post they answer: Watchuseek shows the first post apart, above the box of replies
    // Readability picks (WCXB 0529).
    root.prepend(...thread.opening);
  }
  if (!root) return noArticle('no-article', 'No article found on this page.', finish());
  restoreHeadingIds(root);
  if (chosen === 'readability') {
    keepFaqSection(root, faq);
    restoreGuideEntries(root, guide);
    restoreBoxes(root, kept);
  }
  relativeFragments(root, options.url ?? doc.baseURI);
  repairMixedMojibake(root);
  unquotePostBodies(root);

  const pageTitle = withoutIconGlyphs(parsed?.title ?? '').trim() || withoutIconGlyphs(doc.title).trim();
  const title = titleOrHeadline(repairRuns(titleWithoutSite(pageTitle, headlines, parsed?.siteName ?? null, options.url ?? doc.baseURI)),
    headlines.heads, () => root.textContent ?? '', doc.title);
  const headerWriter = citedAuthors(doc) ?? headerByline(parsed?.byline, () => markedAuthor(doc), showsDate(parsed?.publishedTime)) ?? writer;
  // The lead figure goes back before declutter, whose rules judge its caption's lines as any others ("Media playback is
  // unsupported on your device"), but is kept out of the published text's and the scorer's doubts: a caption is in
  // neither, and the lead photo's caption belongs to the article.
  const restoredLead = restoreLeadFigure(root, leadFigure);
  removeHoverCards(root, removed);
  dropAuthorBoxes(root, removed);
  const pageByline = foldSpaces(withoutIconGlyphs(parsed?.byline ?? '')) || null;
  removeClutter(root, { title, byline: headerWriter, pageByline, removed, url: options.url ?? doc.baseURI, furniture, replies, thread: threadAddress });
  // A thread's first writer, named by its metadata alone, is shown but never judged a header's copy: each of their
  // posts opens with the name (WCXB 0518). So is the asker of a question, as its microdata names them.
  const byline = headerWriter ?? statedAuthor(jsonLd) ?? (thread?.writer || starter);
  const leadMark = restoredLead && root.contains(restoredLead) ? doc.createComment('') : null;
  if (leadMark) restoredLead!.replaceWith(leadMark);
  if (published) dropUnpublished(root, published, removed, scores?.counted);
  // A thread's posts are what the page's own markup says they are: the scorer's doubts are not applied to them, nor to
  // their texts in a pick of the page's (a one-line reply, "In-house movements.", reads like a menu's item: WCXB 0529).
  const undoubted = thread ? 'pre, code, [itemprop~="text"]' : undefined;
  if (scores && model && chosen !== 'qa-thread') dropDoubtful(root, scores, model.choice.dropBelow, removed, undoubted, targets);
  dropEmptyHeadingRuns(root, removed);
  dropEdgeRules(root);
  if (leadMark && root.contains(leadMark)) leadMark.replaceWith(restoredLead!);
  else if (leadMark) root.prepend(restoredLead!);
  if (replies) nameReplies(root);
  removeRepeatedImages(root, removed);
  embedsToLinks(root, options.url ?? doc.baseURI);
  timings.declutter = clock.lap();
  yield;
  clock.resume();

  keepMathSource(root);
  dropCodeLineNumbers(root);
  dropListNumbers(root);
  itemizeBareLists(root);
  dropDanglingSeparators(root);
  const clean = sanitizeArticle(root, win);
  const text = blockText(clean);
  timings.sanitize = clock.lap();
  const wordCount = countWords(text);
  // A few words (a login prompt, a 404 line, an image caption) are not an article worth a reader view.
  if (wordCount < (options.minWords ?? 25)) return noArticle('no-article', 'No article found on this page.', finish());

  const dir = parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null;
  return {
    ok: true,
    title,
    byline,
    siteName: shownSiteName(parsed?.siteName),
    publishedTime: parsed?.publishedTime?.trim() || null,
    lang: parsed?.lang?.trim() || pageLang,
    dir,
    excerpt: parsed?.excerpt?.trim() || null,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    content: clean,
    text,
    removed,
    chosen,
    timings: finish(),
  };
}
