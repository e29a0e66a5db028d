/**
 * A picture that does not load (moved, blocked by a content blocker, offline) would stay a blank the size the page gave
 * it, or its alt text at the article's size. It is drawn as its alt text in small type instead, or not at all when it
 * has none or its figure's caption says what it showed. Only the reader's copy is marked; the page's picture is the
 * page's.
 */
const mark = 'data-cp-broken';

function markBroken(img: Element): void {
  const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.trim();
  img.setAttribute(mark, (img.getAttribute('alt') ?? '').trim() && !caption ? 'alt' : '');
}

const failed = (img: HTMLImageElement) => img.complete && img.naturalWidth === 0 && !!img.currentSrc;

export function watchBrokenImages(article: Element, signal: AbortSignal): void {
  // A load error does not bubble: heard on the way down.
  article.addEventListener('error', (event) => {
    const target = event.target as Element | null;
    if (target?.localName === 'img') markBroken(target);
  }, { capture: true, signal });
  for (const img of article.querySelectorAll('img')) if (failed(img)) markBroken(img);
}

