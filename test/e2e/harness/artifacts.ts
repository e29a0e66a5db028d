import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots and other test artifacts land in artifacts/<browser>/ (gitignored; CI keeps them). */
export function artifactPath(browser: string, name: string): string {
  const dir = resolve(import.meta.dirname, '..', '..', '..', 'artifacts', browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * A text's letters and digits, sorted, with ligatures unfolded (ﬁ → fi): what a printed PDF and the page it printed
 * must share. Letters, not words: the PDF's text joins a word hyphenated at a line end and orders table cells its own way.
 */
export function printedLetters(text: string): string {
  return [...(text.normalize('NFKC').match(/[\p{L}\p{N}]/gu) ?? [])].sort().join('');
}
