// Everything a person's pointer, keys and focus make while picking. Stopped on the window, first thing in the capture
// phase: the page's own handlers on its document and elements never see them (a page's window-capture listener added
// before the picker started is the one place a content script cannot get ahead of).
export const guarded = ['pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave',
  'pointercancel', 'gotpointercapture', 'lostpointercapture', 'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout',
  'mouseenter', 'mouseleave', 'click', 'dblclick', 'auxclick', 'contextmenu', 'wheel', 'touchstart', 'touchmove', 'touchend',
  'touchcancel', 'keydown', 'keyup', 'keypress', 'focus', 'blur', 'focusin', 'focusout', 'selectstart', 'dragstart'];
/** The pointer's comings and goings (over, out, enter, leave). */
export const boundary = /^(pointer|mouse)(over|out|enter|leave)$/;

/** How long the key that ended picking keeps being held back (its keyup must not reach the page either). */
const keyTailMs = 1000;

/** Holds back the rest of a key press that ended picking (keyup, keypress) from the page, for at most `keyTailMs`. */
export function holdKeyTail(key: string): void {
  const tail = new AbortController();
  const timer = setTimeout(() => tail.abort(), keyTailMs);
  const hold = (event: Event) => {
    if ((event as KeyboardEvent).key !== key) return;
    event.stopImmediatePropagation();
    if (event.type === 'keyup') {
      clearTimeout(timer);
      tail.abort();
    }
  };
  for (const type of ['keypress', 'keyup']) window.addEventListener(type, hold, { capture: true, signal: tail.signal });
}
