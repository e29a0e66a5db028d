import { noscriptTags, tagSet, tagsIn } from './dom-measures';

const imageTags = tagSet('img', 'source');

const lazySrcAttrs = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy'];
const lazySrcsetAttrs = ['data-srcset', 'data-lazy-srcset'];
const imageUrl = /^\s*(https?:)?\/\/|^\s*\/|\.(jpe?g|png|gif|webp|avif)(\?|$)/i;

function isPlaceholder(src: string | null): boolean {
  return !src || /^data:image\/(gif|png|svg)/i.test(src) || /(blank|spacer|placeholder|pixel|transparent)\.(gif|png|svg)/i.test(src);
}

/**
 * A placeholder drawn as an empty SVG of the photo's shape (`data:image/svg+xml,<svg viewBox="0 0 800 450"></svg>`),
 * which the page's script swaps for the photo: with no other source it is an 800 × 450 blank in the article
 * (realestate.com.au, WCXB 4565). Without a `src` the reader shows the image's description instead, as for a broken one.
 */
function drawsNothing(src: string | null): boolean {
  if (src && /^data:image\/(gif|png);base64,/i.test(src)) return isPixel(src.slice(src.indexOf(',') + 1));
  if (!src || !/^data:image\/svg\+xml,/i.test(src)) return false;
  let svg = src;
  try {
    svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
  } catch {
    return false;
  }
  return !/<(path|rect|circle|ellipse|line|polyline|polygon|image|text|use|g)\b/i.test(svg);
}

/**
 * A GIF or PNG of a pixel or two, a lazy loader's placeholder that nothing replaces when the page gives no other source
 * (Creative Ramblings' feature image, WCXB 4452): a blank line in the article.
 */
function isPixel(base64: string): boolean {
  let bytes: string;
  try {
    bytes = atob(base64.slice(0, 44));
  } catch {
    return false;
  }
  const at = (i: number) => bytes.charCodeAt(i);
  const [width, height] = bytes.startsWith('GIF8') ? [at(6) | (at(7) << 8), at(8) | (at(9) << 8)]
    : bytes.startsWith('\x89PNG') ? [(at(18) << 8) | at(19), (at(22) << 8) | at(23)] : [Infinity, Infinity];
  return width <= 2 && height <= 2;
}

/** Gives lazily loaded images a real `src`/`srcset`, and unwraps <noscript> image fallbacks. */
export function fixLazyImages(doc: Document): void {
  for (const noscript of tagsIn(doc, noscriptTags)) {
    // With scripting off (an inert document, jsdom) <noscript> holds elements; with it on, markup text.
    let fallback = noscript.querySelector('img');
    if (!fallback) {
      const markup = noscript.textContent ?? '';
      if (!/<img\b/i.test(markup)) continue;
      const holder = doc.createElement('div');
      holder.innerHTML = markup; // inert document: nothing loads or runs
      fallback = holder.querySelector('img');
    }
    const previous = noscript.previousElementSibling;
    if (fallback && previous?.tagName === 'IMG' && isPlaceholder(previous.getAttribute('src'))) {
      previous.replaceWith(fallback);
      noscript.remove();
    } else if (fallback && !noscript.parentElement?.querySelector('img')) {
      noscript.replaceWith(fallback);
    }
  }
  for (const img of tagsIn(doc, imageTags)) {
    const isImg = img.tagName === 'IMG';
    if (isImg && isPlaceholder(img.getAttribute('src'))) {
      const real = lazySrcAttrs.map((name) => img.getAttribute(name)).find((value) => value && imageUrl.test(value));
      if (real) img.setAttribute('src', real);
      else if (drawsNothing(img.getAttribute('src'))) img.removeAttribute('src');
    }
    if (!img.getAttribute('srcset')) {
      const set = lazySrcsetAttrs.map((name) => img.getAttribute(name)).find(Boolean);
      if (set) img.setAttribute('srcset', set);
    }
  }
}
