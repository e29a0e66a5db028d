/**
 * What the candidate choice of extract-article.ts would give on a held-out page, replayed on the cached rows:
 * the first extraction's text (Readability + clutter rules), its blocks the scorer doubts taken out, or the
 * subtree with the best expected F1 instead. Scored with WCXB's word F1 against the page's truth.
 */
import { bestSubtree, expectedContent, expectedF1 } from '../../src/extract/expected-f1';
import type { BlockModel } from '../../src/extract/block-scorer';
import type { ArticleJudgement } from '../../src/extract/page-scores';
import { shouldSwitch } from '../../src/extract/choose-replacement';
import { wordScores } from '../../bench/metrics-wcxb';
import type { PageRows } from './collect-blocks';

/** See BlockModel['choice'] and shouldSwitch. */
export type ChoiceParameters = BlockModel['choice'];

export interface PageOutcome {
  f1: number;
  firstF1: number;
  switched: boolean;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One held-out page's replay: the candidate texts are scored once and looked up for each choice of parameters. */
export interface PageReplay {
  outcome(params: ChoiceParameters): PageOutcome;
  /** For analysis: the expected F1 gain of switching, and the F1 each base would really give (nothing dropped). */
  gain: number;
  firstF1: number;
  subtreeF1: number;
  firstPrecision: number;
  overlap: number;
}

export function replayPage(page: PageRows, p: readonly number[], truth: string): PageReplay {
  const blocks = page.blocks.map((row, i) => ({ words: row.words, p: p[i]!, path: row.path, text: row.text }));
  const content = expectedContent(blocks);
  const byText = new Map(blocks.map((block) => [fold(block.text), block]));
  const firstLines = page.firstText ? page.firstText.split('\n') : [];
  const firstBlocks = firstLines.map((line) => byText.get(fold(line))).filter((block) => block !== undefined);
  const firstF1 = wordScores(page.firstText ?? '', truth).f1;
  const best = bestSubtree(blocks, content);
  const gain = best ? best.f1 - expectedF1(firstBlocks, content) : -Infinity;
  const firstWords = firstBlocks.reduce((n, b) => n + b.words, 0);
  const firstTp = firstBlocks.reduce((n, b) => n + b.words * b.p, 0);
  const inBest = best ? firstBlocks.filter((b) => b.path.includes(best.key)).reduce((n, b) => n + b.words, 0) : 0;
  const judgement: ArticleJudgement = {
    f1: expectedF1(firstBlocks, content), precision: firstWords ? firstTp / firstWords : 0, inBest: firstWords ? inBest / firstWords : 0,
    words: firstWords,
  };
  const inside = best ? blocks.filter((block) => block.path.includes(best.key)) : [];
  const bestSize = { words: inside.reduce((n, b) => n + b.words, 0), content: expectedContent(inside) };
  const subtreeLines = best ? blocks.filter((block) => block.path.includes(best.key)).map((block) => block.text) : [];
  const memo = new Map<string, number>();
  const f1Of = (switched: boolean, dropBelow: number) => {
    const key = `${switched} ${dropBelow}`;
    let f1 = memo.get(key);
    if (f1 === undefined) {
      const kept = (switched ? subtreeLines : firstLines).filter((line) => {
        const block = byText.get(fold(line));
        return !block || block.p >= dropBelow;
      });
      memo.set(key, (f1 = wordScores(kept.join('\n'), truth).f1));
    }
    return f1;
  };
  return {
    gain, firstF1, subtreeF1: f1Of(true, 0), firstPrecision: judgement.precision, overlap: judgement.inBest,
    outcome(params) {
      const switched = !!best && shouldSwitch({ f1: best.f1, ...bestSize }, judgement, params);
      return { f1: f1Of(switched, params.dropBelow), firstF1, switched };
    },
  };
}
