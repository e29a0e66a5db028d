import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { allowedLiterals } from './ui-literals';
import { root } from './program';

const textAttributes = ['title', 'aria-label', 'placeholder', 'alt'];

/**
 * Words in an extension page (popup, options) that localizePage() does not replace: text not inside a data-i18n
 * element, and title/aria-label/placeholder/alt attributes (aria-label is fine with data-i18n-label).
 */
export function pageLiterals(file: string, html = readFileSync(file, 'utf8')): string[] {
  const doc = new JSDOM(html).window.document;
  const name = file.replace(`${root}/`, '');
  const found: string[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!/\p{L}/u.test(text) || allowedLiterals.has(text) || parent.closest('script, style, [data-i18n]')) continue;
    found.push(`${name}: <${parent.localName}> ${text}`);
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of textAttributes) {
      const value = el.getAttribute(attribute)?.trim();
      if (!value || !/\p{L}/u.test(value) || allowedLiterals.has(value)) continue;
      if (attribute === 'aria-label' && el.hasAttribute('data-i18n-label')) continue;
      found.push(`${name}: <${el.localName} ${attribute}> ${value}`);
    }
  }
  return found;
}
