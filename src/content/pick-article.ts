import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { extractBlock } from './chosen-source';
import type { PickHooks } from './picker/api';

/** "Pick the article": picker.js, injected into this frame on first use, does the rest (see picker/flow.ts). */
export async function pickArticle(hooks: Omit<PickHooks, 'read'>): Promise<void> {
  try {
    if (!globalThis.__clearpagePicker) await browser.runtime.sendMessage({ type: 'load-picker' });
    if (!globalThis.__clearpagePicker) throw new Error('picker did not load');
    await globalThis.__clearpagePicker.run({ ...hooks, read: (element) => extractBlock(element, 1) });
  } catch (error) {
    console.error('Clearpage:', error);
    hooks.notice(t('readerError'));
  }
}
