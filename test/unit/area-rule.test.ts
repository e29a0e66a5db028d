import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';

// storage.sync as a plain object, and a count of writes (storage.sync allows 120 a minute).
const stored: Record<string, unknown> = {};
let writes = 0;
vi.mock('../../src/shared/browser', () => ({
  default: {
    storage: {
      sync: {
        get: async (key: string | null) => (key === null ? { ...stored } : { [key]: stored[key] }),
        set: async (items: Record<string, unknown>) => { writes += 1; Object.assign(stored, structuredClone(items)); },
        remove: async (key: string) => { writes += 1; delete stored[key]; },
      },
    },
  },
}));

const { areaKey, findArea, maxSelectorLength, validArea } = await import('../../src/shared/area-rule');
const { allAreas, forgetArea, loadArea, noteAreaUse, saveArea } = await import('../../src/shared/area-rule-storage');
const { today } = await import('../../src/shared/site-rules');

const rule = { s: 'div.report-lines', k: 'class' as const, p: 'Story line one', c: 20000, u: 20000, stale: false };

describe('the stored area rule (schema)', () => {
  it('keeps a valid rule as it is', () => {
    expect(validArea(rule)).toEqual(rule);
  });

  it('ignores a value with no usable selector, whatever else it holds; never throws', () => {
    for (const bad of [null, undefined, 42, 'div', [], [rule], {}, { ...rule, s: '' }, { ...rule, s: '   ' }, { ...rule, s: 7 },
      { ...rule, s: 'x'.repeat(maxSelectorLength + 1) }, Object.create({ s: 'div' })]) {
      expect(validArea(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('falls back to the default for each bad field, and drops foreign ones', () => {
    const odd = { s: 'main', k: 'xpath', p: 'x'.repeat(500), c: -1, u: 1.5, stale: 'yes', extra: true };
    expect(validArea(odd)).toEqual({ s: 'main', k: 'path', p: '', c: 0, u: 0, stale: false });
  });
});

describe('where a stored area points on a page (stale detection)', () => {
  const doc = new JSDOM(`<!doctype html><head><title>t</title></head><body><main><div class="lines"><p>Words here.</p></div>
    <div class="empty"> <img src="a.png"> </div><p class="twice">a</p><p class="twice">b</p></main></body>`).window.document;
  const host = doc.createElement('clearpage-picker');
  host.className = 'own';
  doc.documentElement.append(host);

  it('finds its one block with text', () => {
    expect(findArea({ s: 'div.lines' }, doc)).toEqual({ status: 'found', element: doc.querySelector('div.lines') });
  });

  it('is stale when it matches nothing, several blocks, or something outside the body; unusable selectors count as nothing', () => {
    expect(findArea({ s: 'div.gone' }, doc).status).toBe('none');
    expect(findArea({ s: 'p.twice' }, doc).status).toBe('several');
    expect(findArea({ s: 'title' }, doc).status).toBe('none');
    expect(findArea({ s: 'body' }, doc).status).toBe('none');
    expect(findArea({ s: '.own' }, doc).status).toBe('none');
    expect(findArea({ s: 'div[' }, doc).status).toBe('none');
  });

  it('is not applied (but not stale) when its block holds no text', () => {
    expect(findArea({ s: 'div.empty' }, doc).status).toBe('empty');
  });
});

describe('the area rule in storage.sync', () => {
  beforeEach(() => {
    for (const key of Object.keys(stored)) delete stored[key];
    writes = 0;
  });

  it('is one item per site, read back validated, listed for the options page, and forgotten', async () => {
    await saveArea('news.example', rule);
    expect(stored).toEqual({ [areaKey('news.example')]: rule });
    expect(await loadArea('news.example')).toEqual(rule);
    stored[areaKey('broken.example')] = { s: 5 };
    stored['site:news.example'] = [];
    expect([...(await allAreas()).keys()]).toEqual(['news.example']);
    expect(await loadArea('broken.example')).toBeNull();
    await forgetArea('news.example');
    expect(await loadArea('news.example')).toBeNull();
  });

  it('marks the rule stale once when it stops matching, and fresh again once (at most one write a day while it matches)', async () => {
    const fresh = { ...rule, u: today() };
    await saveArea('news.example', fresh);
    writes = 0;
    await noteAreaUse('news.example', fresh, true);
    expect(writes).toBe(0);
    await noteAreaUse('news.example', fresh, false);
    expect(await loadArea('news.example')).toEqual({ ...fresh, stale: true });
    await noteAreaUse('news.example', { ...fresh, stale: true }, false);
    expect(writes).toBe(1);
    await noteAreaUse('news.example', { ...fresh, stale: true }, true);
    expect(await loadArea('news.example')).toEqual(fresh);
    expect(writes).toBe(2);
  });
});
