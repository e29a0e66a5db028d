// CDP tracing around one reader-view open: the page's main-thread tasks and the content script's evaluation.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; [key: string]: unknown }; [key: string]: unknown };
}

const categories = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession, extraCategories: string[] = []): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: TraceEvent[] }) => events.push(...data.value);
  cdp.on('Tracing.dataCollected' as never, collect as never);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories, ...extraCategories] } } as never);
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete' as never, () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected' as never, collect as never);
    return events;
  };
}

export interface TraceFigures {
  /** The trace event that evaluates content.js: its start and end as `performance.timeOrigin`-based page time. */
  injectionStart: number;
  injectionEnd: number;
  /** The longest task on the page's main thread between click and paint, ms, and whether it ran content.js. */
  longestTask: number;
  /** What ran in it: 'extract' (content.js and the pipeline), 'frame' (style, layout, paint), or 'other'. */
  longestKind: 'extract' | 'frame' | 'other';
  /** How many main-thread tasks ran in that window, and how many were over 50 ms. */
  tasks: number;
  over50: number;
  /** The page's renderer process (to check that each open gets a fresh one). */
  pid: number;
  /** The longest task on the page's main thread from `prepareFrom` to the click (while the popup prepared), ms. */
  longestPrepareTask: number;
}

/**
 * Reads the figures for one open. `paintedAt` is the page's `performance.timeOrigin`-based time of the mark
 * 'cp-painted' (made by the watcher), which ties the trace clock to the page clock; `clickAt` is the click.
 */
export function analyseTrace(events: TraceEvent[], clickAt: number, paintedAt: number, prepareFrom = clickAt): TraceFigures | null {
  const script = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && /\/content(-now)?\.js$/.test(e.args?.data?.url ?? ''));
  const mark = events.find((e) => e.name === 'cp-painted' && e.cat.includes('blink.user_timing'));
  if (!script || !mark) return null;
  // Trace µs → page ms: the mark was taken at paintedAt (give or take the mark call itself).
  const toPage = (ts: number) => paintedAt + (ts - mark.ts) / 1000;
  const between = (from: number, to: number) => events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === script.pid
    && e.tid === script.tid && toPage(e.ts + (e.dur ?? 0)) >= from && toPage(e.ts) <= to);
  const tasks = between(clickAt, paintedAt);
  const preparing = prepareFrom < clickAt ? between(prepareFrom, clickAt) : [];
  let longest: TraceEvent | undefined;
  for (const task of tasks) if (!longest || (task.dur ?? 0) > (longest.dur ?? 0)) longest = task;
  const contains = (outer: TraceEvent | undefined, inner: TraceEvent) =>
    !!outer && inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const paints = events.filter((e) => e.pid === script.pid && e.tid === script.tid && (e.name === 'Paint' || e.name === 'FireAnimationFrame'));
  const longestKind = contains(longest, script) ? 'extract' : paints.some((p) => contains(longest, p)) ? 'frame' : 'other';
  return {
    injectionStart: toPage(script.ts),
    injectionEnd: toPage(script.ts + (script.dur ?? 0)),
    longestTask: (longest?.dur ?? 0) / 1000,
    longestKind,
    tasks: tasks.length,
    over50: tasks.filter((t) => (t.dur ?? 0) > 50_000).length,
    pid: script.pid,
    longestPrepareTask: Math.max(0, ...preparing.map((t) => (t.dur ?? 0) / 1000)),
  };
}
