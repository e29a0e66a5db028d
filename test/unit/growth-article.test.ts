import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../../bench/corpus';
import { generatedArticle } from '../../bench/growth';

describe.skipIf(!existsSync(corpusRoot))('the growth row’s generated article', () => {
  // Past the sentence pool's length the paragraphs repeated, and the 20,000-paragraph row timed the removal of 15,000
  // copies (a page showing its text twice) instead of an article's extraction.
  it('repeats no paragraph past the sentence pool’s length', () => {
    const { html } = generatedArticle(12_000);
    const paragraphs = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1]);
    expect(paragraphs).toHaveLength(12_001);
    expect(new Set(paragraphs).size).toBeGreaterThan(0.999 * paragraphs.length);
  });
});
