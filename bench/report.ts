/** The benchmark's report: one object (report.json) and a Markdown table (report.md, stdout). */
import type { AebResult, ReadabilityPagesResult, WcxbResult } from './suites';
import type { Outcomes, TimingSummary } from './timing';
import type { GrowthRow } from './growth';

export interface BenchReport {
  generatedAt: string;
  durationSeconds: number;
  environment: { node: string; jsdom: string; readability: string };
  options: {
    only: string[];
    limit: number | null;
    type: string | null;
    jobs: number;
    styleFallback: boolean;
    bootstrapRounds: number;
  };
  aeb?: AebResult;
  wcxb?: WcxbResult;
  readabilityPages?: ReadabilityPagesResult;
  growth?: GrowthRow[];
  timing: Record<string, TimingSummary>;
  /** Per corpus and system: pages without output, by cause. */
  outcomes: Record<string, Record<'readability' | 'clearpage', Outcomes>>;
  goals: GoalRow[];
}

export interface GoalRow {
  metric: string;
  readability: number | null;
  clearpage: number | null;
  goal: string;
  met: boolean | null;
}

interface Row {
  metric: string;
  readability: string;
  clearpage: string;
  goal: string;
}

const fixed = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const percent = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`;

type Compare = '≥' | '≤';

export function buildRows(report: BenchReport): { rows: Row[]; goals: GoalRow[] } {
  const rows: Row[] = [];
  const goals: GoalRow[] = [];
  const outcomeRow = (corpus: string, label: string) => {
    const bySystem = report.outcomes[corpus];
    if (!bySystem) return;
    const cell = (o: Outcomes) =>
      `${o.parseError + o.exception + o.noArticle} (${o.parseError} / ${o.exception} / ${o.noArticle})`;
    rows.push({
      metric: `${label} pages without text (unparsable / exception / no article)`,
      readability: cell(bySystem.readability),
      clearpage: cell(bySystem.clearpage),
      goal: '',
    });
  };
  const add = (
    metric: string, r: number | null | undefined, c: number | null | undefined,
    show: (value: number | null | undefined) => string = fixed,
    goal?: [Compare, number],
    display?: [string, string],
  ) => {
    let goalText = '';
    if (goal) {
      const [op, target] = goal;
      const value = c ?? Number.NaN;
      const met = Number.isNaN(value) ? null : op === '≥' ? value >= target : value <= target;
      goalText = `${op} ${show(target)} ${met === null ? '' : met ? '✓' : '✗'}`.trim();
      goals.push({ metric: metric.replace(/\*\*/g, ''), readability: r ?? null, clearpage: c ?? null, goal: `${op} ${target}`, met });
    }
    rows.push({ metric, readability: display?.[0] ?? show(r), clearpage: display?.[1] ?? show(c), goal: goalText });
  };

  const aeb = report.aeb;
  if (aeb) {
    const { readability: r, clearpage: c } = aeb.systems;
    const pm = (key: 'f1' | 'precision' | 'recall'): [string, string] =>
      [`${fixed(r[key])} ± ${fixed(r.sd[key])}`, `${fixed(c[key])} ± ${fixed(c.sd[key])}`];
    add('**AEB** F1', r.f1, c.f1, fixed, ['≥', 0.975], pm('f1'));
    add('AEB precision', r.precision, c.precision, fixed, ['≥', 0.97], pm('precision'));
    add('AEB recall', r.recall, c.recall, fixed, ['≥', 0.98], pm('recall'));
    add(`AEB accuracy (identical tokens), ${aeb.pages} pages`, r.accuracy, c.accuracy, percent);
    outcomeRow('aeb', 'AEB');
  }

  const wcxb = report.wcxb;
  if (wcxb) {
    const { readability: r, clearpage: c } = wcxb.systems;
    const label = (type: string) => `**WCXB** ${type} (${(c.byType[type] ?? c.all).pages})`;
    if (Object.keys(c.byType).length > 1) {
      add(`**WCXB** all types (${c.all.pages}) word F1`, r.all.f1, c.all.f1, fixed, ['≥', 0.88]);
      rows.push({
        metric: 'WCXB all types word precision / recall',
        readability: `${fixed(r.all.precision)} / ${fixed(r.all.recall)}`,
        clearpage: `${fixed(c.all.precision)} / ${fixed(c.all.recall)}`,
        goal: '',
      });
      add('WCXB all types must-include found', r.all.with, c.all.with, percent);
      add('WCXB all types must-exclude found', r.all.without, c.all.without, percent);
      add('WCXB all types title is the annotated headline', r.all.title, c.all.title, percent);
      add('WCXB all types byline is the annotated author (pages with one)', r.all.byline, c.all.byline, percent);
    }
    for (const type of Object.keys(c.byType)) {
      const rt = r.byType[type];
      const ct = c.byType[type];
      if (!rt || !ct) continue;
      // Issue 12's goals: articles 0.96, documentation 0.95.
      const f1Goal: [Compare, number] | undefined = type === 'article' ? ['≥', 0.96] : type === 'documentation' ? ['≥', 0.95] : undefined;
      add(`${label(type)} word F1`, rt.f1, ct.f1, fixed, f1Goal);
      // Where the loss is: a few whole wrong results, or a little everywhere.
      const concentration = (summary: typeof ct) => `${percent(summary.bad)} (${percent(summary.badLoss)} of the loss)`;
      add(`WCXB ${type} pages with F1 < 0.8 (their share of the F1 lost)`, rt.bad, ct.bad, percent,
        type === 'article' ? ['≤', 0.03] : undefined, [concentration(rt), concentration(ct)]);
      if (type === 'article') {
        add('WCXB article must-include found', rt.with, ct.with, percent, ['≥', 0.93]);
        if (ct.withLoose !== undefined) {
          add('WCXB article must-include found with curly quotes and "- " list markers folded (diagnostic, not the metric)', rt.withLoose, ct.withLoose, percent);
        }
        add('WCXB article must-exclude found', rt.without, ct.without, percent, ['≤', 0.03]);
      }
    }
    outcomeRow('wcxb', 'WCXB');
  }

  const pages = report.readabilityPages;
  if (pages) {
    const { readability: r, clearpage: c } = pages.systems;
    add(`**Readability pages** (${pages.pages}) median expected text kept`, r.medianKept, c.medianKept, fixed, ['≥', 0.98]);
    add('Readability pages min kept', r.minKept, c.minKept);
    add('Readability pages below 0.90 kept', r.below090.length, c.below090.length, (v) => (v == null ? '—' : String(v)));
    for (const field of ['title', 'byline', 'lang', 'dir'] as const) {
      add(`Readability pages ${field} = expected`, r.agreement[field], c.agreement[field], percent);
    }
    outcomeRow('readability-pages', 'Readability');
  }

  const time = report.timing.all;
  if (time && time.pages > 0) {
    add(`**Time** (${time.pages} pages) median ms`, time.readability.median, time.clearpage.median, (v) => fixed(v, 1));
    add('Time p95 ms', time.readability.p95, time.clearpage.p95, (v) => fixed(v, 1));
    add('Time ratio Clearpage ÷ Readability, median', null, time.ratio.median, (v) => fixed(v, 2), ['≤', 1.0]);
    add('Time ratio p95', null, time.ratio.p95, (v) => fixed(v, 2), ['≤', 1.2]);
    if (time.cpuRatio) {
      rows.push({
        metric: 'CPU-time ratio median / p95',
        readability: '—',
        clearpage: `${fixed(time.cpuRatio.median, 2)} / ${fixed(time.cpuRatio.p95, 2)}`,
        goal: '',
      });
    }
  }
  for (const row of report.growth ?? []) {
    const label = `Growth: generated article of ${row.paragraphs.toLocaleString('en')} paragraphs (${row.words.toLocaleString('en')} words), median ms of ${row.runs} · ratio`;
    // A run where a system gave no text has no ratio to hold against the goal.
    add(row.ok ? label : `${label} (a system gave no text)`, null, row.ok ? row.ratio : Number.NaN, (v) => fixed(v, 2), ['≤', 1.2],
      [fixed(row.readabilityMs, 0), `${fixed(row.clearpageMs, 0)} · ${fixed(row.ratio, 2)}`]);
  }
  return { rows, goals };
}

export function markdownTable(report: BenchReport, rows: Row[]): string {
  const { only, limit, type } = report.options;
  const scope = [only.join(', '), limit ? `first ${limit} pages of each` : 'all pages', type ? `WCXB type ${type}` : '']
    .filter(Boolean)
    .join('; ');
  const dropped = Object.entries(report.outcomes)
    .map(([corpus, bySystem]) => [corpus, bySystem.clearpage.stylesDropped] as const)
    .filter(([, count]) => count > 0)
    .map(([corpus, count]) => `${count} ${corpus}`);
  const parsing = report.options.styleFallback
    ? `Pages jsdom's CSS parser throws on were parsed again without their \`<style>\` elements (${dropped.join(', ') || 'none'}). `
    : 'Pages jsdom cannot parse score 0 (--strict-parse). ';
  const lines = [
    `### Clearpage vs Readability ${report.environment.readability} (${scope})`,
    '',
    '| metric | Readability 0.6.0 | Clearpage | goal |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.metric} | ${row.readability} | ${row.clearpage} | ${row.goal} |`),
    '',
    `Both systems on the same pages in one run, each on its own fresh jsdom ${report.environment.jsdom} of the page, ` +
      'scored on the same block-aware text (`blockText`). AEB: the benchmark\'s evaluate.py metric, ± = standard ' +
      `deviation over ${report.options.bootstrapRounds} seeded bootstrap resamples. WCXB: mean per-page word F1; ` +
      'must-include/-exclude = share of all snippets found. ' + parsing + 'Time: the extraction call only (not parsing), ' +
      `Node ${report.environment.node}, ${report.options.jobs} process(es); run took ${Math.round(report.durationSeconds)} s.`,
    '',
  ];
  return lines.join('\n');
}
