import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a 2-core machine that is one, and the files ran in a row.
    maxWorkers: 2,
    // Each worker keeps its module cache across files: jsdom, DOMPurify and Readability are imported once per worker,
    // not once per file (88 s → 52 s here). Our own modules are unloaded before each file (the setup file), so a file's
    // mocks never meet modules bound to another file's mocks.
    isolate: false,
    setupFiles: ['test/support/fresh-modules.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
