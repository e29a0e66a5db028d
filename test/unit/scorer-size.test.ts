import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The budget for what the learned extraction adds to the content script: the model, its inference code and the
// stop-word lists, minified together (the modules the rest of the pipeline already had are left out).
const extract = join(import.meta.dirname, '..', '..', 'src', 'extract');

describe('size of the block scorer in the content script', () => {
  it('model + inference + word lists minify to at most 20 KB', async () => {
    const result = await build({
      stdin: {
        contents: `export { scorePage, dropDoubtful, judgeArticle } from './page-scores';
          export { chooseReplacement } from './choose-replacement';
          export { keepStoryInView, elementPath } from './story-in-view';
          export { default as model } from './block-model.json';`,
        resolveDir: extract,
        loader: 'ts',
      },
      bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', logLevel: 'silent',
      plugins: [{
        name: 'pipeline-already-there',
        setup(b) {
          b.onResolve({ filter: /^\.\/(dom-measures|text|removed-place|types)$/ }, (args) => ({ path: args.path, external: true }));
        },
      }],
    });
    const bytes = result.outputFiles[0]!.contents.length;
    expect(bytes).toBeGreaterThan(2000);
    expect(bytes).toBeLessThanOrEqual(20_000);
  });
});
