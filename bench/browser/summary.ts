// Per-page rows and the summary of one browser's run, and the goals they are held against.
import { fmt, max, median, percentile } from './stats';
import { stageNames, type OpenFigures, type PageResult, type StageName } from './types';

export const goals = { overheadMedian: 20, overheadP95: 30, directOverheadMedian: 50, longestTask: 50, layoutShift: 0 };

export interface Spread {
  median: number;
  p95: number;
}

export interface PageRow {
  id: string;
  host: string;
  readabilityCold: number;
  readabilityWarm: number;
  /** Median over this page's opens. */
  clearpage: number;
  overhead: number;
  ratio: number;
  longestTask: number;
  longestPrepareTask: number;
  /** One-click reading (no popup to prepare behind): median click → painted, and that minus (a) cold. */
  direct: number;
  directOverhead: number;
  layoutShift: number;
  imageShift: number;
  status: string;
}

export interface Summary {
  pages: number;
  opened: number;
  failed: string[];
  readabilityCold: Spread;
  readabilityWarm: Spread;
  clearpage: Spread;
  /** (b) − (a), against the cold run (each open is the first in its page load) and against the warm median. */
  overhead: Spread;
  overheadVsWarm: Spread;
  ratio: Spread;
  ratioVsWarm: Spread;
  stages: Record<StageName, number>;
  longestTask: Spread & { max: number; pagesOver50: number; kinds: Record<string, number> };
  longestPrepareTask: Spread & { max: number };
  direct: Spread;
  directOverhead: Spread;
  /** Share of opens whose article was prepared before the click. */
  early: number;
  layoutShift: Spread & { max: number };
  imageShift: Spread & { max: number };
  popupFirstPaint: Spread;
  goals: { overheadMedian: boolean; overheadP95: boolean; directOverheadMedian: boolean; longestTask: boolean; layoutShift: boolean };
}

const spread = (values: number[]): Spread => ({ median: median(values), p95: percentile(values, 95) });
const opened = (page: PageResult): OpenFigures[] => page.opens.filter((o) => o.status === 'open');
/** The opens (c) is read from: the traced ones when there are, else the timed ones (Firefox, --trace=off). */
const withTrace = (page: PageResult): OpenFigures[] => (page.traced ?? page.opens).filter((o) => o.status === 'open');

export function pageRow(page: PageResult): PageRow {
  const opens = opened(page);
  const traced = withTrace(page);
  const clearpage = median(opens.map((o) => o.total));
  const cold = page.readability?.cold ?? NaN;
  return {
    id: page.id.slice(0, 8),
    host: (() => { try { return new URL(page.url).host.replace(/^www\./, ''); } catch { return page.url; } })(),
    readabilityCold: cold,
    readabilityWarm: page.readability?.warm ?? NaN,
    clearpage,
    overhead: clearpage - cold,
    ratio: clearpage / cold,
    longestTask: max(traced.map((o) => o.longestTask)),
    longestPrepareTask: max(traced.map((o) => o.longestPrepareTask)),
    direct: median((page.direct ?? []).filter((d) => d.status === 'open').map((d) => d.total)),
    directOverhead: median((page.direct ?? []).filter((d) => d.status === 'open').map((d) => d.total)) - cold,
    layoutShift: max(opens.map((o) => o.layoutShift)),
    imageShift: max(opens.map((o) => o.imageShift)),
    status: page.error ? 'error' : opens.length === page.opens.length ? 'open' : page.opens.map((o) => o.status).join(','),
  };
}

export function summarize(pages: PageResult[]): Summary {
  const rows = pages.map(pageRow).filter((r) => Number.isFinite(r.clearpage) && Number.isFinite(r.readabilityCold));
  const opens = pages.flatMap(opened);
  const stages = Object.fromEntries(stageNames.map((s) => [s, median(opens.map((o) => o[s]))])) as Record<StageName, number>;
  const tasks = rows.map((r) => r.longestTask);
  const overhead = spread(rows.map((r) => r.overhead));
  const directOverhead = spread(rows.map((r) => r.directOverhead));
  const longestMax = max(tasks);
  return {
    pages: pages.length,
    opened: rows.length,
    failed: pages.filter((p) => !rows.some((r) => r.id === p.id.slice(0, 8))).map((p) => `${p.id.slice(0, 8)} (${p.error ?? pageRow(p).status})`),
    readabilityCold: spread(rows.map((r) => r.readabilityCold)),
    readabilityWarm: spread(rows.map((r) => r.readabilityWarm)),
    clearpage: spread(rows.map((r) => r.clearpage)),
    overhead,
    overheadVsWarm: spread(rows.map((r) => r.clearpage - r.readabilityWarm)),
    ratio: spread(rows.map((r) => r.ratio)),
    ratioVsWarm: spread(rows.map((r) => r.clearpage / r.readabilityWarm)),
    stages,
    longestTask: {
      ...spread(tasks), max: longestMax, pagesOver50: tasks.filter((t) => t > goals.longestTask).length,
      kinds: pages.flatMap(withTrace).reduce<Record<string, number>>((n, o) => (o.longestKind ? { ...n, [o.longestKind]: (n[o.longestKind] ?? 0) + 1 } : n), {}),
    },
    longestPrepareTask: { ...spread(rows.map((r) => r.longestPrepareTask)), max: max(rows.map((r) => r.longestPrepareTask)) },
    direct: spread(rows.map((r) => r.direct)),
    directOverhead,
    early: opens.filter((o) => o.early === 1).length / Math.max(1, opens.length),
    layoutShift: { ...spread(rows.map((r) => r.layoutShift)), max: max(rows.map((r) => r.layoutShift)) },
    imageShift: { ...spread(rows.map((r) => r.imageShift)), max: max(rows.map((r) => r.imageShift)) },
    popupFirstPaint: spread(pages.flatMap((p) => p.opens.map((o) => o.popupFirstPaint ?? NaN))),
    goals: {
      overheadMedian: overhead.median <= goals.overheadMedian,
      overheadP95: overhead.p95 <= goals.overheadP95,
      directOverheadMedian: directOverhead.median <= goals.directOverheadMedian,
      // The issue's goal: the longest task, median over pages, while opening and while preparing.
      longestTask: Math.max(median(tasks), median(rows.map((r) => r.longestPrepareTask))) <= goals.longestTask,
      layoutShift: max(rows.map((r) => r.layoutShift)) <= goals.layoutShift,
    },
  };
}

