// Readability's pick or the block scorer's best subtree: which one reader view shows.
import type { BlockModel } from './block-scorer';
import { regionIn, type ArticleRegion } from './article-regions';
import type { ArticleJudgement, PageScores } from './page-scores';
import type { DeclaredType } from './declared-type';

/**
 * Readability's pick is one part of the best subtree (one section of a long guide, one product of a review
 * roundup): it lies inside it but holds under half its words, and the rest of the subtree looks about as much like
 * content as the pick itself (its expected precision at most this much lower): when the rest looks worse, it is the
 * comments, the listings or the rails around a whole article. Both chosen on WCXB dev articles (see README).
 */
const partOfBest = 0.5;
/** A pick holding this share of the best subtree's words is most of it (see `isWholeWrong`). */
const mostOfBest = 0.5;
const restNoWorseBy = 0.2;
/** A subtree expected this much better takes a pick that holds up to this share of its words (WCXB 0312: 50.1%, 0.62 vs 0.93). */
const muchBetter = 0.25;
const largerPart = 0.6;
/** Article elements holding this share of the best subtree's words, none around the pick: a listing of cards (WCXB 0296). */
const listingShare = 0.3;
/** Share of the best subtree's words beyond the pick in comment-named elements that keeps the pick from growing into it. */
const commentShare = 0.5;
/** Share of the best subtree's words beyond the pick that repeat the pick's blocks and keep it from growing. */
const copyShare = 0.5;
/**
 * A menu is never the article: a best subtree whose words are mostly one-to-three-word links does not replace a pick
 * of prose (50 words or more, under a tenth of them linked). AEB f6ac15a4: a city hall's 84-word news item inside 900
 * words of its menus, which the scorer rated 0.4 each. A pick of a few words is no article, whatever is around it
 * (WCXB 0659, a shop's collection: "No article found" without that bound).
 */
const menuShare = 0.5;
const proseLinks = 0.1;
const proseWords = 50;
/** A part is replaced by the whole subtree only for a clearly better expected F1 (0.05, the model's margin, let in more losses). */
const partSwitchMargin = 0.1;

/**
 * The pick's article element is a minor one: another article element of the best subtree is expected to hold most of
 * its content and several times the pick's. A recipe's summary card above the recipe itself (WCXB 4163: Readability
 * takes the 100-word card; the steps are the next `<article>`, the ingredients an `<aside>` beside it).
 */
const majorShare = 0.5;
const majorOverMinor = 3;

function isMinorRegion(region: ArticleRegion, best: NonNullable<PageScores['best']>): boolean {
  return best.regions.some((other) => other !== region && other.content >= majorShare * best.content
    && other.content >= majorOverMinor * region.content);
}

/**
 * On a forum thread, the pick is one post of the thread: one of several article elements (XenForo's and Invision's
 * posts) that fill the best subtree, or the only one, the first post, where the replies are not article elements
 * (Tapatalk; WCXB 0560). The replies are the content, however much less like prose they score than the post (WCXB
 * 2797: the pick was one reply of nine).
 */
const minPosts = 3;
const postsShare = 0.8;

function isOnePost(region: ArticleRegion, best: NonNullable<PageScores['best']>): boolean {
  if (best.regions.length === 1 && best.regions[0] === region) return true;
  const words = best.regions.reduce((sum, post) => sum + post.words, 0);
  return best.regions.length >= minPosts && best.regions.includes(region) && words >= postsShare * best.words;
}

/**
 * On a page that calls itself neither an article nor a product (a shop's category, a portfolio, a course list), a
 * subtree expected this much better takes a pick whatever its rest looks like: the pick is the intro above cards that
 * score lower than prose (WCXB 3010, 0076; a pick of 19-21 words on 4532, 0847, 4419, which was "No article
 * found"). On an article the rest stays judged: there it is the site's rails and links around the story (AEB
 * 5f9c5ed5, +1,000 words); on a product's page, its reviews and other products around the description (WCXB 0580).
 */
const muchBetterThanIntro = 0.3;
/**
 * A pick of fewer words than an article has (reader view would say "No article found") inside a subtree expected that
 * much better is a part of it, whatever the page says it is: a trail club's 20-word intro above its trails (WCXB 4627,
 * which calls itself an article), a shop's 10-word banner above its categories (0654, a product by its JSON-LD).
 */
const fewWords = 25;

/** How much like content the best subtree's words beyond the pick look (its expected precision). */
const restPrecision = (best: { words: number; content: number }, first: Omit<ArticleJudgement, 'region'>) =>
  (best.content - first.precision * first.words) / (best.words - first.words);

