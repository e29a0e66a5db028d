// npm run build → dist/chrome and dist/firefox (unpacked, Manifest V3). Vite builds the code; this script lays out both trees.
import { build } from 'vite';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { manifestFor } from './manifest.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const staging = join(dist, '.staging');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const iconSizes = [16, 32, 48, 128];

const common = { configFile: false, logLevel: 'warn', root, publicDir: false };

/** A script bundled as one classic IIFE file (content script, background). */
async function buildScript(entry, fileName, footer = '', alias = {}, { outDir = staging, test = false } = {}) {
  await build({
    ...common,
    resolve: { alias },
    define: { __CLEARPAGE_TEST__: String(test) },
    build: {
      outDir, emptyOutDir: false, target: 'es2022', minify: true, sourcemap: false,
      lib: { entry: join(root, entry), formats: ['iife'], name: 'clearpage', fileName: () => fileName },
      rollupOptions: { output: { footer } },
    },
  });
}

async function buildPages() {
  await build({
    ...common,
    root: join(root, 'src/popup'),
    base: './',
    build: {
      outDir: staging, emptyOutDir: false, target: 'es2022', minify: true, modulePreload: false,
      rollupOptions: { input: { popup: join(root, 'src/popup/popup.html'), options: join(root, 'src/popup/options.html') } },
    },
  });
}

function renderIcons(outDir) {
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const name of ['icon', 'icon-on']) {
    const svg = readFileSync(join(root, 'icons', `${name}.svg`));
    for (const size of iconSizes) {
      const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
      writeFileSync(join(outDir, 'icons', `${name}-${size}.png`), png);
    }
  }
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
// The script's last expression is what scripting.executeScript returns: injecting it runs the command left for it
// (run-in-tab.ts), or opens the reader.
const noPolyfill = { 'webextension-polyfill': join(root, 'src/shared/native-browser.ts') };
await buildScript('src/content/index.ts', 'content.js', `globalThis.__clearpage.runPending();`, noPolyfill);
// The same script with V8's compile hint (added after minification, which drops comments): every function compiled
// as the script loads. For an open with nothing prepared (shortcut, one click, menu) that is sooner than compiling each
// function the first time it runs, mid-extraction (14 ms in a fresh renderer, see README); while the popup prepares
// ahead it is one 31-41 ms compile task, so the popup injects content.js, compiled lazily in the preparation's slices.
writeFileSync(join(staging, 'content-now.js'), `//# allFunctionsCalledOnLoad\n${readFileSync(join(staging, 'content.js'), 'utf8')}`);
await buildScript('src/background/index.ts', 'background.js');
// Registered per site only when the reader turns auto-open on there (scripting.registerContentScripts).
await buildScript('src/content/auto-open.ts', 'auto-open.js', '', noPolyfill);
await buildScript('src/export/index.ts', 'export.js', '', noPolyfill);
await buildScript('src/content/site-tools/index.ts', 'site-tools.js', '', noPolyfill);
// What reader view offers beyond the article, injected once it has painted (src/content/reader.ts).
await buildScript('src/content/tools/index.ts', 'reader-tools.js', '', noPolyfill);
// "Pick the article", injected when a person asks for it.
await buildScript('src/content/picker/index.ts', 'picker.js', '', noPolyfill);
await buildPages();
renderIcons(staging);
cpSync(join(root, 'src/_locales'), join(staging, '_locales'), { recursive: true });

const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
for (const target of ['chrome', 'firefox']) {
  const out = join(dist, target);
  cpSync(staging, out, { recursive: true });
  // Firefox has no use for V8's compile hint (src/shared/run-in-tab.ts injects content.js there).
  if (target === 'firefox') rmSync(join(out, 'content-now.js'));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(source, target, pkg.version), null, 2)}\n`);
}

// The test build (dist/test/*), for the end-to-end tests only: the same files, plus a background hook that runs the
// reader's commands in a tab by its address, and access to the test server (127.0.0.1), so tests need no toolbar
// click for each step. Never packaged.
const testStaging = join(dist, '.staging-test');
await buildScript('src/background/index.ts', 'background.js', '', {}, { outDir: testStaging, test: true });
for (const target of ['chrome', 'firefox']) {
  const out = join(dist, 'test', target);
  cpSync(staging, out, { recursive: true });
  if (target === 'firefox') rmSync(join(out, 'content-now.js'));
  cpSync(join(testStaging, 'background.js'), join(out, 'background.js'));
  // An empty extension page: the tests' control page, from which they message the background.
  writeFileSync(join(out, 'test.html'), '<!doctype html><meta charset="utf-8"><title>Clearpage test control</title>\n');
  const manifest = manifestFor(source, target, pkg.version);
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
rmSync(staging, { recursive: true, force: true });
rmSync(testStaging, { recursive: true, force: true });
const size = readFileSync(join(dist, 'chrome', 'content.js')).length;
console.log(`built dist/chrome and dist/firefox (v${pkg.version}); content.js ${(size / 1024).toFixed(1)} KB minified`);
