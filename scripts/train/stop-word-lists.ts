/**
 * The stop-word lists the content script carries: stopwords-iso's lists for the corpus's languages, cut to
 * the words that matter. English (nearly all of WCXB dev) keeps its most frequent words in WCXB dev's
 * ground truth; the other languages, too rare in the corpus to rank, keep their shortest words (function words).
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { WcxbPage } from '../../bench/corpus';

/** The languages declared by WCXB dev pages after English, most frequent first (see the README's training notes). */
export const stopWordLanguages = ['en', 'ru', 'fr', 'pt', 'de', 'it', 'es'] as const;
const englishWords = 220;
const otherWords = 90;

const lists = stopwordsIso as Record<string, string[]>;
const plain = (word: string) => /^[\p{L}]+$/u.test(word);

export function buildStopWordLists(pages: readonly WcxbPage[]): Record<string, string> {
  const english = new Set((lists.en ?? []).filter(plain));
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const word of page.truth.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (english.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, englishWords).map(([word]) => word);
  const out: Record<string, string> = { en: byCount.sort().join(' ') };
  for (const lang of stopWordLanguages.slice(1)) {
    const words = [...new Set((lists[lang] ?? []).map((word) => word.toLowerCase()).filter(plain))];
    words.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    out[lang] = words.slice(0, otherWords).sort().join(' ');
  }
  return out;
}
