import type { Article } from '../extract/types';
import type { Settings } from '../shared/settings';
import { buildShadowHost, createShadowHost, showShadowHost } from './shadow-host';
import { formatReadingTime } from './format';
import { t } from '../shared/i18n';

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** The focusable dialog, which is also the scrolling element: receives focus on open. */
  dialog: HTMLElement;
  /** Where reading tools put their buttons, before the close button. */
  tools: HTMLElement;
  /** Beside the article column: the outline goes here. */
  aside: HTMLElement;
  article: HTMLElement;
  /** The close button: what it does is the reader's to say. */
  close: HTMLButtonElement;
  apply(settings: Settings): void;
  /** Puts the overlay in the page (it is built detached, possibly while preparing). */
  show(): void;
  remove(): void;
}

type Props = Partial<Pick<HTMLElement, 'className' | 'title' | 'tabIndex' | 'hidden'>> & Record<string, unknown>;

/** A new element with properties and children: the overlay's only way to build DOM (never from markup). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export function applySettings(dialog: HTMLElement, settings: Settings): void {
  dialog.dataset.theme = settings.theme;
  dialog.dataset.font = settings.font;
  dialog.style.setProperty('--size', `${settings.fontSize}px`);
  dialog.style.setProperty('--width', `${settings.contentWidth}px`);
  dialog.style.setProperty('--line-height', String(settings.lineHeight));
  dialog.style.setProperty('--letter-spacing', `${settings.letterSpacing}em`);
  dialog.style.setProperty('--word-spacing', `${settings.wordSpacing}em`);
  dialog.dataset.align = settings.textAlign;
  dialog.dataset.images = settings.showImages ? 'shown' : 'hidden';
}

/** Moves in the sanitized nodes, parsed in an inert document by the pipeline: nothing armed on the way. */
function articleBody(article: Article): HTMLElement {
  const body = el('article');
  body.append(...Array.from(article.content.childNodes));
  if (article.lang) body.lang = article.lang;
  body.dir = article.dir ?? 'auto';
  return body;
}

/** One item of the byline line, isolated so "3 min read" stays whole beside an Arabic byline. */
const metaItem = (text: string) => el('span', { dir: 'auto' }, text);

/** The dot between items: outside them, so it sits between them in either direction. */
function metaSeparator(): HTMLElement {
  const dot = el('span', { className: 'sep' }, '·');
  dot.setAttribute('aria-hidden', 'true');
  return dot;
}

/**
 * Reader view for `article`, built apart from the page (nothing of it is in the page or visible to its scripts until
 * `show`), so that preparing ahead can build it too and the click only shows it. Takes the article's nodes.
 */
export function buildReaderOverlay(article: Article, date: string | null): Overlay {
  const { host, root } = buildShadowHost('reader');
  const close = el('button', { className: 'close', type: 'button', title: t('closeReaderTitle') }, t('closeButton'));
  close.setAttribute('aria-label', t('closeReader'));

  const meta = el('p', { className: 'meta' });
  for (const part of [article.byline, date, formatReadingTime(article.readingMinutes)]) {
    if (part) meta.append(...(meta.firstChild ? [metaSeparator()] : []), metaItem(part));
  }
  const header = el('div', { className: 'article-header' });
  if (article.siteName) header.append(el('p', { className: 'site' }, article.siteName));
  header.append(el('h1', { className: 'title' }, article.title), meta);
  if (article.lang) header.lang = article.lang;
  if (article.dir) header.dir = article.dir;

  const tools = el('div', { className: 'tools' });
  const aside = el('div', { className: 'aside' });
  const body = articleBody(article);
  const dialog = el('div', { className: 'reader', tabIndex: -1 },
    el('div', { className: 'bar' }, tools, close),
    el('div', { className: 'layout' }, aside, el('div', { className: 'page' }, header, body)));
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', t('readerView'));
  root.append(dialog);
  // Keys typed in reader view are reader view's: a page's own shortcuts (j, k, /) listening on window or document never
  // see them. Only propagation stops, so the browser's own shortcuts keep working.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  return {
    host, root, dialog, tools, aside, article: body, close,
    apply: (next) => applySettings(dialog, next), show: () => showShadowHost({ host, root }), remove: () => host.remove(),
  };
}

/** A small card for when there is nothing to read: says why, offers to pick the article by hand, closes itself. */
export function createNotice(message: string, onClose: () => void, onPick?: () => void): { host: HTMLElement; focusTarget: HTMLElement; remove(): void } {
  const { host, root } = createShadowHost('notice');
  const close = el('button', { className: 'close', type: 'button' }, t('ok'));
  close.addEventListener('click', onClose);
  const pick = el('button', { className: 'action pick', type: 'button' }, t('pickArticle'));
  if (onPick) pick.addEventListener('click', onPick);
  const card = el('div', { className: 'notice' }, el('span', {}, message), ...(onPick ? [pick] : []), close);
  card.setAttribute('role', 'alert');
  root.append(card);
  return { host, focusTarget: close, remove: () => host.remove() };
}
