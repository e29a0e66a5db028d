import { elementsIn, foldedText, linkTags } from './dom-measures';

/**
 * A writer's bio left without its "About the author" heading: a paragraph that opens with the byline's name (or its
 * first name) and says what the writer is or does ("Anurag is an experienced journalist …", "Jared Newman has been a
 * freelance technology journalist …"). A person the article is about is not in the byline.
 */
const writerNoun = /\b(writer|journalist|editor|reporter|author|contributor|columnist|correspondent|blogger|freelancer?)s?\b/i;
const bioVerb = /^\s+(is|was|has been|has|writes|covers|lives)\b/;

/** The names a byline credits: "By Jane Doe and John Roe — November 18, 2025" gives Jane Doe, Jane, John Roe, John. */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  const names: string[] = [];
  for (const part of byline.replace(/^\s*by\s+/i, '').split(/\s*(?:,|;|&|\band\b|—|–|\||\n)\s*/)) {
    const name = part.trim();
    if (!/^\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name)) continue;
    names.push(name, name.split(/\s+/)[0]!);
  }
  return names;
}

/** "Regan is a …", "Jane Doe has been …": a text that opens with the name and says what the person is or does. */
export const opensAsBio = (text: string, name: string) => text.startsWith(name) && bioVerb.test(text.slice(name.length));

export function isAuthorBio(text: string, names: readonly string[]): boolean {
  if (text.length > 600) return false;
  return names.some((name) => opensAsBio(text, name) && writerNoun.test(text.slice(0, 160)));
}

const authorLink = /\/(author|authors|writers?|contributors?)\//i;

/**
 * A heading that is only a writer's name linked to their page (`rel="author"` or an /author/ address), over a paragraph
 * that opens with that name as a bio does: an author box without "About the author" (AEB 4219d096: "Regan" and "Regan
 * is a Southeastern Connecticut native …"). `el` is a heading.
 */
export function isAuthorNameHeading(el: Element, text: string): boolean {
  if (text.length > 60) return false;
  const link = elementsIn(el, linkTags).find((a) => a.hasAttribute('href'));
  if (!link || foldedText(link) !== text) return false;
  if (!/\bauthor\b/i.test(link.getAttribute('rel') ?? '') && !authorLink.test(link.getAttribute('href') ?? '')) return false;
  const bio = el.nextElementSibling ? foldedText(el.nextElementSibling) : '';
  return opensAsBio(bio, text) || opensAsBio(bio, text.split(' ')[0]!);
}
