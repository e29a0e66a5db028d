// What the browser benchmark records, per page and per open.

export interface ReadabilityFigures {
  /** First run after installing Readability in the page's main world, ms. */
  cold: number;
  /** Median of the three runs after it, ms. */
  warm: number;
  chars: number;
}

/**
 * Where the time of one open goes. From the toggle click: `before` (the message into the page, waiting for the prepared
 * article, reading settings), `render` (the overlay built), `frame` (until that frame is painted). Before the click,
 * while the popup was open: the preparation's stages, `clone` … `sanitize` (`score`: the block scorer and the choice of
 * the article it informs).
 */
export const stageNames = ['before', 'wait', 'render', 'frame', 'clone', 'prune', 'score', 'readability', 'declutter', 'sanitize'] as const;
export type StageName = (typeof stageNames)[number];

/** One open (ms). */
export type OpenFigures = {
  status: string;
  popupFirstPaint: number | null;
  /** Toggle click → first painted frame with the article's text. */
  total?: number;
  /** 1 when the article was prepared before the click (the toggle only showed it). */
  early?: number;
  /** Longest task on the page's main thread between click and paint, ms, and what ran in it (Chromium). */
  longestTask?: number;
  longestKind?: 'extract' | 'frame' | 'other';
  tasksOver50?: number;
  /** Longest task on the page's main thread while the popup was open and the article was prepared, ms. */
  longestPrepareTask?: number;
  /** How far reader view's header moved from its first paint until the reading tools were in, px (0 = nothing moved). */
  layoutShift?: number;
  /** How far the article's first block moved meanwhile, px: images above it that load with no size given by the page. */
  imageShift?: number;
  /** The page's renderer process id (Chromium): each open should have its own. */
  pid?: number;
} & Partial<Record<StageName, number>>;

/** One-click reading (the toolbar button toggles with no popup, as the shortcut does): click → painted, ms. */
export interface DirectFigures {
  status: string;
  total?: number;
  longestTask?: number;
}

export interface PageResult {
  id: string;
  url: string;
  readability: ReadabilityFigures | null;
  /** Timed opens: (b), the stages and the moves. In Chromium these are untraced, like (a). */
  opens: OpenFigures[];
  /** Chromium: as many more opens under a CDP trace, for (c) only (a trace slows the open it records by 5–8 ms). */
  traced?: OpenFigures[];
  direct?: DirectFigures[];
  error?: string;
}
