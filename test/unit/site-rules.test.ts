import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import {
  blockPrint, findBlock, itemBytes, matchesRemoved, maxItemBytes, maxRulesPerSite, siteOf, validRules, withRule, type SiteRule,
} from '../../src/shared/site-rules';

const doc = new JSDOM('<body></body>').window.document;
const block = (html: string) => {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
};
const rule = (over: Partial<SiteRule> = {}): SiteRule => ({ a: 'hide', r: 'user', f: 'sign up for our newsletter', n: 40, p: 'Sign up', c: 1, u: 1, ...over });

describe('per-site rules', () => {
  it('fingerprints a block by the start of its normalized text, not by where it was', () => {
    const print = blockPrint(block('<div><h3>Sign up  for our NEWSLETTER!</h3><p>Get 3 stories every morning, free.</p></div>'));
    expect(print.f).toBe('sign up for our newsletter get # stories');
    expect(print.f.length).toBeLessThanOrEqual(40);
    expect(print.p).toBe('Sign up for our NEWSLETTER! · Get 3 stories every morning…');
    expect(blockPrint(block('<figure><img src="/media/lead.jpg?w=800"></figure>')).f).toBe('media lead.jpg');
    expect(blockPrint(block('<div> </div>')).f).toBe('');
  });

  it('matches a removed block again by text start, or by a distinctive signature when its text changed', () => {
    const print = blockPrint(block('<div>Related stories: one, two</div>'));
    const keep = rule({ a: 'keep', r: 'related', f: print.f, s: 'aside.related-posts' });
    expect(matchesRemoved(keep, { rule: 'related', signature: 'div' }, print)).toBe(true);
    const changed = blockPrint(block('<div>Related stories: three, four</div>'));
    expect(matchesRemoved(keep, { rule: 'related', signature: 'aside.related-posts' }, changed)).toBe(true);
    expect(matchesRemoved(keep, { rule: 'related', signature: 'div' }, changed)).toBe(false);
    expect(matchesRemoved(keep, { rule: 'newsletter', signature: 'aside.related-posts' }, print)).toBe(false);
    // A bare tag is no signature: it would match every block of that kind.
    expect(matchesRemoved({ ...keep, s: 'div' }, { rule: 'related', signature: 'div' }, changed)).toBe(false);
  });

  it('finds the block a hide rule points at: same text start, the closest length among nested blocks', () => {
    const outer = block('<div><p>Sign up for our newsletter and more text</p></div>');
    const inner = outer.firstElementChild!;
    const candidates = [outer, inner].map((el) => ({ el, print: blockPrint(el) }));
    expect(findBlock(rule({ f: blockPrint(inner).f, n: blockPrint(inner).n }), candidates)?.el).toBe(outer);
    expect(findBlock(rule({ f: 'nothing like it' }), candidates)).toBeNull();
  });

  it('stays within one storage.sync item per site: bounded count and bytes, oldest dropped and reported', () => {
    let rules: SiteRule[] = [];
    const dropped: SiteRule[] = [];
    for (let i = 0; i < maxRulesPerSite + 3; i++) {
      const next = withRule('example.com', rules, rule({ f: `block number ${'x'.repeat(i)}`, c: i }));
      rules = next.rules;
      dropped.push(...next.dropped);
    }
    expect(rules).toHaveLength(maxRulesPerSite);
    expect(dropped.map((r) => r.c)).toEqual([0, 1, 2]);
    const big = (i: number) => rule({ f: `${i} ${'y'.repeat(36)}`, p: 'p'.repeat(400), s: 's'.repeat(400), c: i });
    let heavy: SiteRule[] = [];
    for (let i = 0; i < maxRulesPerSite; i++) heavy = withRule('example.com', heavy, big(i)).rules;
    expect(itemBytes('example.com', heavy)).toBeLessThanOrEqual(maxItemBytes);
    expect(itemBytes('example.com', heavy)).toBeLessThan(8192);
    expect(heavy.length).toBeLessThan(maxRulesPerSite);
  });

  it('replaces the rule for the same block (keep ↔ hide) instead of adding a second one', () => {
    const first = withRule('example.com', [], rule({ a: 'keep' })).rules;
    const second = withRule('example.com', first, rule({ a: 'hide' })).rules;
    expect(second).toHaveLength(1);
    expect(second[0]!.a).toBe('hide');
  });

  it('reads stored values defensively and names sites by host without www', () => {
    expect(validRules([rule(), { a: 'delete-all' }, null, 'x', rule({ f: '' })])).toEqual([rule()]);
    expect(validRules({ not: 'a list' })).toEqual([]);
    expect(siteOf('https://www.example.com:8443/a/b?c')).toBe('example.com');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
