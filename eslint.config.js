// ESLint 9 flat config: typescript-eslint's recommended rules on the TypeScript and the Node scripts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**', 'artifacts/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'tmp/**', '.tmp/**',
      '**/*.html',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The pipeline also runs in jsdom (the CLI, the benchmark), where copying or iterating a live HTMLCollection reads
    // its `length` at each step and jsdom looks for a child named "length" each time: quadratic (README, `1b98527`).
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: "CallExpression[callee.object.name='Array'][callee.property.name='from'] > MemberExpression.arguments[property.name='children']",
          message: 'Use childElements(el) from dom-measures.ts: Array.from of a live collection is quadratic in jsdom.',
        },
        {
          selector: "ForOfStatement > MemberExpression.right[property.name='children']",
          message: 'Use childElements(el) from dom-measures.ts: iterating a live collection is quadratic in jsdom.',
        },
      ],
    },
  },
  {
    // The end-to-end harness speaks CDP, WebDriver BiDi and Firefox's chrome scope, whose payloads are untyped JSON.
    files: ['test/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