function isPartOf(
  best: { words: number; content: number; f1: number }, first: Omit<ArticleJudgement, 'region'>, page: PageKind = {},
): boolean {
  const share = best.f1 >= first.f1 + muchBetter ? largerPart : partOfBest;
  if (first.words >= share * best.words) return false;
  if ((page.declared === null || first.words < fewWords) && best.f1 >= first.f1 + muchBetterThanIntro) return true;
  return restPrecision(best, first) >= first.precision - restNoWorseBy;
}

/**
 * The switch is for whole wrong results: Readability's pick replaced by the best subtree only when the scores expect
 * clearly more of it, and Readability's pick lies mostly outside that subtree, looks mostly like clutter, or is only
 * a small part of it.
 */
export function shouldSwitch(
  best: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice'],
  page: PageKind = {},
): boolean {
  return isWholeWrong(best, first, choice, page) || growsTo(best, first, choice, page);
}

/**
 * Readability's pick lies mostly outside a subtree expected clearly better, or looks mostly like clutter, unless it
 * holds most of the subtree and the rest looks even less like content on a page that says it is an article or a
 * product: there the subtree only adds that rest (WCXB 0089: a guide whose tables the scorer doubts, 0.65, grew into
 * its FAQ and a related-posts rail, 0.61; 0.990 → 0.856). On a page that says neither, the rest is its cards and
 * plans, which score lower than prose (run 98: 2834, 4891, 2901, 4033 lost 0.1–0.2 each when kept to the pick).
 */
function isWholeWrong(
  best: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice'],
  page: PageKind = {},
): boolean {
  if (best.f1 <= first.f1 + choice.switchMargin) return false;
  if (first.inBest < 0.5) return true;
  if (first.precision >= choice.switchBelowPrecision) return false;
  if (!page.declared || first.words < mostOfBest * best.words || best.words <= first.words) return true;
  return restPrecision(best, first) >= first.precision;
}

/** The pick is a part of `whole`, which is expected clearly better (see `isPartOf`). */
function growsTo(
  whole: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice'],
  page: PageKind = {},
): boolean {
  return whole.f1 > first.f1 + Math.max(partSwitchMargin, choice.switchMargin) && isPartOf(whole, first, page);
}

/**
 * The pick is most of a subtree expected clearly better, and the subtree's other words look at least as much like
 * content as the pick: a course page's details above the schedule Readability took (WCXB 0424).
 */
function growsAlike(whole: { f1: number; words: number; content: number }, first: Omit<ArticleJudgement, 'region'>, choice: BlockModel['choice']): boolean {
  return whole.f1 > first.f1 + choice.switchMargin && first.words >= mostOfBest * whole.words && whole.words > first.words
    && restPrecision(whole, first) >= first.precision;
}

/**
 * What the page is: a forum thread by its address, whose replies are its content even where the forum calls them
 * comments (Vanilla's `li.Comment`); what it says it is (`declaredType`; null: neither an article nor a product).
 */
export interface PageKind {
  thread?: boolean;
  declared?: DeclaredType;
}

/**
 * What replaces Readability's pick, if anything: the best subtree (see `shouldSwitch`), or, when the pick is a part of
 * an article element inside it, that article element alone.
 */
export function chooseReplacement(scores: PageScores, first: ArticleJudgement, choice: BlockModel['choice'], page: PageKind = {}): Element | null {
  const best = scores.best;
  if (!best) return null;
  const menu = first.words >= proseWords && best.menuWords > menuShare * best.words && (first.linkWords ?? 0) < proseLinks * first.words;
  if (!menu && isWholeWrong(best, first, choice, page)) return best.copy;
  const region = first.region;
  if (region && page.thread && isOnePost(region, best)) return best.f1 > first.f1 + partSwitchMargin ? best.copy : null;
  if (region && !isMinorRegion(region, best)) {
    // A pick inside an article element grows only to that element.
    const whole = { f1: (2 * region.content) / (region.words + scores.content || 1), words: region.words, content: region.content };
    return growsTo(whole, first, choice, page) ? regionIn(best.copy, region.path) : null;
  }
  // A pick outside the article elements of a subtree they fill (cards of a listing) does not grow into them unless the
  // page calls itself neither an article nor a product (then they are its content: a shop's category, WCXB 4468), nor
  // into a subtree whose words beyond the pick are mostly comments (a blog post's thread, WCXB 4456).
  const cards = region ? 0 : best.regions.reduce((sum, card) => sum + card.words, 0);
  const rest = best.words - first.inBest * first.words;
  const restComments = page.thread ? 0 : best.commentWords - (first.commentWords ?? 0);
  // Nor into a second copy of itself (WCXB 0151: the article again, for another screen size).
  const unlike = restComments < commentShare * rest && (first.copyWords ?? 0) < copyShare * rest;
  return !menu && (cards < listingShare * best.words || page.declared === null) && unlike
    && (growsTo(best, first, choice, page) || growsAlike(best, first, choice)) ? best.copy : null;
}
