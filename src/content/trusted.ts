/**
 * Listens for clicks a person made: the overlay's shadow root is open, so a page script can reach its buttons and call
 * `click()`, but the events it makes are not trusted. Every action that writes storage or changes permissions uses this.
 */
export function onTrustedClick(button: HTMLElement, listener: (event: MouseEvent) => void, signal: AbortSignal): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) listener(event);
  }, { signal });
}
