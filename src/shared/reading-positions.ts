import browser from './browser';

/** Where a reader stopped in an article: the block index and a text snippet of that block. */
export interface ReadingPosition {
  block: number;
  snippet: string;
  savedAt: number;
}

const key = 'readingPositions';
export const maxPositions = 200;

type Store = Record<string, ReadingPosition>;

function isPosition(value: unknown): value is ReadingPosition {
  const v = value as ReadingPosition;
  return !!v && typeof v === 'object' && Number.isInteger(v.block) && v.block >= 0 && typeof v.snippet === 'string' && typeof v.savedAt === 'number';
}

/** Strips the fragment: one article, one position, whichever section link opened it. */
export function positionKey(url: string): string {
  return url.split('#')[0] ?? url;
}

async function readStore(): Promise<Store> {
  const stored = (await browser.storage.local.get(key))[key];
  if (!stored || typeof stored !== 'object') return {};
  return Object.fromEntries(Object.entries(stored as Record<string, unknown>).filter(([, v]) => isPosition(v))) as Store;
}

export async function loadPosition(url: string): Promise<ReadingPosition | null> {
  try {
    return (await readStore())[positionKey(url)] ?? null;
  } catch {
    return null;
  }
}

/** Saves a position; the store keeps the newest `maxPositions` articles and drops the oldest. */
export async function savePosition(url: string, position: ReadingPosition | null): Promise<void> {
  const store = await readStore();
  if (position) store[positionKey(url)] = position;
  else delete store[positionKey(url)];
  const newest = Object.entries(store).sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, maxPositions);
  await browser.storage.local.set({ [key]: Object.fromEntries(newest) });
}
