const labelPlaces = 'h1, h2, h3, h4, h5, h6, summary, dt, [role="heading"]';

/**
 * The fragment of a link to a place on this same page ("#fields", or the page's own address with it: Readability makes
 * links absolute), null for a link elsewhere.
 */
export type OwnFragment = (href: string) => string | null;

/**
 * A control's label ("Copy code block", "Show more", a rating's "Yes / No") is not the article's: a button goes with
 * its content (DOMPurify would keep the content), and so does a link that is a button (`isScriptControl`,
 * `isPostAction`, `isHeadingAnchor`). An accordion's question is: a button in a heading, a summary or a term, or one
 * that opens a panel (aria-expanded) and says at least three words, stays as its text.
 */
function dropControls(root: Element, ownFragment: OwnFragment): void {
  for (const button of Array.from(root.getElementsByTagName('button'))) {
    // A heading's icon button ("copy link", Stripe's) goes; its question's button stays as its words.
    if (button.closest(labelPlaces) && /[\p{L}\p{N}]/u.test(button.textContent ?? '')) continue;
    if (button.hasAttribute('aria-expanded') && wordsIn(button) >= 3) continue;
    button.remove();
  }
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (isScriptControl(link, href) || isPostAction(link, href) || isHeadingAnchor(link, href, ownFragment)) link.remove();
  }
  // Once the headings' marks went (Sphinx's "¶" after the link).
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    const heading = linkedHeading(link, link.getAttribute('href') ?? '', ownFragment);
    if (heading) unwrapHeadingLink(link, heading);
  }
}

/**
 * The heading whose words are all `link`, when it goes to a place on this page: to itself (MDN's "Try it", "Constructor") or back to
 * the table of contents reader view took out (Sphinx's `toc-backref`, Celery's docs). Drawn as a link it read as one
 * among the article's headings; it reads as a heading.
 */
function linkedHeading(link: Element, href: string, ownFragment: OwnFragment): Element | null {
  const heading = link.closest('h1, h2, h3, h4, h5, h6');
  if (!heading || ownFragment(href) === null || link.querySelector(mediaTags)) return null;
  const text = (link.textContent ?? '').trim();
  return text !== '' && text === (heading.textContent ?? '').trim() ? heading : null;
}

/** The link's words stay, and its name, where it was the heading's: links to that place keep working. */
function unwrapHeadingLink(link: Element, heading: Element): void {
  const name = link.id || link.getAttribute('name');
  if (name && !heading.id) heading.id = name;
  link.replaceWith(...Array.from(link.childNodes));
}

/** A control's words, counted as the page writes them apart (an empty label is one). */
const wordsIn = (el: Element) => (el.textContent ?? '').trim().split(/\s+/).length;
const mediaTags = 'img, picture, video';

const toTop = /^\s*(((back|return|go|jump|scroll) to (the )?)?top( of (the )?page)?\s*[↑⬆^▲]?|[↑⬆▲])\s*$/i;

/**
 * A heading's link to itself, drawn as a mark to copy the section's address: Sphinx's "¶" ("Fields¶" in Django's
 * docs, and in the outline), a "#", a "§", a link icon; a pilcrow wherever it links to a place on the page (a code
 * block's caption). In reader view it is one more character in every heading. So is a heading's link back to the
 * page's top (man7.org's "NAME top", "SYNOPSIS top").
 */
function isHeadingAnchor(link: Element, href: string, ownFragment: OwnFragment): boolean {
  if (ownFragment(href) === null || link.querySelector(mediaTags)) return false;
  const text = link.textContent ?? '';
  return /^\s*[¶§#🔗]\s*$/u.test(text) || (!!link.closest('h1, h2, h3, h4, h5, h6') && (!/[\p{L}\p{N}]/u.test(text) || toTop.test(text)));
}

/** A forum's address for acting on a post: phpBB's, vBulletin's, SMF's and XenForo's quote, reply and report pages. */
const postAction = /(posting\.php\?(.*&)?mode=(quote|reply|edit|delete)\b|\/(newreply|report)\.php\?|[?;&]action=post;quote=|\/posts\/\d+\/(quote|report|react)\b)/i;

/** A post's "Reply with quote", "Quote" or "Report" button, drawn as a link to the forum's form for it. */
const isPostAction = (link: Element, href: string) => postAction.test(href) && !link.querySelector(mediaTags) && wordsIn(link) <= 3;

const nowhere = /^\s*(#?|javascript:.*)$/is;

/**
 * A link that goes nowhere and runs the page's script when clicked is a button drawn as a link: phpBB's "Select all"
 * over each code box, a "Show more". Without the page's script it does nothing in reader view. A few words at most,
 * and never a heading's or an accordion's title, a picture (a gallery's script opens it) or a figure (Goodreads'
 * "score: 4,390,681" and "44,629 people voted" open the votes).
 */
function isScriptControl(link: Element, href: string): boolean {
  if (!link.hasAttribute('onclick') || !nowhere.test(href) || link.closest(labelPlaces)) return false;
  return !link.querySelector(`${labelPlaces}, ${mediaTags}`) && wordsIn(link) <= 3 && !/\d/.test(link.textContent ?? '');
}

// Fields a person types into or picks from; a check box's or a radio button's label may be a CSS-only tab's or
// accordion's title ("How long does it keep?"), which the page shows as its text.
const entryTypes = new Set(['', 'text', 'email', 'tel', 'number', 'password', 'search', 'url', 'date']);
const isEntry = (control: Element) => control.localName !== 'input' || entryTypes.has((control.getAttribute('type') ?? '').toLowerCase());

/**
 * A field's name ("First Name*", "Phone*", "Quantity:", "Sort:") would stay as a line of its own once the sanitizer
 * drops the field it names (a lead form's eight names under a guide): it goes with its field.
 */
export function dropFieldLabels(root: Element): void {
  const labels = root.getElementsByTagName('label');
  if (!labels.length) return;
  const fields = new Map<string, Element>();
  for (const field of Array.from(root.querySelectorAll('input[id], select[id], textarea[id]'))) fields.set(field.id, field);
  for (const label of Array.from(labels)) {
    const target = label.getAttribute('for');
    const field = (target === null ? undefined : fields.get(target)) ?? label.querySelector('input, select, textarea');
    if (field && isEntry(field)) label.remove();
  }
}

const formParts = 'legend, label, input, select, option, textarea, button, output';

/**
 * A form's frame (a fieldset holding nothing but its legend, labels and controls: "Please select a size") would stay
 * as an empty box with a caption once the sanitizer drops the controls: it goes with them.
 */
function dropFormFrames(root: Element): void {
  for (const fieldset of Array.from(root.getElementsByTagName('fieldset'))) {
    const rest = fieldset.cloneNode(true) as Element;
    for (const part of Array.from(rest.querySelectorAll(formParts))) part.remove();
    if (!(rest.textContent ?? '').trim()) fieldset.remove();
  }
}

/** What a form leaves once the sanitizer takes its controls: their labels, entry fields' names, empty frames. */
export function dropFormRemnants(root: Element, ownFragment: OwnFragment = (href) => (href.startsWith('#') ? href.slice(1) : null)): void {
  dropControls(root, ownFragment);
  dropFieldLabels(root);
  dropFormFrames(root);
}
