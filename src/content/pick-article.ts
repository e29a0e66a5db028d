import { t } from '../shared/i18n';
import { extractBlock } from './chosen-source';
import { loadChunk } from './load-chunk';
import type { PickHooks } from './picker/api';

/** "Pick the article": picker.js, injected into this frame on first use, does the rest (see picker/flow.ts). */
export async function pickArticle(hooks: Omit<PickHooks, 'read'>): Promise<void> {
  try {
    const picker = await loadChunk('picker', () => globalThis.__clearpagePicker);
    await picker.run({ ...hooks, read: (element) => extractBlock(element, 1) });
  } catch (error) {
    console.error('Clearpage:', error);
    hooks.notice(t('readerError'));
  }
}
