import lists from './stop-words.json';

// One set for every language carried (see scripts/train/stop-word-lists.ts): a word that is a stop word in one
// language and a content word in another is rare enough not to matter for a density.
const words = new Set(Object.values(lists as Record<string, string>).join(' ').split(' '));

export function isStopWord(lowerCaseWord: string): boolean {
  return words.has(lowerCaseWord);
}
