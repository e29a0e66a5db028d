import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';

/** A table of contents for articles with three or more headings; highlights the section being read. */
export function setupOutline(overlay: Overlay, signal: AbortSignal): HTMLElement | null {
  const headings = Array.from(overlay.article.querySelectorAll<HTMLElement>('h2, h3, h4')).filter((h) => h.textContent?.trim());
  if (headings.length < 3) return null;
  const list = el('ol');
  const links = headings.map((heading, index) => {
    heading.id ||= `cp-section-${index + 1}`;
    const link = el('a', { href: `#${heading.id}` }, heading.textContent!.trim());
    link.dataset.level = heading.tagName.slice(1);
    link.addEventListener('click', (event) => {
      event.preventDefault();
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

  // The current section is the last heading above the top quarter of the view.
  const visible = new Set<Element>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
    }
    const top = overlay.dialog.getBoundingClientRect().top;
    let current = 0;
    headings.forEach((heading, index) => {
      if (visible.has(heading) || heading.getBoundingClientRect().top < top + 80) current = index;
    });
    links.forEach((link, index) => link.setAttribute('aria-current', String(index === current)));
  }, { root: overlay.dialog, rootMargin: '0px 0px -75% 0px' });
  for (const heading of headings) observer.observe(heading);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  links[0]?.setAttribute('aria-current', 'true');
  return nav;
}
