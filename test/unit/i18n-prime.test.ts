import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// The browser's getMessage, as the extension's catalogue says (named placeholders to $n substitutions), counting calls.
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = JSON.parse(readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Entry>;
let asked = 0;
function getMessage(key: string, substitutions: string[] = []): string {
  asked++;
  const entry = catalogue[key];
  if (!entry) return '';
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}
vi.mock('../../src/shared/browser', () => ({ default: { i18n: { getMessage } } }));

const { messageTemplates, primeMessages, t } = await import('../../src/shared/i18n');

describe('the first frame\'s strings sent ahead', () => {
  it('says the same with templates made elsewhere, without asking the catalogue again', () => {
    const direct = [t('publishedDate', 14, 'March', 2024), t('minRead', 7), t('closeReaderTitle'), t('monthNames')];
    expect(direct[0]).toBe('March 14, 2024');
    const templates = messageTemplates();
    primeMessages(templates);
    const before = asked;
    expect([t('publishedDate', 14, 'March', 2024), t('minRead', 7), t('closeReaderTitle'), t('monthNames')]).toEqual(direct);
    expect(asked).toBe(before);
    // A key that was not sent still reads the catalogue.
    expect(t('readerError')).toBe(getMessage('readerError'));
    expect(asked).toBe(before + 2);
  });
});
