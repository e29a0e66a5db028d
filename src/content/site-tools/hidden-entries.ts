import { anchorAttribute } from '../../extract/removed-place';
import type { RemovedItem } from '../../extract/types';
import { foldSpaces } from '../../extract/text';
import type { HiddenEntry, HiddenList } from '../hidden-list';

/** The hidden blocks with their way back in place (site-tools.js). */
export interface HiddenEntries extends HiddenList {
  /** The block itself (built, sanitized, from the pipeline's markup the first time). */
  nodeOf(entry: HiddenEntry): Element;
  show(entry: HiddenEntry): Element;
  hide(entry: HiddenEntry): void;
  /** Takes a block out of the article, its place marked, and lists it. */
  takeOut(el: Element, reason: string): HiddenEntry;
  /** Puts a taken-out block back and forgets it (undo). */
  putBack(entry: HiddenEntry): void;
}

const markText = (anchor: string, index: number) => `cp ${anchor} ${index}`;

function earlierMark(node: Node | null, anchor: string, index: number): boolean {
  if (node?.nodeType !== 8) return false;
  const [cp, id, at] = (node as Comment).data.split(' ');
  return cp === 'cp' && id === anchor && Number(at) < index;
}

/** Sanitizes a removed block's markup the pipeline's way (content.js lends its DOMPurify: one copy in the tab). */
export type Sanitize = (html: string) => string;

/** The list of one open article (`container`), given the way back in place (the same object, extended). */
export function withPlaces(container: HTMLElement, hidden: HiddenList, sanitize: Sanitize): HiddenEntries {
  const doc = container.ownerDocument;
  const { list } = hidden;

  function build(item: RemovedItem): Element {
    // Sanitized as a string, parsed in an inert document, then moved in: nothing armed on the way.
    const clean = sanitize(item.html ?? '');
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

  const entries: HiddenEntries = Object.assign(hidden, {
    nodeOf(entry: HiddenEntry) {
      entry.node ??= build(entry.item!);
      return entry.node;
    },
    show(entry: HiddenEntry) {
      const node = entries.nodeOf(entry);
      entry.place ??= placeFor(entry);
      entry.place.after(node);
      entry.shown = true;
      return node;
    },
    hide(entry: HiddenEntry) {
      entry.node?.remove();
      entry.shown = false;
    },
    takeOut(el: Element, reason: string) {
      const place = doc.createComment('cp');
      el.before(place);
      el.remove();
      el.removeAttribute('data-cp-pick');
      const entry: HiddenEntry = { reason, preview: foldSpaces(el.textContent ?? '').slice(0, 80), node: el, place, shown: false };
      list.push(entry);
      return entry;
    },
    putBack(entry: HiddenEntry) {
      entries.show(entry);
      list.splice(list.indexOf(entry), 1);
    },
  });
  return entries;
}
