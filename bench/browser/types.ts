// What the browser benchmark records, per page and per open.

export interface ReadabilityFigures {
  /** First run after installing Readability in the page's main world, ms. */
  cold: number;
  /** Median of the three runs after it, ms. */
  warm: number;
  chars: number;
}

export const stageNames = ['message', 'injection', 'clone', 'prune', 'readability', 'declutter', 'sanitize', 'render', 'frame'] as const;
export type StageName = (typeof stageNames)[number];

/** One open from the popup click to the painted overlay (ms). Stages add up to `total`. */
export type OpenFigures = {
  status: string;
  popupFirstPaint: number | null;
  total?: number;
  /** Longest task on the page's main thread between click and paint, ms, and what ran in it (Chromium). */
  longestTask?: number;
  longestKind?: 'extract' | 'frame' | 'other';
  tasksOver50?: number;
  /** The page's renderer process id (Chromium): each open should have its own. */
  pid?: number;
} & Partial<Record<StageName, number>>;

export interface PageResult {
  id: string;
  url: string;
  readability: ReadabilityFigures | null;
  opens: OpenFigures[];
  error?: string;
}
