/** Working time only: the pauses between steps (the page's turn) are not counted. */
export function timer() {
  let last = performance.now();
  let worked = 0;
  return {
    lap(): number {
      const now = performance.now();
      const spent = now - last;
      last = now;
      worked += spent;
      return spent;
    },
    /** Back from a pause: the time since the last lap was not ours. */
    resume(): void {
      last = performance.now();
    },
    total: () => worked + performance.now() - last,
  };
}
