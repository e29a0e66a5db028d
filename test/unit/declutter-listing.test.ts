import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

const teaser = 'Join the region’s security leaders for a day of talks, workshops and a vendor hall, with lunch and parking included for every …';
const whole = 'A single-day meeting for the region’s IT executives, held every spring since 2004.';
const entry = (date: string, name: string, blurb: string) =>
  `<li><div class="date">${date}</div><h2><a href="https://events.example/${name.length}">${name}</a></h2><p>${name.split(' ').pop()}, United States</p><p>${blurb}</p></li>`;

describe('declutter: a listing of entries is the page, not clutter around it', () => {
  it('keeps the dates of an events listing, repeated ones included, and still drops a story header’s dateline', () => {
    const dates = ['March 16, 2026', 'April 7, 2026', 'April 7, 2026', 'April 7, 2026', 'May 5, 2026'];
    const { text, removed } = declutter(`<p>Updated: March 14, 2026 2:28 AM</p><ul>${dates.map((d, i) => entry(d, `Summit number ${i}`, whole)).join('')}</ul>`);
    expect(text.match(/April 7, 2026/g)).toHaveLength(3);
    for (const date of ['March 16, 2026', 'May 5, 2026']) expect(text).toContain(date);
    expect(text).not.toContain('Updated: March 14');
    expect(removed.map((item) => item.rule)).toEqual(['duplicate-header']);
  });

  it('keeps the dates of a timeline, not the story\'s own date above its first paragraph', () => {
    const { text } = declutter(`<p>November 20</p><p>15:23 2019</p>${prose}<h3>March 3, 2024</h3><p>The council first debated the plan.</p><h3>April 9, 2024</h3>
      <p>A second vote was delayed.</p><h3>May 21, 2024</h3><p>The program was extended.</p>`);
    for (const date of ['March 3, 2024', 'April 9, 2024', 'May 21, 2024']) expect(text).toContain(date);
    expect(text).not.toMatch(/November 20|15:23/);
  });

  it('keeps the dates of a thread\'s posts whose text is a <div> of its own, not a paragraph (phpBB)', () => {
    const post = (date: string, n: number) => `<div class="post"><p class="author">${date}</p><div class="content">Post number ${n} of the
      thread says what its writer thinks of the board, the power supply and the case, with <a href="/x">a link</a>.</div></div>`;
    const dates = ['Wed Dec 27, 2023 10:00 am', 'Thu Dec 28, 2023 6:40 pm', 'Mon Jan 22, 2024 6:07 pm', 'Tue Jan 23, 2024 6:13 am'];
    const { text } = declutter(dates.map(post).join(''));
    for (const date of dates.slice(1)) expect(text).toContain(date);
  });

  it("keeps a listing's bylines and datelines below its intro, and still drops the story header's", () => {
    const review = (name: string, author: string, updated: string) => `<div class="card"><h3><a href="/${name.length}">${name}</a></h3>
      <p>by ${author}</p><p>Updated ${updated}</p><p>The ${name.toLowerCase()} we tested for months, and the one we recommend.</p></div>`;
    const { text } = declutter(`<p>By Jane Doe</p><p>Updated March 9, 2026</p>${prose}
      ${review('Best Wireless Earbuds', 'Dave Gershgorn', 'March 2, 2026')}${review('Best Soundbars', 'Brent Butterworth', 'March 5, 2026')}
      ${review('Best Turntables', 'Brent Butterworth', 'February 27, 2026')}`, 'Jane Doe');
    for (const line of ['by Dave Gershgorn', 'Updated March 2, 2026', 'Updated February 27, 2026']) expect(text).toContain(line);
    expect(text.match(/by Brent Butterworth/g)).toHaveLength(2);
    expect(text).not.toMatch(/By Jane Doe|March 9/);
  });

  it("drops a story's header lines below its first paragraph, in one box", () => {
    const { text } = declutter(`<p>These air fryer recipes are quick and healthy, and every one of them takes under thirty minutes to make.</p>
      <div class="entry-dates"><p>Originally Posted November 12, 2024</p><p>Last updated February 20, 2025</p><p>by Jane Doe</p></div>${prose}`);
    expect(text).not.toMatch(/Originally Posted|Last updated|by Jane Doe/);
  });

  it('still drops a lone date line, and two header dates', () => {
    const { text } = declutter(`<p>March 3, 2024</p>${prose}<p>10:32 AM</p>${prose}`);
    expect(text).not.toMatch(/March 3, 2024|10:32/);
  });

  it('keeps entries whose blurb is cut with "…" when most entries of the list are whole', () => {
    const entries = [entry('March 16, 2026', 'Security Summit Denver', teaser), entry('March 19, 2026', 'IT Symposium Kansas City', whole),
      entry('April 3, 2026', 'Channel Boot Camp Dallas', whole), entry('April 7, 2026', 'Cloud Expo San Jose', whole)];
    const { text, removed } = declutter(`<ul>${entries.join('')}</ul>`);
    expect(text).toContain('Security Summit Denver');
    expect(text).toContain('vendor hall');
    expect(removed).toEqual([]);
  });

  it('still removes a rail of cards that are all cut alike', () => {
    const card = (n: number) => `<li><h3><a href="/story/${n}">Another story from the newsroom, number ${n}</a></h3><p>${teaser}</p></li>`;
    const { text, removed } = declutter(`${prose}${prose}${prose}<ul>${[1, 2, 3, 4].map(card).join('')}</ul>`);
    expect(text).not.toContain('Another story');
    expect(removed.map((item) => item.rule)).toEqual(['related', 'related', 'related', 'related']);
  });
});
