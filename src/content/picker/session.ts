import { t, type MessageKey } from '../../shared/i18n';
import { createLayer } from './layer';
import { blockAt, describe, narrower, refusal, sibling, wider } from './blocks';
import { boundary, guarded, holdKeyTail } from './guards';

/** The most a finished picker's empty layer waits for `release()` (reader view opening on a huge page). */
const releaseCapMs = 10_000;

export interface Picked {
  element: Element | null;
  /**
   * Takes the picker's (by then empty) layer away. Until then it still covers the page, so that the pointer goes
   * from it to reader view's layer without ever being over the page's own elements (no hover events for the page).
   */
  release(): void;
}

/**
 * Lets the person pick a block of the live page: the block under the pointer is outlined in the picker's own layer,
 * with its first words and word count; ↑/↓ widen or narrow, ←/→ step to neighbours, Enter or a click takes it,
 * Escape (or `signal`) cancels. On a touch screen a tap chooses and the bar's buttons do the rest. Resolves with the
 * block, or null; focus and scroll are back where they were.
 */
export function startPicking(signal: AbortSignal): Promise<Picked> {
  return new Promise((resolve) => {
    const saved = { focus: document.activeElement, x: window.scrollX, y: window.scrollY };
    const listeners = new AbortController();
    const layer = createLayer();
    const { box, label, status, buttons, panel } = layer;
    const controls = [buttons.wider, buttons.narrower, buttons.use, buttons.cancel];
    let current: Element | null = null;
    /** The choice was widened or narrowed on purpose: moving the pointer inside it keeps it. */
    let sticky = false;
    let touch = false;
    let frame = 0;
    let done = false;

    const render = () => {
      frame = 0;
      const shown = !!current?.isConnected && !!document.body?.contains(current);
      box.hidden = label.hidden = !shown;
      if (!shown) return;
      const rect = current!.getBoundingClientRect();
      Object.assign(box.style, { left: `${rect.left - 3}px`, top: `${rect.top - 3}px`, width: `${rect.width + 6}px`, height: `${rect.height + 6}px` });
      const top = rect.top > 34 ? rect.top - 32 : Math.max(4, rect.top + 4);
      Object.assign(label.style, { left: `${Math.min(Math.max(4, rect.left), Math.max(4, window.innerWidth - 200))}px`, top: `${Math.min(top, window.innerHeight - 30)}px` });
    };
    const schedule = () => { frame ||= requestAnimationFrame(render); };
    const choose = (el: Element | null, onPurpose = false) => {
      if (!el) return;
      sticky = onPurpose;
      if (el === current) return;
      current = el;
      label.textContent = describe(el);
      status.textContent = label.textContent;
      delete status.dataset.kind;
      schedule();
      if (onPurpose) {
        const rect = el.getBoundingClientRect();
        if (rect.bottom < 0 || rect.top > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
      }
    };

    const finish = (picked: Element | null, endingKey?: string) => {
      if (done) return;
      done = true;
      const focus = saved.focus as HTMLElement | null;
      // Still guarded: the page sees neither the focus going back nor the scroll restored as events from us.
      if (focus?.isConnected && focus !== document.body && typeof focus.focus === 'function') focus.focus({ preventScroll: true });
      else panel.blur();
      if (window.scrollX !== saved.x || window.scrollY !== saved.y) window.scrollTo(saved.x, saved.y);
      cancelAnimationFrame(frame);
      panel.hidden = true;
      if (endingKey) holdKeyTail(endingKey);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        clearTimeout(cap);
        // Two frames: the browser has then sent the pointer's boundary events for whatever layer is on top now.
        requestAnimationFrame(() => requestAnimationFrame(() => {
          layer.remove();
          listeners.abort();
        }));
      };
      const cap = setTimeout(release, releaseCapMs);
      resolve({ element: picked, release });
    };
    const refuse = (why: MessageKey) => {
      status.textContent = t(why);
      status.dataset.kind = 'refused';
    };
    const take = (el: Element | null, endingKey?: string) => {
      const why = refusal(el);
      if (why) refuse(why);
      else finish(el, endingKey);
    };
    const actions = new Map<Element, () => void>([
      [buttons.wider, () => current && choose(wider(current), true)],
      [buttons.narrower, () => current && choose(narrower(current), true)],
      [buttons.use, () => take(current)],
      [buttons.cancel, () => finish(null)],
    ]);

    function onKey(event: KeyboardEvent, target: Element | null): void {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const step: Record<string, () => void> = {
        Escape: () => finish(null, 'Escape'),
        ArrowUp: () => current && choose(wider(current), true),
        ArrowDown: () => current && choose(narrower(current), true),
        ArrowLeft: () => current && choose(sibling(current, -1), true),
        ArrowRight: () => current && choose(sibling(current, 1), true),
        Enter: () => take(current, 'Enter'),
        // Tab stays on the bar's buttons: the page's own controls are not the picker's.
        Tab: () => {
          const at = controls.indexOf(target as HTMLButtonElement);
          const next = at < 0 ? (event.shiftKey ? controls.length - 1 : 0) : (at + (event.shiftKey ? -1 : 1) + controls.length) % controls.length;
          controls[next]!.focus();
        },
      };
      // Enter and Space on one of the bar's buttons press it (its click comes next).
      if (!step[event.key] || (event.key === 'Enter' && target && controls.includes(target as HTMLButtonElement))) return;
      event.preventDefault();
      step[event.key]!();
    }

    const guard = (event: Event) => {
      const path = event.composedPath();
      // Picked or cancelled: the empty layer still holds back the pointer's comings and goings and anything aimed at
      // it; keys and clicks for reader view, back on top, go through.
      if (done && !boundary.test(event.type) && !path.includes(layer.host)) return;
      event.stopImmediatePropagation();
      if (done) return;
      const inBar = path.includes(buttons.use.parentElement!);
      const target = (path[0] as Element | undefined) ?? null;
      const { type } = event;
      if (type === 'keydown') return onKey(event as KeyboardEvent, target);
      if (type === 'pointerdown' || type === 'pointermove') touch = (event as PointerEvent).pointerType === 'touch';
      if ((type === 'mousedown' || type === 'pointerdown') && !inBar) event.preventDefault();
      if (type === 'pointermove' && !touch && !inBar) {
        const block = blockAt((event as PointerEvent).clientX, (event as PointerEvent).clientY);
        if (block && !(sticky && current?.contains(block))) choose(block);
      }
      if (type !== 'click') return;
      const button = path.find((node) => actions.has(node as Element)) as Element | undefined;
      if (button) return actions.get(button)!();
      // The picker's own bar is no part of the page.
      if (inBar) return refuse('pickOwnUi');
      if ((event as MouseEvent).button !== 0) return;
      event.preventDefault();
      const block = blockAt((event as MouseEvent).clientX, (event as MouseEvent).clientY);
      if (touch) choose(block);
      else take(block && current?.contains(block) ? current : block);
    };
    for (const type of guarded) window.addEventListener(type, guard, { capture: true, signal: listeners.signal });
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listeners.signal });
    window.addEventListener('resize', schedule, { signal: listeners.signal });
    // The page may change under the picker: the outline follows, and a block it removed cannot be taken (refusal()).
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    listeners.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    signal.addEventListener('abort', () => finish(null), { once: true, signal: listeners.signal });

    panel.focus({ preventScroll: true });
    choose(blockAt(window.innerWidth / 2, window.innerHeight / 2) ?? (document.body ? narrower(document.body) : null));
  });
}
