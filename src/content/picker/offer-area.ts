import { t } from '../../shared/i18n';
import { blockText } from '../../extract/text';
import { shorten, today } from '../../shared/site-rules';
import { saveArea } from '../../shared/area-rule-storage';
import { storageErrorKey } from '../../shared/site-rules-storage';
import { maxPreviewLength } from '../../shared/area-rule';
import { locatorFor } from '../../shared/area-locator';
import { onTrustedClick, setBusy } from '../trusted';

/** "Always use this area on this site": the picked block's locator stored as the site's area. */
async function rememberArea(site: string, element: Element): Promise<boolean> {
  const locator = element.isConnected ? locatorFor(element) : null;
  if (!locator) return false;
  const preview = shorten(blockText(element).replace(/\n/g, ' '), maxPreviewLength);
  await saveArea(site, { ...locator, p: preview, c: today(), u: today(), stale: false });
  return true;
}

/** Reader view's note for a picked block: what it shows, and the choice to read this area on the site's next pages. */
export function offerArea(note: HTMLElement, element: Element, site: string, onSaved: () => void, say: (message: string) => void,
  signal: AbortSignal): void {
  const always = Object.assign(document.createElement('button'), { className: 'tool', type: 'button', textContent: t('alwaysUseArea') });
  const text = Object.assign(document.createElement('span'), { textContent: t('showingPicked') });
  note.replaceChildren(text, always);
  onTrustedClick(always, async () => {
    setBusy(always, true);
    try {
      if (await rememberArea(site, element)) return onSaved();
      say(t('areaNotSaved'));
    } catch (error) {
      say(t(storageErrorKey(error)));
    }
    setBusy(always, false);
  }, signal);
}
