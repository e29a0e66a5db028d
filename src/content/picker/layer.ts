import { t } from '../../shared/i18n';
import { pickerCss } from './styles';

/** The picker's own layer over the page: a highlight box, its label, and a bar of controls. Page elements are never touched. */
export interface Layer {
  host: HTMLElement;
  panel: HTMLElement;
  box: HTMLElement;
  label: HTMLElement;
  status: HTMLElement;
  buttons: { wider: HTMLButtonElement; narrower: HTMLButtonElement; use: HTMLButtonElement; cancel: HTMLButtonElement };
  remove(): void;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

function attachStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pickerCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts may refuse a sheet from their own compartment (as in shadow-host.ts).
    const style = document.createElement('style');
    style.textContent = pickerCss;
    root.prepend(style);
  }
}

export function createLayer(): Layer {
  // In the XHTML namespace, appended to <html> after <body>: nothing inside the page's body changes.
  const host = document.createElementNS('http://www.w3.org/1999/xhtml', 'clearpage-picker') as HTMLElement;
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  attachStyles(root);
  const box = node('div', 'box');
  const label = node('div', 'label');
  box.setAttribute('aria-hidden', 'true');
  label.setAttribute('aria-hidden', 'true');
  const title = node('h2', 'title', t('pickArticle'));
  title.id = 'cp-pick-title';
  const status = node('p', 'status');
  status.setAttribute('role', 'status');
  const hint = node('p', 'hint', t('pickHint'));
  hint.id = 'cp-pick-hint';
  const button = (className: string, text: string) => Object.assign(node('button', className, text), { type: 'button' });
  const buttons = {
    wider: button('wider', t('pickWider')), narrower: button('narrower', t('pickNarrower')),
    use: button('use', t('pickUse')), cancel: button('cancel', t('pickCancel')),
  };
  const bar = node('section', 'bar', title, status, buttons.wider, buttons.narrower, buttons.use, buttons.cancel, hint);
  bar.setAttribute('aria-labelledby', 'cp-pick-title');
  const panel = node('div', 'picker', box, label, bar);
  panel.tabIndex = -1;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'cp-pick-title');
  panel.setAttribute('aria-describedby', 'cp-pick-hint');
  root.append(panel);
  document.documentElement.append(host);
  try {
    host.showPopover();
  } catch {
    // No popover support: the :host rules still put it above the page.
  }
  return { host, panel, box, label, status, buttons, remove: () => host.remove() };
}
