/** Why a block was taken out, in words a reader understands (shown in the overlay's "hidden" list). */
export type RuleName =
  | 'navigation'
  | 'form'
  | 'newsletter'
  | 'call-to-action'
  | 'consent-banner'
  | 'share-bar'
  | 'ad'
  | 'comments'
  /** Customer reviews under a product (a shop's page). */
  | 'reviews'
  | 'hidden'
  | 'audio-note'
  | 'related'
  | 'author-box'
  | 'tags'
  | 'duplicate-header'
  | 'feed-rail'
  | 'boilerplate'
  | 'credit'
  /** The page's own table of contents (links to its headings): reader view has its own outline. */
  | 'contents'
  /** A dialog over the page: sign-up, paywall or app prompts. */
  | 'modal'
  /** A whole other story on the same page (infinite scroll), not the one the reader is looking at. */
  | 'another-story'
  /** The learned block scorer: most unlike the main content of pages (menus, teasers, footers Readability kept). */
  | 'not-content'
  /** Prose missing from the article text the page itself publishes (JSON-LD `articleBody`), which holds all the rest. */
  | 'not-in-article-text'
  /** The same photo again, after its first showing (a gallery's thumbnails). */
  | 'repeated-image';

export interface RemovedItem {
  rule: RuleName;
  stage: 'prune' | 'declutter';
  /** Up to ~80 characters of the removed block's text. */
  sample: string;
  /** With `keepRemoved`: the removed element's markup as it was (NOT sanitized: sanitize before inserting it anywhere). */
  html?: string;
  /** With `keepRemoved`: where it was, as neighbours marked with `data-cp-anchor`, best first. */
  anchors?: RemovedAnchor[];
  /** With `keepRemoved`: a short CSS-like signature (tag, stable class names, role), for per-site rules. */
  signature?: string;
}

/** The element carrying `data-cp-anchor="id"` that the removed block sat after or before, or inside (at its start or end). */
export interface RemovedAnchor {
  id: string;
  at: 'after' | 'before' | 'start' | 'end';
}

export interface StageTimings {
  prune: number;
  /** The learned block scorer and the choice between candidates (absent without a model). */
  score?: number;
  readability: number;
  declutter: number;
  sanitize: number;
  total: number;
}

export interface Article {
  ok: true;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  /**
   * The sanitized article body, in an inert document: the overlay moves these nodes in without parsing again. Its
   * markup (`content.innerHTML`) is serialized only where it is needed (the CLI, the exports), never for reader view.
   */
  content: HTMLElement;
  /** Plain text, a line break between blocks. */
  text: string;
  removed: RemovedItem[];
  /** Whose pick the article is: Readability's, the learned block scorer's best subtree that replaced it, or a Q&A page's posts. */
  chosen?: 'readability' | 'best-subtree' | 'qa-thread';
  timings: StageTimings;
}

export type NoArticleReason = 'no-article' | 'too-large' | 'not-html';

export interface NoArticle {
  ok: false;
  reason: NoArticleReason;
  message: string;
  timings: StageTimings;
}

export type ExtractResult = Article | NoArticle;

export interface ExtractOptions {
  /** The page's address; relative links and images resolve against it. */
  url?: string;
  /** Pages with more elements than this are refused as too large (0 = no limit). */
  maxElements?: number;
  /** Fewer words than this is "no article" (default 25). */
  minWords?: number;
  /** The window whose DOM builds DOMPurify (defaults to the global window: pass one in Node). */
  window?: Window & typeof globalThis;
  /** Keep each removed block's markup and place (RemovedItem html, anchors, signature), so it can be shown back. */
  keepRemoved?: boolean;
  /** The learned block scorer's weights (default: the bundled model; null: Readability and the clutter rules alone). */
  blockModel?: import('./block-scorer').BlockModel | null;
  /**
   * Where the reader is looking, as `elementPath(element)` of an element in view on the live page (e.g. the one at
   * the viewport's centre). When the page holds several stories (infinite scroll), the one holding it is kept.
   */
  inViewPath?: number[];
}
