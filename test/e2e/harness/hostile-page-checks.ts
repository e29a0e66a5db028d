// What the hostile-page check runs inside the page (Playwright's and Puppeteer's `page.evaluate` both take these).
// Everything goes through Document.prototype: a hostile page may clobber document.querySelector with a named element.

export interface PageSignals {
  /** The page-world sentinel array `window.__pwned` (attacks append to it). */
  pwned: string[];
  title: string;
  /** Writes to the page's <title> since watchTitle() (an attack that sets the title it already set is seen too). */
  titleWrites: number;
}

export function pageSignals(): PageSignals {
  const pwned = (window as unknown as { __pwned?: unknown[] }).__pwned;
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title')!.get!.call(document) as string;
  const writes = (window as unknown as { __clearpageTitleWrites?: unknown[] }).__clearpageTitleWrites;
  return { pwned: Array.isArray(pwned) ? pwned.map(String) : [], title, titleWrites: writes?.length ?? 0 };
}

/** From now on counts every change to the page's <title> element or its text, in pageSignals().titleWrites. */
export function watchTitle(): void {
  const writes: number[] = [];
  Object.defineProperty(window, '__clearpageTitleWrites', { value: writes, configurable: true });
  new MutationObserver((records) => {
    for (const { target, addedNodes, removedNodes } of records) {
      const nodes = [target, target.parentNode, ...Array.from(addedNodes), ...Array.from(removedNodes)];
      if (nodes.some((node) => node instanceof HTMLTitleElement)) writes.push(records.length);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The text the page itself shows in its first <article> (innerText: what an unclosed <style> swallowed is not shown). */
export function pageArticleText(): string {
  const article = Document.prototype.querySelector.call(document, 'article') as HTMLElement | null;
  return (article?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Every element of the overlay's article gets pointer, focus, animation, toggle and click events, as a user's
 * actions would send them, then two animation frames pass (a javascript: URL followed on click runs in a later task).
 */
export async function pokeArticle(): Promise<void> {
  const host = Document.prototype.querySelector.call(document, 'clearpage-reader');
  const article = host?.shadowRoot?.querySelector('article');
  for (const el of Array.from(article?.querySelectorAll('*') ?? [])) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'focus', 'animationstart', 'toggle']) {
      el.dispatchEvent(new (type.startsWith('pointer') || type.startsWith('mouse') ? MouseEvent : Event)(type, { bubbles: false }));
    }
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus?.({ preventScroll: true });
    const link = el.closest('a, area');
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? '';
    if (/^\s*(https?:|mailto:|tel:)/i.test(href)) continue; // following a real link is not under test here
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
  const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
  await frame().then(frame);
}

/** What in the overlay's article could act, load, restyle or leak (each entry is one problem). */
export function inspectOverlay(): string[] {
  const problems: string[] = [];
  const hosts = Document.prototype.querySelectorAll.call(document, 'clearpage-reader');
  if (hosts.length !== 1) problems.push(`${hosts.length} overlay hosts`);
  const article = hosts[0]?.shadowRoot?.querySelector('article');
  if (!article) return [...problems, 'no article in the overlay'];
  const active = 'script, style, link, meta, base, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, '
    + 'select, template, noscript, slot, dialog, portal, animate, set, animatemotion, animatetransform, use, foreignobject, feimage, '
    + 'handler, listener';
  for (const el of Array.from(article.querySelectorAll(active))) problems.push(`element <${el.localName}>`);
  const urlAttrs = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'cite', 'codebase', 'srcdoc']);
  const all = [article, ...Array.from(article.querySelectorAll('*'))];
  for (const el of all) {
    if ((el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot) problems.push(`shadow root on <${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) problems.push(`handler ${name} on <${el.localName}>`);
      if (['style', 'srcdoc', 'autofocus', 'ping', 'formaction', 'action'].includes(name)) problems.push(`attribute ${name} on <${el.localName}>`);
      if (/url\s*\(\s*['"]?[^#'"\s]|@import|expression\s*\(/i.test(value)) problems.push(`CSS in ${name} on <${el.localName}>`);
      if (urlAttrs.has(name) || name === 'srcset') {
        // Controls and spaces dropped, as URL parsing drops them ("java&#9;script:").
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(Array.from(value).filter((c) => c > ' ').join(''))?.[1]?.toLowerCase();
        const image = el.localName === 'img' && name === 'src' && /^data:image\/(gif|png|jpeg|webp|avif);/i.test(value.trim());
        if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme) && !image) problems.push(`${scheme}: URL in ${name} on <${el.localName}>`);
      }
    }
  }
  for (const link of Array.from(article.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? link.getAttribute('xlink:href');
    if (href === null || href.trim().startsWith('#')) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`link to ${href} without rel="noopener noreferrer"`);
  }
  return problems;
}
