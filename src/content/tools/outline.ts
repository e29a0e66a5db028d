import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';

/** A table of contents for articles with three or more headings; highlights the section being read. */
export function setupOutline(overlay: Overlay, signal: AbortSignal): HTMLElement | null {
  const headings = Array.from(overlay.article.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((h) => h.textContent?.trim());
  if (headings.length < 3) return null;
  const list = el('ol');
  const markCurrent = (current: number) => links.forEach((link, index) => link.setAttribute('aria-current', String(index === current)));
  const links = headings.map((heading, index) => {
    heading.id ||= `cp-section-${index + 1}`;
    const link = el('a', { href: `#${heading.id}` }, heading.textContent!.trim());
    link.dataset.level = heading.tagName.slice(1);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      markCurrent(index);
      heading.scrollIntoView({ block: 'start' });
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }, { signal });
    list.append(el('li', {}, link));
    return link;
  });
  const nav = el('nav', { className: 'outline' }, el('h2', {}, t('contents')), list);
  nav.setAttribute('aria-label', t('contents'));
  overlay.aside.append(nav);

  // The current section is the last heading that has reached the top quarter of the view.
  const observer = new IntersectionObserver(() => {
    const limit = overlay.dialog.getBoundingClientRect().top + overlay.dialog.clientHeight / 4;
    let current = 0;
    headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top <= limit) current = index;
    });
    markCurrent(current);
  }, { root: overlay.dialog, rootMargin: '0px 0px -75% 0px' });
  for (const heading of headings) observer.observe(heading);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  markCurrent(0);
  return nav;
}
