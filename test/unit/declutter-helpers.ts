import { JSDOM } from 'jsdom';
import { removeClutter } from '../../src/extract/declutter';
import { blockText } from '../../src/extract/text';
import type { RemovedItem } from '../../src/extract/types';

/** Long enough prose that a few clutter blocks never reach the share guard. */
export const prose = [
  'The city council voted on Tuesday to extend the program for another two years, after a long debate about its cost.',
  'Supporters said the money had paid for itself many times over, pointing to a drop in emergency calls across the district.',
  'Opponents argued that the figures were incomplete and asked for an independent audit before any further spending.',
  'The mayor, who had championed the program since her first campaign, called the vote a victory for common sense.',
].map((text) => `<p>${text}</p>`).join('\n');

export function declutter(
  html: string, byline: string | null = null, title = 'Council extends program', url?: string,
): { text: string; removed: RemovedItem[] } {
  const doc = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
  const root = doc.getElementById('root')!;
  const removed: RemovedItem[] = [];
  removeClutter(root, { title, byline, removed, url });
  return { text: blockText(root), removed };
}
