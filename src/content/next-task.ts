/**
 * Resolves in a new task, so the page gets its turn in between: input, its own timers, a frame. `scheduler.yield()`
 * where the browser has it (it keeps our place ahead of other queued work), a message to ourselves elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the work the page queued before it, its timers included: for work nobody waits for yet (preparing
 * while the popup is open). `scheduler.yield()` keeps our place ahead of the page's timers, and in Firefox its
 * continuations ran back to back while a page's setTimeout waited through the whole preparation (130 ms median).
 */
export function afterPageWork(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** Resolves once the frame that shows what was just built has been painted. */
export function afterPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
}
