import type { RemovedItem } from '../extract';

/** One block hidden from the article: by a clutter rule, a per-site rule, or the reader. */
export interface HiddenEntry {
  reason: string;
  preview: string;
  /** The pipeline's record (markup and place) for a block a clutter rule removed. */
  item?: RemovedItem;
  /** The block, once built from the record or taken out of the article. */
  node?: Element;
  /** A comment left where the block goes back. */
  place?: Comment;
  shown: boolean;
  /** The reader's per-site choice for this block. */
  rule?: 'keep' | 'hide';
  /** For a block a hide rule took out: that rule's clutter name (`user` when the reader removed it). */
  ruleName?: string;
}

/** What content.js keeps about hidden blocks: the list and its changes. Putting them back is site-tools.js's part. */
export interface HiddenList {
  readonly list: HiddenEntry[];
  changed(): void;
  onChange(listener: () => void): void;
}

const media = /<(img|picture|video|audio|svg)\b/i;

/** A removed block worth listing: it had text or media. */
function worthListing(item: RemovedItem): boolean {
  return !!item.html && (!/^<\w+>$/.test(item.sample) || media.test(item.html));
}

export function createHiddenList(removed: RemovedItem[]): HiddenList {
  const listeners: (() => void)[] = [];
  return {
    list: removed.filter(worthListing).map((item) => ({ reason: item.rule, preview: item.sample, item, shown: false })),
    changed: () => listeners.forEach((listener) => listener()),
    onChange: (listener) => listeners.push(listener),
  };
}
