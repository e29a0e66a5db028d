import { removeElement, tagSet, tagsIn } from './dom-measures';
import type { RemovedItem } from './types';

const imgTag = tagSet('img');
const wrapperTags = tagSet('picture', 'a', 'figure', 'div', 'span');
const lineTags = tagSet('p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'label', 'span', 'a');
/** Sources that stand for no photo of their own: lazy loaders' placeholders, spacers, inline data. */
const placeholder = /^data:|placeholder|blank|spacer|pixel|transparent|lazy|loading|1x1/i;

/**
 * What identifies the photo: its whole `src`, with every other address it carries (a lazy loader's placeholder `src`
 * is shared by different photos whose `data-src` differ). A file name alone is no key: CDNs serve different photos
 * under the same last segment (`/original`, `photo.php?id=…`).
 */
function photoKey(img: Element): string {
  const src = (img.getAttribute('src') ?? '').trim();
  if (!src || placeholder.test(src)) return '';
  return [src, ...['srcset', 'data-src', 'data-srcset', 'data-lazy-src'].map((name) => img.getAttribute(name) ?? '')].join(' ');
}

/** The image with the wrappers that hold nothing else (no text, no other image): what goes when it goes. */
function wordlessBox(img: Element, root: Element): Element {
  let box = img;
  for (let parent = img.parentElement; parent && parent !== root && wrapperTags.has(parent.tagName); parent = parent.parentElement) {
    if ((parent.textContent ?? '').trim() || parent.getElementsByTagName('img').length > 1) break;
    box = parent;
  }
  return box;
}

/**
 * A photo, sized at 100 px or more each way by its own attributes, standing outside any line of text: repeated icons
 * (a rating's stars, a list's check marks) and emoji mean something each time, and have no size or a small one.
 */
function isSizedPhoto(img: Element): boolean {
  const size = Math.min(Number(img.getAttribute('width')) || 0, Number(img.getAttribute('height')) || 0);
  return size >= 100 && !inLineOfText(img);
}

function inLineOfText(img: Element): boolean {
  const parent = img.parentElement;
  if (!parent) return false;
  if (lineTags.has(parent.tagName) && (parent.textContent ?? '').trim()) return true;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/**
 * The same photo again: a gallery's strip of thumbnails under its main image shows every photo a second time, as large
 * as the first in reader view (WCXB 4163, King Arthur's recipe: the loaf four times). Each image after the first from its
 * address goes, with its wordless wrappers; icons, emoji and images of no stated size stay.
 */
export function removeRepeatedImages(root: Element, removed: RemovedItem[]): void {
  const seen = new Set<string>();
  for (const img of tagsIn(root, imgTag)) {
    const key = photoKey(img);
    if (!key || !root.contains(img) || !isSizedPhoto(img)) continue;
    if (seen.has(key)) removeElement(wordlessBox(img, root), 'repeated-image', 'declutter', removed);
    else seen.add(key);
  }
}
