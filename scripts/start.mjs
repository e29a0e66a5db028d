// npm start: build, then open Chromium with the extension loaded on the bundled demo article.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'test/fixtures/seed-news-page');
const executable = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((path) => existsSync(path));

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display here, so no browser window can open.
- With a virtual display: xvfb-run -a npm start
- Headless, the same path a person takes (toolbar click, popup, overlay): npm run test:e2e
- By hand: load dist/chrome (chrome://extensions → Developer mode → Load unpacked) or dist/firefox (about:debugging).`);
  process.exit(0);
}
if (!executable) {
  console.error('No Chromium found. On Debian/Ubuntu: sudo apt-get install chromium');
  process.exit(1);
}

const types = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(join(demoDir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/source.html')));
  if (!path.startsWith(demoDir) || !existsSync(path)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const extension = join(root, 'dist/chrome');
const profile = mkdtempSync(join(tmpdir(), 'clearpage-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: executable, headless: false, viewport: null,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-default-browser-check'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Demo article: ${url}
Click the Clearpage toolbar button (pin it from the puzzle-piece menu), or press Alt+Shift+Y. Close the browser to stop.`);
context.on('close', () => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
});
