// Waits that end on what the page itself waits on, instead of fixed sleeps. Each function runs in the page (Playwright's
// and Puppeteer's `page.evaluate` both take it, with one argument), must be self-contained, and is bounded by
// `limitMs`: it returns what had not settled by then (empty when everything did). DOM calls go through the prototypes
// so that a page clobbering `document.querySelector` or `document.body` with named elements cannot stall them.

/**
 * The page as its own scripts and handlers see it once they had their chance: the `load` event, every <audio>/<video>
 * settled (metadata, an error, no usable source, or nothing to fetch), every animation started (its `ready`), fonts
 * loaded, then two animation frames (autofocus, animation and media events are dispatched from the frames after).
 */
export async function pageSettled(limitMs: number): Promise<string[]> {
  const pending = new Set<string>();
  let over = false;
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const until = async (name: string, settled: () => boolean) => {
    pending.add(name);
    while (!settled() && !over) await frame();
    pending.delete(name);
  };
  const step = async (name: string, wait: Promise<unknown>) => {
    pending.add(name);
    await wait;
    pending.delete(name);
  };
  const media = Array.from(Document.prototype.querySelectorAll.call(document, 'audio, video')) as HTMLMediaElement[];
  const mediaSettled = (m: HTMLMediaElement) => m.error !== null || m.readyState >= m.HAVE_METADATA
    || m.networkState === m.NETWORK_IDLE || m.networkState === m.NETWORK_NO_SOURCE
    || (m.networkState === m.NETWORK_EMPTY && !m.hasAttribute('src') && !m.querySelector('source'));
  const work = (async () => {
    await until('the load event', () => document.readyState === 'complete');
    await until('media elements', () => media.every(mediaSettled));
    await step('animations', Promise.all(Document.prototype.getAnimations.call(document).map((a) => a.ready)));
    await step('fonts', Object.getOwnPropertyDescriptor(Document.prototype, 'fonts')!.get!.call(document).ready);
    await step('two animation frames', frame().then(frame));
  })();
  await Promise.race([work, new Promise((done) => setTimeout(done, limitMs))]);
  over = true;
  return [...pending];
}

/**
 * Reader view's article as a reader sees it: every image loaded or failed (made to load if it had not started), every
 * <audio>/<video> settled as above, the overlay's animations started, fonts loaded. The caller lets two animation
 * frames pass after what it does next: the events these loads queued are dispatched by then.
 */
export async function overlaySettled(limitMs: number): Promise<string[]> {
  const host = Document.prototype.querySelector.call(document, 'clearpage-reader');
  const root = host?.shadowRoot;
  const article = root?.querySelector('article');
  if (!root || !article) return ['no article in the overlay'];
  const pending = new Set<string>();
  let over = false;
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  const until = async (name: string, settled: () => boolean) => {
    pending.add(name);
    while (!settled() && !over) await frame();
    pending.delete(name);
  };
  const step = async (name: string, wait: Promise<unknown>) => {
    pending.add(name);
    await wait;
    pending.delete(name);
  };
  const images = Array.from(article.querySelectorAll('img'));
  const media = Array.from(article.querySelectorAll<HTMLMediaElement>('audio, video'));
  const mediaSettled = (m: HTMLMediaElement) => m.error !== null || m.readyState >= m.HAVE_METADATA
    || m.networkState === m.NETWORK_IDLE || m.networkState === m.NETWORK_NO_SOURCE
    || (m.networkState === m.NETWORK_EMPTY && !m.hasAttribute('src') && !m.querySelector('source'));
  // The sanitizer marks every image lazy, and Firefox never starts a lazy image that has no size yet (a broken one
  // stays 0×0, so it never intersects): made eager, every image gets its load or error, and a handler that survived
  // would fire.
  for (const img of images) if (!img.complete) img.loading = 'eager';
  const work = (async () => {
    await until('overlay images', () => images.every((img) => img.complete));
    await until('overlay media', () => media.every(mediaSettled));
    await step('overlay animations', Promise.all((root.getAnimations?.() ?? []).map((a) => a.ready)));
    await step('fonts', Object.getOwnPropertyDescriptor(Document.prototype, 'fonts')!.get!.call(document).ready);
  })();
  await Promise.race([work, new Promise((done) => setTimeout(done, limitMs))]);
  over = true;
  return [...pending];
}
