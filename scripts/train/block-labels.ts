/** Which of a page's blocks are main content: the share of the block's word 3-grams found in the page's WCXB truth. */

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

export interface TruthIndex {
  trigrams: Set<string>;
  /** The truth's tokens joined by single spaces, padded with a space each side. */
  joined: string;
}

export function truthIndex(truth: string): TruthIndex {
  const words = tokens(truth);
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return { trigrams, joined: ` ${words.join(' ')} ` };
}

/** 0..1: how much of the block the truth holds. Blocks under three words count when they occur in the truth as a phrase. */
export function contentShare(text: string, truth: TruthIndex): number {
  const words = tokens(text);
  if (words.length === 0) return 0;
  if (words.length < 3) return truth.joined.includes(` ${words.join(' ')} `) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 2 < words.length; i++) if (truth.trigrams.has(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)) found++;
  return found / (words.length - 2);
}
