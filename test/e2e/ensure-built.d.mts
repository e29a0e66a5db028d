/** Builds dist/ under `root` when it is missing or older than what it is built from. */
export function ensureBuilt(root: string): void;
