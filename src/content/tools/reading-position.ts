import { el, type Overlay } from '../overlay';
import { loadPosition, savePosition } from '../../shared/reading-positions';
import { t } from '../../shared/i18n';
import { fold } from './find-in-page';

const blockSelector = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, figure, table';

/** The first block whose bottom is below the top of the view: what is being read. */
function currentBlock(overlay: Overlay, blocks: HTMLElement[]): number {
  const top = overlay.dialog.getBoundingClientRect().top + 72;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom < top) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface ReadingPositionTool {
  /** The snippet of the block being read, when the reader moved past the start; null otherwise. */
  readingSnippet(): string | null;
}

/**
 * Reading progress at the top, the position remembered per URL (offered when the article is opened again),
 * and what was being read, so closing can bring the page underneath to the same paragraph.
 */
export function setupReadingPosition(overlay: Overlay, url: string, signal: AbortSignal): ReadingPositionTool {
  const blocks = Array.from(overlay.article.querySelectorAll<HTMLElement>(blockSelector)).filter((b) => !b.parentElement?.closest(blockSelector));
  const fill = el('div', { className: 'progress-fill' });
  const bar = el('div', { className: 'progress' }, fill);
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-label', t('readingProgress'));
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  overlay.dialog.querySelector('.bar')!.append(bar);

  let index = 0;
  let frame = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    frame = 0;
    const { scrollTop, scrollHeight, clientHeight } = overlay.dialog;
    const ratio = scrollHeight > clientHeight ? scrollTop / (scrollHeight - clientHeight) : 1;
    fill.style.transform = `scaleX(${ratio})`;
    bar.setAttribute('aria-valuenow', String(Math.round(ratio * 100)));
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      index = scrollTop > 0 ? currentBlock(overlay, blocks) : 0;
      const block = blocks[index];
      const atEnd = ratio > 0.98;
      void savePosition(url, index > 1 && block && !atEnd ? { block: index, snippet: fold(block.textContent ?? '').slice(0, 80), savedAt: Date.now() } : null)
        .catch(() => {});
    }, 400);
  };
  overlay.dialog.addEventListener('scroll', () => { frame ||= requestAnimationFrame(update); }, { passive: true, signal });
  signal.addEventListener('abort', () => { cancelAnimationFrame(frame); clearTimeout(saveTimer); }, { once: true });
  // First reading in the first frame: reading scrollHeight now would force a layout of the whole article
  // inside the task that builds it; in the frame it is the layout the browser does anyway.
  frame = requestAnimationFrame(update);

  void loadPosition(url).then((saved) => {
    if (!saved || signal.aborted || saved.block >= blocks.length || overlay.dialog.scrollTop > 0) return;
    const target = blocks[saved.block]!;
    const resume = el('button', { className: 'tool resume', type: 'button' }, t('resume'));
    resume.addEventListener('click', () => {
      target.scrollIntoView({ block: 'start' });
      resume.remove();
    }, { signal });
    overlay.tools.append(resume);
  });

  return {
    readingSnippet() {
      if (overlay.dialog.scrollTop <= 0) return null;
      const block = blocks[currentBlock(overlay, blocks)];
      return block ? fold(block.textContent ?? '').slice(0, 80) : null;
    },
  };
}
