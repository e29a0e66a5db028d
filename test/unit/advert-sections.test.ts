import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

describe('declutter: sections headed as advertisements', () => {
  const ad = `<h2><strong>Advertisement: New AI Book!</strong></h2>
    <p>In my new book, I explain how to put the tools to work, with exercises for every chapter and a workbook.</p>
    <p>👉 Order your copy here.</p>`;

  it('removes an "Advertisement: …" section of a newsletter up to the next heading, and keeps the sections around it', () => {
    const { text, removed } = declutter(`<h2>What is on my mind</h2>${prose}${ad}<h2>How to reach me</h2>${prose}`);
    expect(text).not.toMatch(/New AI Book|my new book|Order your copy/);
    expect(text).toContain('How to reach me');
    expect(text).toContain('What is on my mind');
    expect(removed.map((item) => item.rule)).toEqual(['ad']);
    expect(removed[0]!.sample).toMatch(/^Advertisement: New AI Book! In my new book/);
  });

  it('keeps subsections inside the ad with it, and stops at a heading of the same level', () => {
    const { text } = declutter(`${prose}<h3>Sponsored – The Course</h3><p>Learn it in a week.</p><h4>What you get</h4>
      <p>Twelve lessons and a certificate.</p><h3>Next week</h3>${prose}`);
    expect(text).not.toMatch(/The Course|Learn it|What you get|Twelve lessons/);
    expect(text).toContain('Next week');
  });

  it('removes a section whose heading says so after its title ("… (Sponsored)"), not a heading with an ad in its words', () => {
    // WCXB 0472 (a Substack newsletter's sponsor between its sections), 2453.
    const { text, removed } = declutter(`${prose}<h2>Opik: Open-Source LLMOps Platform (Sponsored)</h2><p>This series is brought to you by Opik.</p>
      <p><a href="https://example.com/opik">Try Opik for free</a></p><h2>Workflows vs. Agents</h2>${prose}<h2>Why I left (an ad agency)</h2>${prose}`);
    expect(text).not.toMatch(/Opik/);
    expect(text).toContain('Workflows vs. Agents');
    expect(text).toContain('Why I left (an ad agency)');
    expect(removed.map((item) => item.rule)).toEqual(['ad']);
  });

  it('keeps headings that only speak of advertising, and a long section that is the page\'s own', () => {
    const long = Array.from({ length: 12 }, () => prose).join('');
    const { text } = declutter(`<h2>Advertisement and the law</h2>${prose}<h2>Sponsored by our readers</h2>${prose}
      <h2>Ad-hoc networks</h2>${prose}<h2>Ad: a history of the two-letter word</h2>${long}`);
    expect(text).toContain('Advertisement and the law');
    expect(text).toContain('Sponsored by our readers');
    expect(text).toContain('Ad: a history');
    expect(text).toContain('Ad-hoc networks');
  });
});
