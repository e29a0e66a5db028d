import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type ts from 'typescript';
import { filesUnder, memoryProgram, root, sourceProgram } from './i18n/program';
import { messageKeys, type KeyReport } from './i18n/message-keys';
import { uiLiterals } from './i18n/ui-literals';
import { pageLiterals } from './i18n/page-literals';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string) => JSON.parse(readFileSync(join(root, 'src/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const english = read('en');
const ukrainian = read('uk');
const pages = filesUnder(join(root, 'src'), /\.html$/);

let program: ts.Program;
let keys: KeyReport;

/** Keys the extension's pages and manifest use: data-i18n, data-i18n-label, __MSG_x__. */
function markupKeys(): string[] {
  const keys: string[] = [];
  for (const file of pages) {
    const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
    for (const el of Array.from(doc.querySelectorAll('[data-i18n], [data-i18n-label]'))) {
      keys.push(...[el.getAttribute('data-i18n'), el.getAttribute('data-i18n-label')].filter((key): key is string => !!key));
    }
  }
  for (const match of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) keys.push(match[1]!);
  return keys;
}

describe('every UI string goes through _locales', () => {
  // One type-checked program of src/ for all the tests: the slow part (seconds; much longer on a busy machine).
  beforeAll(() => {
    program = sourceProgram();
    keys = messageKeys(program);
  }, 180_000);

  it('English and Ukrainian have the same keys, none empty, same placeholders', () => {
    expect(Object.keys(ukrainian).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(ukrainian)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}), key).toEqual(Object.keys(english[key]!.placeholders ?? {}));
    }
  });

  it('the Ukrainian is Ukrainian: Cyrillic words, never the English text', () => {
    const english_ = Object.entries(ukrainian).filter(([key, { message }]) => !/[\u0400-\u04ff]/.test(message) || message === english[key]!.message);
    expect(english_.map(([key]) => key)).toEqual([]);
  });

  it('finds every key the code uses, however it is written, and each is in English and Ukrainian', () => {
    const report = keys;
    expect(report.unresolved, 'key expressions with no known values').toEqual([]);
    const used = new Set([...report.used.map((use) => use.key), ...markupKeys()]);
    // The forms the code holds keys in today, found: t('x'), [string, MessageKey][], Record<…, MessageKey>, ternaries,
    // `${key}_${value}` over the settings' choices, `hiddenItems_${category}` guarded by a list, data-i18n, __MSG__.
    for (const key of ['ok', 'keyEscape', 'reasonNewsletter', 'stateOn', 'stateOff', 'theme_sepia', 'textAlign_justify',
      'hiddenItems_few', 'hiddenItems_other', 'fontSize', 'restrictedPdf', 'shortcutHint', 'extensionName']) expect(used, key).toContain(key);
    expect(used, 'no theme_justify: a template pairs each key with its own values').not.toContain('theme_justify');
    expect([...used].filter((key) => !english[key] || !ukrainian[key])).toEqual([]);
  });

  it('uses every key it has (none left over from removed code)', () => {
    const used = new Set([...keys.used.map((use) => use.key), ...markupKeys()]);
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  it('passes each message as many substitutions as it has placeholders (no raw text tacked on)', () => {
    const wrong = keys.calls
      .filter(({ key, substitutions }) => english[key] && substitutions !== Object.keys(english[key]!.placeholders ?? {}).length)
      .map(({ key, substitutions, at }) => `${at}: t('${key}', …${substitutions})`);
    expect(wrong).toEqual([]);
  });

  it('shows no literal text of its own in the DOM from TypeScript', { timeout: 120_000 }, () => {
    expect(uiLiterals(program).map(({ at, text }) => `${at}: ${text}`)).toEqual([]);
  });

  it('shows no literal text of its own in the extension pages', () => {
    expect(pages.flatMap((file) => pageLiterals(file))).toEqual([]);
  });
});

describe('the checkers find what they look for', () => {
  it('flags planted literals wherever they reach the screen, and nothing else', { timeout: 120_000 }, () => {
    const planted = memoryProgram({ 'planted.ts': `
declare function el(tag: string, props?: object, ...children: (Node | string)[]): HTMLElement;
declare function t(key: string): string;
const button = document.createElement('button');
button.textContent = 'Save';
button.setAttribute('aria-label', 'Close reader');
el('p', {}, 'Hello there', t('ok'), '·', 'Esc');
el('p', { title: 'A tip' });
const word = 'Far away';
button.title = word;
alert('Oops');
function label(text: string) { button.append(\` \${text}\`); }
label('Plain words');
const items: [string, number][] = [['Menu item', 1]];
for (const [text] of items) el('li', {}, text);
button.textContent = t('ok') || 'Fallback';
Object.assign(button, { placeholder: 'Type here' });
const html = \`<p><a href="\${word}">Source</a> · saved</p>\`;
const style = document.createElement('style');
style.textContent = 'body { color: red }';
button.dataset.kind = 'not shown';
console.log('not shown');
` });
    expect(uiLiterals(planted).map(({ at, text }) => `${at.replace('planted.ts:', '')} ${text}`)).toEqual([
      '5 Save', '6 Close reader', '7 Hello there', '8 A tip', '9 Far away', '11 Oops', '13 Plain words', '14 Menu item',
      '16 Fallback', '17 Type here', '18 Source | · saved',
    ]);
  });

  it('flags planted words in an extension page, not the ones localizePage replaces', () => {
    const html = `<!doctype html><title>Settings page</title><h1>Clearpage</h1><h2>Reading</h2><span data-i18n="ok">OK</span>
      <form aria-label="Options" data-i18n-label="readingOptions"></form><button title="Help">?</button><input placeholder="Search">`;
    expect(pageLiterals(join(root, 'src/popup/planted.html'), html)).toEqual([
      'src/popup/planted.html: <title> Settings page', 'src/popup/planted.html: <h2> Reading',
      'src/popup/planted.html: <button title> Help', 'src/popup/planted.html: <input placeholder> Search',
    ]);
  });

  it('finds keys in every form, and reports the ones it cannot name', { timeout: 120_000 }, () => {
    const planted = memoryProgram({ 'planted.ts': `
type MessageKey = 'a' | 'b' | 'c_x' | 'c_y' | 'd_one' | 'd_other' | 'e';
declare function t(key: MessageKey, ...substitutions: string[]): string;
declare const flag: boolean;
declare const input: string;
t('a'); t("b"); t(\`e\`); t(flag ? 'b' : 'missing1');
const pairs: [string, MessageKey][] = [['x', 'missing2']];
const table = { c: ['x', 'y'] } as const;
for (const value of table['c']) t(\`c_\${value}\` as MessageKey);
const n = input as 'one' | 'two' | 'other';
t((['one'].includes(n) ? \`d_\${n}\` : 'd_other') as MessageKey);
t(input as MessageKey, 'sub');
` });
    const report = messageKeys(planted);
    expect([...new Set(report.used.map((use) => use.key))].sort()).toEqual(['a', 'b', 'c_x', 'c_y', 'd_one', 'd_other', 'e', 'missing1', 'missing2']);
    expect(report.unresolved).toEqual(['planted.ts:12: input']);
    expect(report.calls.map(({ key, substitutions }) => `${key}/${substitutions}`)).toEqual(['a/0', 'b/0', 'e/0']);
  });
});
