const labelPlaces = 'h1, h2, h3, h4, h5, h6, summary, dt, [role="heading"]';

/**
 * A control's label ("Copy code block", "Show more", a rating's "Yes / No") is not the article's: a button goes with
 * its content (DOMPurify would keep the content). An accordion's question is: a button in a heading, a summary or a
 * term, or one that opens a panel (aria-expanded) and says at least three words, stays as its text.
 */
function dropControls(root: Element): void {
  for (const button of Array.from(root.getElementsByTagName('button'))) {
    if (button.closest(labelPlaces)) continue;
    if (button.hasAttribute('aria-expanded') && (button.textContent ?? '').trim().split(/\s+/).length >= 3) continue;
    button.remove();
  }
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
export function dropFormRemnants(root: Element): void {
  dropControls(root);
  dropFieldLabels(root);
  dropFormFrames(root);
}
