/**
 * Listens for clicks a person made: the overlay's shadow root is open, so a page script can reach its buttons and call
 * `click()`, but the events it makes are not trusted. Every action that writes storage or changes permissions uses this.
 * A button marked busy (`setBusy`) ignores clicks until it is let go.
 */
export function onTrustedClick(button: HTMLElement, listener: (event: MouseEvent) => void, signal: AbortSignal): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted && button.getAttribute('aria-disabled') !== 'true') listener(event);
  }, { signal });
}

/**
 * Marks a button unavailable while its action runs (or for good, once done) without `disabled`: a disabled button
 * drops the focus to the page, and the person's next keys would then go to the page instead of reader view.
 */
export function setBusy(button: HTMLElement, busy: boolean): void {
  if (busy) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}
