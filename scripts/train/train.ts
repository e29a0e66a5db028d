/**
 * npm run train [-- --folds 5] [--limit N] [--no-write] [--shard I/N]
 *
 * Trains the block scorer on WCXB dev (../shared/corpus/wcxb-dev) and writes its weights to
 * src/extract/block-model.json, the stop-word lists to src/extract/stop-words.json. Deterministic: the fit is
 * exact (Newton), the folds come from a hash of each page's registrable domain. Prints cross-validation
 * figures (folds grouped by site): the scorer on blocks, and the candidate choice replayed on held-out pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadWcxb } from '../../bench/corpus';
import { blockFeatureNames, featureCount } from '../../src/extract/block-features';
import { collectRows, type PageRows } from './collect-blocks';
import { fitLogistic, predict } from './logistic';
import { samplesOf } from './training-rows';
import { foldOfSite, siteOf } from './site-folds';
import { buildStopWordLists } from './stop-word-lists';
import { crossValidate, printReport } from './cross-validate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Bump when what collect-blocks measures changes: the cache of rows is keyed by it and the stop words. */
const measuresVersion = 'm1';
export const lambda = 3;

const significant = (value: number) => Number(value.toPrecision(5));

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { folds: { type: 'string' }, limit: { type: 'string' }, 'no-write': { type: 'boolean' }, shard: { type: 'string' } },
  });
  const folds = Number(values.folds ?? 5);
  const all = loadWcxb();
  const pages = values.limit ? all.slice(0, Number(values.limit)) : all;
  const write = values['no-write'] !== true;
  const log = (line: string) => process.stderr.write(`[train] ${line}\n`);

  const stopWords = buildStopWordLists(all);
  const stopWordsJson = `${JSON.stringify(stopWords, null, 1)}\n`;
  const stopWordsFile = join(root, 'src/extract/stop-words.json');
  if (readFileSync(stopWordsFile, 'utf8') !== stopWordsJson) {
    if (!write) throw new Error('the stop-word lists changed: run without --no-write first');
    writeFileSync(stopWordsFile, stopWordsJson);
    log('stop-word lists changed: rerun `npm run train` so the blocks are measured with them');
    return;
  }
  const cacheKey = `${measuresVersion}-${createHash('sha256').update(stopWordsJson).digest('hex').slice(0, 8)}`;
  const cacheDir = join(root, '.tmp', 'train');
  if (values.shard) {
    // Only fills the cache with every Nth page (from I), so N processes can parse the pages at once; a run without it
    // then reads them all from the cache.
    const [shard, shards] = values.shard.split('/').map(Number);
    if (!Number.isInteger(shard) || !Number.isInteger(shards) || shard! < 0 || shard! >= shards!) {
      throw new Error(`--shard takes I/N with 0 <= I < N (such as 0/2), not ${values.shard}`);
    }
    await collectRows(pages.filter((_, i) => i % shards! === shard), cacheDir, cacheKey, log);
    return;
  }
  const rows = await collectRows(pages, cacheDir, cacheKey, log);
  const truths = new Map(pages.map((page) => [page.id, page.truth]));
  const types = new Map(pages.map((page) => [page.id, page.type]));
  const foldOf = foldOfSite(rows.map((page) => siteOf(page.url)), folds);
  const pageFold = (page: PageRows) => foldOf.get(siteOf(page.url))!;

  const report = crossValidate(rows, folds, pageFold, truths, types, (train) => {
    const fitted = fitLogistic(samplesOf(train), lambda);
    return (x) => predict(fitted, x);
  });
  printReport(report);

  const samples = samplesOf(rows);
  const model = fitLogistic(samples, lambda);
  const spread = model.weights.map((_, j) => {
    const values = samples.map((sample) => sample.x[j]!);
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / values.length);
  });
  const ranked = model.weights
    .map((weight, j) => ({ name: blockFeatureNames[j]!, weight, effect: weight * spread[j]! }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  process.stdout.write(`\nStrongest features (weight × spread):\n${ranked.slice(0, 12).map((f) => `  ${f.name} ${f.effect.toFixed(2)}`).join('\n')}\n`);
  const json = {
    features: featureCount,
    bias: significant(model.bias),
    weights: model.weights.map(significant),
    choice: report.chosen,
  };
  if (write) {
    writeFileSync(join(root, 'src/extract/block-model.json'), `${JSON.stringify(json)}\n`);
    log(`wrote src/extract/block-model.json (${rows.length} pages, ${rows.reduce((n, page) => n + page.blocks.length, 0)} blocks)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
