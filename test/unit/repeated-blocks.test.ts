import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

const sections = [
  ['Average remodeling costs', 'The cost of a remodel varies widely with the kind of work and the region: a kitchen in a coastal city can cost twice what the same kitchen costs inland, mostly in labour.'],
  ['What drives the budget', 'Labour is about sixty percent of most budgets, materials about thirty, and permits, inspections and design fees make up the rest, more where codes are strict.'],
  ['Saving on the expensive parts', 'Refinishing cabinets instead of replacing them, choosing quartz over marble and keeping the plumbing where it is can save a third of a kitchen budget.'],
].map(([heading, text]) => `<h2>${heading}</h2><p>${text}</p>`).join('');

describe('declutter: a page that shows its text twice', () => {
  it('keeps the first of a page\'s twin renderings of its article (one for phones, one for desktops) and lists the other', () => {
    const { text, removed } = declutter(`${prose}<div class="mobile">${sections}</div><div class="desktop">${sections}</div>`);
    for (const heading of ['Average remodeling costs', 'What drives the budget', 'Saving on the expensive parts']) {
      expect(text.split('\n').filter((line) => line === heading)).toHaveLength(1);
    }
    expect(text.match(/Labour is about sixty percent/g)).toHaveLength(1);
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate']);
  });

  it('keeps a paragraph a page repeats on purpose when the copies are a small part of it: each plan\'s features', () => {
    const feature = '<li>A named advisor who meets with the student every month, reads every draft of every essay, answers questions by phone and writes to admissions officers on the student’s behalf.</li>';
    const { text, removed } = declutter(`${prose}<div><h3>Essential</h3><ul>${feature}</ul></div><div><h3>Premium</h3><ul>${feature}<li>Essay editing.</li></ul></div>`);
    expect(text.match(/A named advisor/g)).toHaveLength(2);
    expect(removed).toEqual([]);
  });

  it('keeps a reply\'s quote of the post before it, however much of the page it is', () => {
    const post = '<p>Ubuntu 24.04 ships Qt 6.4, which is older than the version most of the examples in this forum were written for, so several of them fail to build on a fresh install.</p>';
    const { text, removed } = declutter(`${post}<div><blockquote>${post}</blockquote><p>Then use the PPA.</p></div>`);
    expect(text.match(/Ubuntu 24\.04 ships/g)).toHaveLength(2);
    expect(removed).toEqual([]);
  });

  it('keeps one paragraph the page repeats over and over (a placeholder\'s "Lorem ipsum"), however much of the page it is', () => {
    const lorem = '<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.</p>';
    const { text, removed } = declutter(`<h2>Section one</h2>${lorem.repeat(3)}<div><h2>Section two</h2>${lorem.repeat(2)}</div>`);
    expect(text.match(/Lorem ipsum/g)).toHaveLength(5);
    expect(removed).toEqual([]);
  });

  it('shows once a paragraph a carousel draws on each of its slides (one per colour), each copy in its own box', () => {
    // WCXB 4219 (Samsung): four slides, one per colour, each with the same heading and paragraph.
    const slide = (colour: string) => `<div class="swiper-slide"><h2>Colorful design that lets you shine</h2><div class="desc"><p>Step into a world of fun creative possibilities with the tablet. View, create and share what you love in vivid detail on the bright, immersive screen. Both models come in Gray, Mint, Silver or Lavender to match your vibe.</p></div><img src="/${colour}.png" alt=""></div>`;
    const { text, removed } = declutter(`${prose}<div class="swiper">${['gray', 'mint', 'silver', 'lavender'].map(slide).join('')}</div>${sections}${prose.replace(/<p>/g, '<p>Later, ')}`);
    expect(text.match(/Colorful design/g)).toHaveLength(1);
    expect(text.match(/Step into a world/g)).toHaveLength(1);
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('shows a line drawn twice in a row once (a card\'s title for video and for text), not lines repeated apart or in tables', () => {
    // WCXB 2848 (CrowdStrike): every card of a carousel read its title twice.
    const card = (title: string) => `<div class="cmp-teaser"><img src="/${title.length}.png" alt=""><div class="cmp-teaser__video-title"><h3><span><p>${title}</p></span></h3></div>
      <div class="cmp-teaser__content"><h3><span><p>${title}</p></span></h3><a href="/blog">Read blog</a></div></div>`;
    const titles = ['Enterprise Graph: the richest data layer', 'Threat AI: an agentic threat intelligence system'];
    const table = '<table><tr><td>Water resistant to 100 m</td></tr><tr><td>Water resistant to 100 m</td></tr></table>';
    // WCXB 4027 (NASA SVS): a video's fallback paragraph says what its caption says; the caption is the one shown.
    const video = '<video controls poster="/a.jpg"><source src="/a.mp4"><p>Predicted maize yields to the end of the century.</p></video><p>Predicted maize yields to the end of the century.</p>';
    const { text, removed } = declutter(`${prose}${titles.map(card).join('')}${video}<p>Yes</p><p>Yes</p>${table}<h3>Pricing plans</h3><p>Monthly.</p><h3>Pricing plans</h3>${prose}`);
    for (const title of titles) expect(text.match(new RegExp(title, 'g'))).toHaveLength(1);
    expect(text.match(/Water resistant/g)).toHaveLength(2);
    expect(text.match(/Pricing plans/g)).toHaveLength(2);
    expect(text.match(/^Yes$/gm)).toHaveLength(2);
    expect(text).toContain('Predicted maize yields');
    expect(removed.map((item) => item.rule)).toEqual(['boilerplate', 'boilerplate']);
  });
});
