/** What closing the overlay must give back: where the reader was, and what had focus. */
export interface PageState {
  x: number;
  y: number;
  focus: Element | null;
}

export function capturePageState(win: Window): PageState {
  return { x: win.scrollX, y: win.scrollY, focus: win.document.activeElement };
}

export function restorePageState(win: Window, state: PageState): void {
  const { focus } = state;
  if (focus && focus.isConnected && focus !== win.document.body && 'focus' in focus) {
    (focus as HTMLElement).focus({ preventScroll: true });
  }
  if (win.scrollX !== state.x || win.scrollY !== state.y) win.scrollTo(state.x, state.y);
}
