import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropFooters } from '../../src/extract/page-chrome';
import type { RemovedItem } from '../../src/extract/types';

describe('dropFooters', () => {
  it("takes every footer out of the scorer's best subtree, as Readability does from its pick, and lists it (WCXB 3064)", () => {
    const notes = Array.from({ length: 3 }, (_, n) => `<li><small>${n + 1}. Financing available to qualified customers.</small></li>`).join('');
    const body = new JSDOM(`<body><main><article><p>The council voted on Tuesday.</p><footer>Filed under Politics</footer></article></main>
      <footer role="contentinfo"><h2>Apple Footer</h2><ul>${notes}</ul><footer>Copyright</footer></footer></body>`).window.document.body;
    const removed: RemovedItem[] = [];
    dropFooters(body, removed);
    expect(body.textContent!.replace(/\s+/g, ' ').trim()).toBe('The council voted on Tuesday.');
    expect(removed.map((item) => [item.rule, item.sample.slice(0, 12)])).toEqual([['boilerplate', 'Filed under '], ['boilerplate', 'Apple Footer']]);
  });
});
