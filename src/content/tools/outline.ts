import { el, type Overlay } from '../overlay';
import { t } from '../../shared/i18n';
import { headingLabel, outlineHeadings } from './outline-headings';

/** A table of contents for articles with three or more headings; highlights the section being read. */
export function setupOutline(overlay: Overlay, signal: AbortSignal): HTMLElement | null {
  const headings = outlineHeadings(overlay.article);
  if (headings.length < 3) return null;
  const list = el('ol');
  const markCurrent = (current: number) => {
    links.forEach((link, index) => link.setAttribute('aria-current', String(index === current)));
    keepInView(links[current]!);
  };
  // An outline taller than the window scrolls on its own: the section being read stays in sight in it.
  const keepInView = (link: HTMLElement) => {
    if (nav.scrollHeight <= nav.clientHeight) return;
    const box = nav.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.top < box.top) nav.scrollTop -= Math.ceil(box.top - at.top);
    else if (at.bottom > box.bottom) nav.scrollTop += Math.ceil(at.bottom - box.bottom);
  };
  const links = headings.map((heading, index) => {
    heading.id ||= `cp-section-${index + 1}`;
    const label = headingLabel(heading);
    const link = el('a', { href: `#${heading.id}` }, label);
    // Its style shows three lines at most: a longer one is whole on hover.
    if (label.length > 90) link.title = label;
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

  // The current section is the last heading that has reached the top quarter of the view, or at the article's end the
  // last one in view (the last sections are too short to reach that line). Judged again as a heading crosses that line,
  // as one comes into the view or leaves it (a jump to the end or a dragged scroll bar crosses no line on the way), and
  // as a scroll ends.
  const view = overlay.dialog;
  const judge = () => {
    const box = view.getBoundingClientRect();
    const limit = view.scrollTop + view.clientHeight >= view.scrollHeight - 2 ? box.bottom : box.top + view.clientHeight / 4;
    let current = 0;
    headings.forEach((heading, index) => {
      if (heading.getBoundingClientRect().top <= limit) current = index;
    });
    markCurrent(current);
  };
  const observers = ['0px 0px -75% 0px', '0px'].map((rootMargin) => new IntersectionObserver(judge, { root: view, rootMargin }));
  for (const observer of observers) for (const heading of headings) observer.observe(heading);
  view.addEventListener('scrollend', judge, { signal });
  signal.addEventListener('abort', () => observers.forEach((observer) => observer.disconnect()), { once: true });
  markCurrent(0);
  return nav;
}
