import browser from '../shared/browser';
import type { Chunk } from '../shared/messages';

const loading = new Map<Chunk, Promise<unknown>>();

/** `<chunk>.js`, injected into this frame by the background on first need; asked again after a failure. */
export async function loadChunk<T>(chunk: Chunk, api: () => T | undefined): Promise<T> {
  if (!api()) {
    let pending = loading.get(chunk);
    if (!pending) {
      pending = browser.runtime.sendMessage({ type: 'load-chunk', chunk });
      loading.set(chunk, pending);
    }
    await pending.catch(() => undefined);
  }
  const loaded = api();
  if (loaded) return loaded;
  loading.delete(chunk);
  throw new Error(`${chunk}.js did not load`);
}
