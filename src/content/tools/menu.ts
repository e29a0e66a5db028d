import { el } from '../overlay';

/** A button that opens a list of actions; Escape or a click elsewhere closes it. */
export function menuButton(label: string, items: [string, () => void | Promise<void>][], signal: AbortSignal, onOpen?: () => void): HTMLElement {
  const button = el('button', { className: 'tool', type: 'button' }, label);
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  const list = el('div', { className: 'menu-list', hidden: true });
  list.setAttribute('role', 'menu');
  const setOpen = (open: boolean) => {
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open) return;
    onOpen?.();
    (list.querySelector('button') as HTMLButtonElement | null)?.focus();
  };
  for (const [text, action] of items) {
    const item = el('button', { type: 'button' }, text);
    item.setAttribute('role', 'menuitem');
    item.addEventListener('click', () => {
      setOpen(false);
      button.focus();
      void action();
    }, { signal });
    list.append(item);
  }
  button.addEventListener('click', () => setOpen(list.hidden === true), { signal });
  const wrapper = el('div', { className: 'menu' }, button, list);
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      setOpen(false);
      button.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !list.hidden) {
      event.preventDefault();
      const buttons = Array.from(list.querySelectorAll('button'));
      const at = buttons.indexOf((list.getRootNode() as ShadowRoot | Document).activeElement as HTMLButtonElement);
      buttons[(at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    }
  }, { signal });
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) setOpen(false);
  }, { signal });
  return wrapper;
}
