import { anchorAttribute, sanitizeMarkup, type RemovedItem } from '../extract';

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

export interface HiddenEntries {
  readonly list: HiddenEntry[];
  /** The block itself (built, sanitized, from the pipeline's markup the first time). */
  nodeOf(entry: HiddenEntry): Element;
  show(entry: HiddenEntry): Element;
  hide(entry: HiddenEntry): void;
  /** Takes a block out of the article, its place marked, and lists it. */
  takeOut(el: Element, reason: string): HiddenEntry;
  /** Puts a taken-out block back and forgets it (undo). */
  putBack(entry: HiddenEntry): void;
  changed(): void;
  onChange(listener: () => void): void;
}

const media = /<(img|picture|video|audio|svg)\b/i;

/** A removed block worth listing: it had text or media. */
function worthListing(item: RemovedItem): boolean {
  return !!item.html && (!/^<\w+>$/.test(item.sample) || media.test(item.html));
}

const markText = (anchor: string, index: number) => `cp ${anchor} ${index}`;

function earlierMark(node: Node | null, anchor: string, index: number): boolean {
  if (node?.nodeType !== 8) return false;
  const [cp, id, at] = (node as Comment).data.split(' ');
  return cp === 'cp' && id === anchor && Number(at) < index;
}

/** The hidden blocks of one open article (`container`), with their way back in place. */
export function createHiddenEntries(container: HTMLElement, removed: RemovedItem[]): HiddenEntries {
  const doc = container.ownerDocument;
  const listeners: (() => void)[] = [];
  const list: HiddenEntry[] = removed.filter(worthListing).map((item) => ({ reason: item.rule, preview: item.sample, item, shown: false }));

  function build(item: RemovedItem): Element {
    // Sanitized as a string, parsed in an inert document, then moved in: nothing armed on the way.
    const clean = sanitizeMarkup(item.html ?? '', window);
    const parsed = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html').body;
    const wrapper = doc.createElement('div');
    wrapper.append(...Array.from(parsed.childNodes));
    wrapper.dataset.cpRestored = '';
    return wrapper;
  }

  /** Where a pipeline block goes back: after, before or inside a marked neighbour, else at the end. */
  function placeFor(entry: HiddenEntry): Comment {
    const index = list.indexOf(entry);
    for (const anchor of entry.item?.anchors ?? []) {
      const target = container.querySelector(`[${anchorAttribute}="${anchor.id}"]`);
      if (!target) continue;
      const mark = doc.createComment(markText(anchor.id, index));
      if (anchor.at === 'after') {
        // Blocks removed one after another from the same spot go back in their order.
        const earlier = (node: ChildNode) => earlierMark(node, anchor.id, index) || (node.nodeType === 1 && earlierMark(node.previousSibling, anchor.id, index));
        let ref: ChildNode = target;
        while (ref.nextSibling && earlier(ref.nextSibling)) ref = ref.nextSibling;
        ref.after(mark);
      } else if (anchor.at === 'before') target.before(mark);
      else if (anchor.at === 'start') target.prepend(mark);
      else target.append(mark);
      return mark;
    }
    const mark = doc.createComment(markText('end', index));
    container.append(mark);
    return mark;
  }

  const entries: HiddenEntries = {
    list,
    nodeOf(entry) {
      entry.node ??= build(entry.item!);
      return entry.node;
    },
    show(entry) {
      const node = entries.nodeOf(entry);
      entry.place ??= placeFor(entry);
      entry.place.after(node);
      entry.shown = true;
      return node;
    },
    hide(entry) {
      entry.node?.remove();
      entry.shown = false;
    },
    takeOut(el, reason) {
      const place = doc.createComment('cp');
      el.before(place);
      el.remove();
      el.removeAttribute('data-cp-pick');
      const entry: HiddenEntry = { reason, preview: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80), node: el, place, shown: false };
      list.push(entry);
      return entry;
    },
    putBack(entry) {
      entries.show(entry);
      list.splice(list.indexOf(entry), 1);
    },
    changed: () => listeners.forEach((listener) => listener()),
    onChange: (listener) => listeners.push(listener),
  };
  return entries;
}