const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

export function pageTable(pages: PageResult[]): string {
  return table(['page', 'site', '(a) cold', '(a) warm', '(b)', '(b)−(a)', '(c) longest task', 'prepare task', '(d) one-click', '(d)−(a)', 'moved px', 'image px', 'status'],
    pages.map(pageRow).map((r) => [r.id, r.host, fmt(r.readabilityCold), fmt(r.readabilityWarm), fmt(r.clearpage),
      fmt(r.overhead), fmt(r.longestTask), fmt(r.longestPrepareTask), fmt(r.direct), fmt(r.directOverhead), fmt(r.layoutShift), fmt(r.imageShift), r.status]));
}

const pass = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function summaryTable(s: Summary): string {
  const row = (name: string, v: Spread, digits = 1) => [name, fmt(v.median, digits), fmt(v.p95, digits)];
  return [
    table(['ms (pages with an open reader)', 'median', 'p95'], [
      row('(a) Readability alone, cold', s.readabilityCold), row('(a) Readability alone, warm (median of 3)', s.readabilityWarm),
      row('(b) Clearpage click → painted', s.clearpage), row('(b) − (a cold)', s.overhead), row('(b) − (a warm)', s.overheadVsWarm),
      row('(b) ÷ (a cold)', s.ratio, 2), row('(b) ÷ (a warm)', s.ratioVsWarm, 2), row('(c) longest main-thread task, opening', s.longestTask),
      row('(c) longest main-thread task, preparing', s.longestPrepareTask),
      row('(d) one-click reading (no popup) click → painted', s.direct), row('(d) − (a cold)', s.directOverhead),
      row('header moved after its first paint (tools loading), px', s.layoutShift),
      row('article start moved after its first paint (images with no size loading), px', s.imageShift),
      row('popup first paint (toolbar click → paint)', s.popupFirstPaint),
    ]),
    `Article prepared before the click in ${(s.early * 100).toFixed(0)}% of opens.`,
    '',
    table(['stage', ...stageNames], [['median ms', ...stageNames.map((n) => fmt(s.stages[n]))]]),
    '',
    `Goals: overhead (b) − (a) median ≤ ${goals.overheadMedian} ms: ${pass(s.goals.overheadMedian)} (${fmt(s.overhead.median)}); ` +
      `p95 ≤ ${goals.overheadP95} ms: ${pass(s.goals.overheadP95)} (${fmt(s.overhead.p95)}); ` +
      `(d) − (a) median ≤ ${goals.directOverheadMedian} ms: ${pass(s.goals.directOverheadMedian)} (${fmt(s.directOverhead.median)}); ` +
      `(c) median ≤ ${goals.longestTask} ms opening and preparing: ${pass(s.goals.longestTask)} (${fmt(s.longestTask.median)} / ${fmt(s.longestPrepareTask.median)}; ` +
      `max ${fmt(s.longestTask.max)}, ${s.longestTask.pagesOver50} of ${s.opened} pages above); ` +
      `no move after the first paint: ${pass(s.goals.layoutShift)} (max ${fmt(s.layoutShift.max)} px).`,
    Object.keys(s.longestTask.kinds).length
      ? `Longest task was, per open: ${Object.entries(s.longestTask.kinds).map(([k, n]) => `${k} ${n}`).join(', ')} (extract = content.js and the pipeline; frame = style, layout, paint).`
      : '',
    s.failed.length ? `Not opened: ${s.failed.join(', ')}` : `All ${s.pages} pages opened.`,
  ].join('\n');
}
