/**
 * npm run bench -- [--only aeb|wcxb|readability|growth[,…]] [--limit N] [--type PAGE_TYPE] [--jobs N] [--save-text]
 *                   [--out DIR] [--quiet]
 *   --limit N     the first N pages of each corpus (smoke runs, fast tuning); growth: the smallest article only
 *   --type T      WCXB pages of one type only (article, documentation, forum, …)
 *   --jobs N      child processes running pages (default: the CPU count, at most 4)
 *   --strict-parse  a page jsdom throws on scores 0 for both systems (default: parse it again without <style>)
 *   --render      only rebuild report.md (and the goals) from an existing <out>/report.json
 *   --save-text   also write every output text to <out>/text/<corpus>/<id>.<system>.txt
 *
 * Clearpage's pipeline and plain Readability 0.6.0 side by side on ../shared/corpus: AEB, WCXB dev and
 * Readability's own test pages, and on generated articles of growing length (growth.ts). Writes bench/results/report.json and report.md, prints the table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { loadAeb, loadReadabilityPages, loadWcxb } from './corpus';
import { buildRows, markdownTable, type BenchReport } from './report';
import { runAeb, runReadabilityPages, runWcxb, type SuiteContext } from './suites';
import { processRunner } from './pool';
import { TimingCollector } from './timing';
import { growthSizes, runGrowth } from './growth';

const suites = ['aeb', 'wcxb', 'readability', 'growth'] as const;
type Suite = (typeof suites)[number];

const benchDir = dirname(fileURLToPath(import.meta.url));

function packageVersion(name: string): string {
  try {
    const path = join(benchDir, '..', 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      type: { type: 'string' },
      'save-text': { type: 'boolean' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
      jobs: { type: 'string' },
      'strict-parse': { type: 'boolean' },
      render: { type: 'boolean' },
    },
  });
  const only = (values.only ? values.only.split(',').map((name) => name.trim()) : [...suites]) as Suite[];
  for (const name of only) {
    if (!suites.includes(name)) throw new Error(`--only takes ${suites.join(', ')} (got "${name}")`);
  }
  const limit = values.limit === undefined ? null : Number(values.limit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) throw new Error('--limit takes a positive integer');
  const outDir = resolve(values.out ?? join(benchDir, 'results'));
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), 4) : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs > 0)) throw new Error('--jobs takes a positive integer');
  return {
    only,
    limit,
    type: values.type ?? null,
    jobs,
    outDir,
    styleFallback: values['strict-parse'] !== true,
    saveText: values['save-text'] === true,
    render: values.render === true,
    quiet: values.quiet === true,
  };
}

function write(outDir: string, report: BenchReport): void {
  const { rows, goals } = buildRows(report);
  report.goals = goals;
  const markdown = markdownTable(report, rows);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(join(outDir, 'report.md'), markdown);
  process.stdout.write(markdown);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (opts.render) {
    write(opts.outDir, JSON.parse(readFileSync(join(opts.outDir, 'report.json'), 'utf8')) as BenchReport);
    return;
  }
  const started = performance.now();
  const take = <T>(list: T[]) => (opts.limit === null ? list : list.slice(0, opts.limit));
  const timing = new TimingCollector();
  const runner = await processRunner(opts.jobs);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      runner.close(); // stops the workers and removes their bundle
      process.exit(code);
    });
  }
  const context: SuiteContext = {
    runner,
    styleFallback: opts.styleFallback,
    timing,
    saveTextDir: opts.saveText ? join(opts.outDir, 'text') : null,
    progress: (message) => {
      if (!opts.quiet) process.stderr.write(`[bench] ${message}\n`);
    },
  };
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    durationSeconds: 0,
    environment: {
      node: process.versions.node,
      jsdom: packageVersion('jsdom'),
      readability: packageVersion('@mozilla/readability'),
    },
    options: { only: opts.only, limit: opts.limit, type: opts.type, jobs: opts.jobs, styleFallback: opts.styleFallback, bootstrapRounds: 1000 },
    timing: {},
    outcomes: {},
    goals: [],
  };

  try {
    if (opts.only.includes('aeb')) report.aeb = await runAeb(take(loadAeb()), context);
    if (opts.only.includes('wcxb')) {
      const pages = take(loadWcxb(opts.type ?? undefined));
      if (pages.length === 0) throw new Error(`No WCXB pages of type "${opts.type}"`);
      report.wcxb = await runWcxb(pages, context);
    }
    if (opts.only.includes('readability')) {
      report.readabilityPages = await runReadabilityPages(take(loadReadabilityPages()), context);
    }
    // In this process, after the pool's pages: nothing else of the benchmark runs beside it.
    if (opts.only.includes('growth')) report.growth = await runGrowth(opts.limit === null ? growthSizes : growthSizes.slice(0, 1), context.progress);
  } finally {
    runner.close();
  }

  report.timing = timing.summaries();
  report.outcomes = timing.outcomes;
  report.durationSeconds = (performance.now() - started) / 1000;
  write(opts.outDir, report);
  context.progress(`done in ${report.durationSeconds.toFixed(0)} s; wrote ${join(opts.outDir, 'report.json')} and report.md`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
