/** True only in the test build (dist/test/*): see scripts/build.mjs. */
declare const __CLEARPAGE_TEST__: boolean;
