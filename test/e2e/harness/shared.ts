// One browser of each kind for the whole end-to-end run: every test file runs in the same worker process
// (vitest.e2e.config.ts: isolate false, one worker), and asks here for the browser it needs.

interface Closable { close(): Promise<void> }

const registry = ((globalThis as { __clearpageE2E?: Map<string, Promise<Closable>> }).__clearpageE2E ??= new Map());

/** The resource under `key`, made on first use and kept for every later file of the run. */
export function shared<T extends Closable>(key: string, make: () => Promise<T>): Promise<T> {
  let entry = registry.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = make();
    registry.set(key, entry);
    // A launch that failed is not kept: the next file tries again and reports its own failure.
    entry.catch(() => registry.delete(key));
  }
  return entry;
}

/** Closes and forgets one shared resource (a test that must see a fresh start of the browser). */
export async function discard(key: string): Promise<void> {
  const entry = registry.get(key);
  registry.delete(key);
  await (await entry?.catch(() => null))?.close();
}
