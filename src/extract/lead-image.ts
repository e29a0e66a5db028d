import { tagSet, tagsIn } from './dom-measures';

const metaTag = tagSet('meta');
const imgTag = tagSet('img');

function fileKey(url: string | null | undefined): string {
  if (!url) return '';
  const path = url.split(/[?#]/)[0] ?? '';
  return (path.split('/').pop() ?? '').replace(/[-_]?\d{2,4}x\d{2,4}(?=\.)/, '').replace(/\.(jpe?g|png|webp|avif|gif)$/i, '').toLowerCase();
}

const firstOf = (root: Document | Element, tag: string): Element | null => root.getElementsByTagName(tag)[0] ?? null;

function imageKeys(img: Element): string[] {
  const srcset = (img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]);
  return [img.getAttribute('src'), ...srcset].map(fileKey).filter((key) => key.length >= 4);
}

const logoWord = /(^|[^a-z])logo|^home$/i;
const smallerThan = (img: Element, name: 'width' | 'height', size: number) => {
  const value = Number(img.getAttribute(name));
  return value > 0 && value < size;
};

/**
 * The site's logo, which a forum or a shop gives as its `og:image` (Wall Street Oasis, WCXB 2201: a 120 × 35 image
 * with the alt "Home" stood over the thread): named so, in the page's navigation, or too small for a photo.
 */
function isLogo(img: Element): boolean {
  const file = (img.getAttribute('src') ?? '').split(/[?#]/)[0]!.split('/').pop() ?? '';
  if ([file, img.getAttribute('alt') ?? '', img.getAttribute('class') ?? ''].some((text) => logoWord.test(text.trim()))) return true;
  // Not any `<header>`: an article's own holds its lead photo.
  return smallerThan(img, 'width', 200) || smallerThan(img, 'height', 100) || !!img.closest('nav');
}

/**
 * Finds the page's lead image before Readability runs, as a detached copy: the figure (with its caption)
 * holding the og:image, or the first figure with an image and a caption above the article's text.
 */
export function findLeadFigure(doc: Document): Element | null {
  const meta = tagsIn(doc.head ?? doc, metaTag)
    .find((m) => m.getAttribute('property') === 'og:image' || m.getAttribute('name') === 'twitter:image');
  const ogKey = fileKey(meta?.getAttribute('content'));
  let match: Element | null = null;
  if (ogKey.length >= 4) {
    match = tagsIn(doc, imgTag).find((img) => imageKeys(img).includes(ogKey) && !isLogo(img)) ?? null;
  }
  if (!match) {
    // Tag lists, not `querySelector`: in jsdom each selector is a slow scan of the whole page (5-15 ms on a large one).
    const scope = firstOf(doc, 'article') ?? firstOf(doc, 'main') ?? doc;
    const firstFigure = firstOf(scope, 'figure');
    const firstParagraph = firstOf(scope, 'p');
    if (firstFigure?.querySelector('img') && firstFigure.querySelector('figcaption') && firstParagraph &&
      firstFigure.compareDocumentPosition(firstParagraph) & 4 /* FOLLOWING */) {
      match = firstFigure.querySelector('img');
    }
  }
  if (!match) return null;
  const figure = match.closest('figure');
  if (figure) return figure.cloneNode(true) as Element;
  const copy = doc.createElement('figure');
  copy.append(match.cloneNode(true));
  return copy;
}

/** Puts the lead figure back at the top when Readability dropped it; the figure put back, if any. */
export function restoreLeadFigure(root: Element, figure: Element | null): Element | null {
  if (!figure) return null;
  const leadKeys = new Set(tagsIn(figure, imgTag).flatMap(imageKeys));
  const kept = tagsIn(root, imgTag).some((img) => imageKeys(img).some((key) => leadKeys.has(key)));
  if (kept) return null;
  const target = root.firstElementChild?.className === 'page' ? root.firstElementChild : root;
  const copy = root.ownerDocument.importNode(figure, true);
  target.prepend(copy);
  return copy;
}
