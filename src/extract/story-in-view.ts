import type { RemovedItem } from './types';
import { removeElement, tagSet, tagsIn } from './dom-measures';
import { hasWords } from './text';

/**
 * The child-element indices from <html> down to `el`. Computed on the live page, it finds the same element in an
 * inert copy made by cloneIntoInertDocument (the copy keeps the body's structure).
 */
export function elementPath(el: Element): number[] {
  const path: number[] = [];
  for (let at: Element = el; at.parentElement; at = at.parentElement) {
    path.push(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  return path.reverse();
}

export function elementAtPath(doc: Document, path: readonly number[]): Element | null {
  let at: Element | null = doc.documentElement;
  for (const index of path) at = at?.children[index] ?? null;
  return at;
}

const storyTags = tagSet('article');
const minStoryWords = 150;

/** The whole stories on a page: outermost <article>s with enough words to be one (not teaser cards). */
export function wholeStories(doc: Document): Element[] {
  if (!doc.body) return [];
  return tagsIn(doc.body, storyTags)
    .filter((story) => !story.parentElement?.closest('article') && hasWords(story, minStoryWords));
}

/**
 * On a page that holds several whole stories (infinite scroll appends the next one), keeps the story holding the
 * element in view and takes the others out before Readability could merge them or pick the wrong one. Returns
 * whether it found the story in view among several.
 */
export function keepStoryInView(doc: Document, stories: readonly Element[], path: readonly number[], removed: RemovedItem[]): boolean {
  const inView = elementAtPath(doc, path);
  const current = inView && stories.find((story) => story.contains(inView));
  if (!current || stories.length < 2) return false;
  for (const story of stories) if (story !== current) removeElement(story, 'another-story', 'prune', removed);
  return true;
}
