import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { headerByline } from '../../src/extract/byline';

// WCXB 0353 (an Elementor author box above the article): Readability takes the box's text as the byline, inner
// whitespace and all, and on the pass it keeps leaves the box in the article: "Liz Kenny / Former McKinsey Consultant"
// stood under the header that already named them.
const paragraphs = [
  'Are you ready to dive headfirst into the dynamic world of consulting, where every day brings new challenges and new clients?',
  'It is important to understand the pros and cons of consulting before committing to this career for a few years.',
  'Consultants work long hours, travel most weeks and learn a great deal about many industries in a short time.',
];
const html = `<!doctype html><html><head><title>Pros and cons of consulting</title></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><h1>Pros and cons of consulting</h1>
<div class="author-box"><img src="/liz.jpg" alt="Picture of Liz Kenny"><div class="author-box__text"><h4 class="author-box__name">
\t\t\tLiz Kenny\t\t</h4>
\t<div class="author-box__bio"><p>Former McKinsey Consultant</p></div></div></div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</main><footer>Copyright</footer></body></html>`;

describe('the byline', () => {
  it('reads as one line, and the author box it came from is not shown again under the header', () => {
    const url = 'https://example.com/consulting/pros-and-cons/';
    const dom = new JSDOM(html, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Liz Kenny Former McKinsey Consultant');
    expect(result.text).not.toMatch(/Liz Kenny|Former McKinsey/);
    expect(result.content).not.toContain('Picture of Liz Kenny');
    expect(result.text).toContain(paragraphs[2]);
    // Named an author box by its class, it goes as one once Readability has read the byline from it.
    expect(result.removed.some((item) => item.rule === 'author-box' && item.sample.includes('Liz Kenny'))).toBe(true);
  });

  it('names the writer the page marks up where Readability\'s byline is only its label ("By")', () => {
    // WCXB 0094 (MIT Sloan): the header read "By · 13 min read".
    const url = 'https://example.com/ideas/machine-learning-explained';
    const page = html.replace(/<div class="author-box">[\s\S]*?<\/div><\/div><\/div>/,
      '<div class="article_header--info"><p class="authors--byline">By</p> <span class="authors--author" itemprop="author"> <a href="/sara-brown">Sara Brown</a> </span></div>');
    const dom = new JSDOM(page, { url });
    const result = extractArticle(dom.window.document, { url, window: dom.window as unknown as Window & typeof globalThis });
    if (!result.ok) throw new Error(result.reason);
    expect(result.byline).toBe('Sara Brown');
  });

  it('leaves out a date run into the byline (the header shows the date apart), not a name that holds such a word', () => {
    // WCXB 4052 (Top Gear): the header read "TopGear.comPublished: 11 Mar 2026 · March 11, 2026".
    expect(headerByline('TopGear.comPublished: 11 Mar 2026', () => null, true)).toBe('TopGear.com');
    expect(headerByline('Jane Doe | Updated March 3, 2025 10:32 AM', () => null, true)).toBe('Jane Doe');
    expect(headerByline('The Posted Press Team', () => null, true)).toBe('The Posted Press Team');
    // A label run into the name (WCXB 4682), never a name that begins so.
    expect(headerByline('Written bySir Nuno', () => null, true)).toBe('Written by Sir Nuno');
    expect(headerByline('byJane Doe', () => null, true)).toBe('by Jane Doe');
    expect(headerByline('Byron Jones', () => null, true)).toBe('Byron Jones');
    expect(headerByline('BYRON JONES', () => null, true)).toBe('BYRON JONES');
    // A date glued to the name, set apart, and the header's line after it gone (WCXB 0384, 4142), a profile link's
    // words (4606), a copyright line (0139); never a name with digits of its own.
    expect(headerByline('by jsteinhardt18th Dec 2025AI Alignment Forum3 min read2', () => null, true)).toBe('by jsteinhardt');
    expect(headerByline('Yucy3/4/2025000000Sharesfacebooktwitter', () => null, false)).toBe('Yucy · 3/4/2025');
    expect(headerByline('Read more about The Upwork Team', () => null, true)).toBe('The Upwork Team');
    expect(headerByline('The Pennsylvania State University © 2025', () => null, true)).toBeNull();
    expect(headerByline('Agent 47', () => null, true)).toBe('Agent 47');
    expect(headerByline('Published Poets Society', () => null, true)).toBe('Published Poets Society');
    expect(headerByline('Last Updated: January 7, 2025', () => null, true)).toBe('Last Updated: January 7, 2025');
    expect(headerByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', () => null, true)).toBe('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm');
  });

  it('sets apart a date with no year before a labelled name, and drops a role glued to the name', () => {
    // Squarespace's "Mar 6 Written By Audiophile On" (WCXB 4427, 0230); "May" before a name without a label stays.
    expect(headerByline('Mar 6 Written By Audiophile On', () => null, false)).toBe('Written By Audiophile On · Mar 6');
    expect(headerByline('Sep 16 Written By Alpha Apex', () => null, true)).toBe('Written By Alpha Apex');
    expect(headerByline('May Jones', () => null, false)).toBe('May Jones');
    // A role in its own element run into the name (WCXB 4472, 4524, 0019, 0332); never a name's own capital.
    expect(headerByline('Harry RabinowitzTech Reporter', () => null, true)).toBe('Harry Rabinowitz');
    expect(headerByline('Mateusz HabernyFounder at Oakywood', () => null, true)).toBe('Mateusz Haberny');
    expect(headerByline('Written By Stephen JesudunsinAI Writer, Embarque', () => null, true)).toBe('Written By Stephen Jesudunsin');
    expect(headerByline('Written By: Cazzy MagennisLast', () => null, true)).toBe('Written By: Cazzy Magennis');
    expect(headerByline('Mark SubbaRao and Jonas Jaegermeyer', () => null, true)).toBe('Mark SubbaRao and Jonas Jaegermeyer');
    expect(headerByline('Naoise McNally', () => null, true)).toBe('Naoise McNally');
  });

  it('shows a date-only byline once: not beside the published date, kept where the header has no other date', () => {
    // WCXB 0368 (UC Davis Health): the header read "DECEMBER 27, 2024 · December 27, 2024 · 3 min read".
    expect(headerByline('DECEMBER 27, 2024', () => null, true)).toBeNull();
    expect(headerByline('DECEMBER 27, 2024', () => null, false)).toBe('DECEMBER 27, 2024');
    expect(headerByline('By Jane Doe, December 27, 2024', () => null, true)).toBe('By Jane Doe');
  });

  it('is never an account link that Readability took for one ("authorization-link": "Sign In")', () => {
    // WCXB 4495 (ViewSonic, Magento): the header read "Sign In · 2 min read".
    // WCXB 0626 (B&H): "Authorized Dealer" from a badge's `authorized_…` class.
    for (const link of ['Sign In', 'Log in', 'Sign up', 'My Account', 'Create an Account', 'Authorized Dealer']) {
      expect(headerByline(link, () => null, false)).toBeNull();
    }
    expect(headerByline('Signe Olsen', () => null, false)).toBe('Signe Olsen');
    expect(headerByline('Logan Inness', () => null, false)).toBe('Logan Inness');
  });

  it('is the name without the dateline, sentence, badge or hover card around it, and no breadcrumb or filing line', () => {
    const byline = (text: string) => headerByline(text, () => null, false);
    // WCXB 0020, 4138, 2381, 4591 (Dotdash Meredith's author tooltip), 2893; 4284, 0282.
    expect(byline('Last Updated: 2025-02-22 Cite this Webpage By Melanie Hanson Fact Checked')).toBe('By Melanie Hanson');
    expect(byline('Updated January 08, 2026 Written by Meghan Neville')).toBe('Written by Meghan Neville');
    expect(byline('This post was written by Danielle Padula, Head of Marketing')).toBe('Danielle Padula, Head of Marketing');
    expect(byline("By Ellen O'Brien Ellen is an editor at Brides. Brides's Editorial Guidelines")).toBe("By Ellen O'Brien");
    expect(byline('Written By Our Product Research Team Get to know them!')).toBe('Written By Our Product Research Team');
    expect(byline('Home » Technology Solutions » Cybersecurity Consulting Services')).toBeNull();
    expect(byline('This review is posted in Mobile App Reviews')).toBeNull();
    // A second writer's label, a publisher's, a name that holds "by" stay.
    expect(byline('By Shelby Loos, DVM. Reviewed by Molly Price, DVM')).toBe('By Shelby Loos, DVM. Reviewed by Molly Price, DVM');
    expect(byline('Published by Hobby Lobby')).toBe('Published by Hobby Lobby');
  });

  it('leaves the date beside a name to the header\'s own date, and sets it apart where the header shows none', () => {
    // WCXB 0279, 0190, 0433, 0453, 0093, 4517: the header read "By Sarah Schwartz — November 18, 2025 · November 18, 2025".
    const cases: [string, string][] = [
      ['By Sarah Schwartz — November 18, 2025', 'By Sarah Schwartz'],
      ['By Dr. Vahid Osman - Mar 27, 2024', 'By Dr. Vahid Osman'],
      ['Luke KimDecember 17, 2025', 'Luke Kim'],
      ['Dec 17, 2025Julian K. Arni', 'Julian K. Arni'],
      ['EcoFlow- 2025/4/29', 'EcoFlow'],
      ['Nick van Mead2022-11-23T08:10+02:00', 'Nick van Mead'],
      ['Chris Carroll30 Sep 2022, 11:07am', 'Chris Carroll'],
      ['Marcus Day', 'Marcus Day'],
    ];
    for (const [shown, name] of cases) expect(headerByline(shown, () => null, true)).toBe(name);
    expect(headerByline('By Sarah Schwartz — November 18, 2025', () => null, false)).toBe('By Sarah Schwartz · November 18, 2025');
    expect(headerByline('Luke KimDecember 17, 2025', () => null, false)).toBe('Luke Kim · December 17, 2025');
    // WCXB 4381: "Dariusz Jaroń05 Nov 2025. 8 minutes read · 8 min read".
    expect(headerByline('Dariusz Jaroń05 Nov 2025. 8 minutes read', () => null, false)).toBe('Dariusz Jaroń · 05 Nov 2025');
  });

  it("is the marked-up author where it is a byline box's heading or link, and never an address, an id or an option", () => {
    // WCXB 0363 ("About the Author"), 0277 ("Author"), 0067 ("Ahmet Serhan Author’s Profile"), 0456, 0301, 0404, 0689.
    expect(headerByline('About the Author', () => 'Jeffrey Zeldman', true)).toBe('Jeffrey Zeldman');
    expect(headerByline('Author', () => null, true)).toBeNull();
    expect(headerByline('Ahmet Serhan Author’s Profile', () => null, true)).toBe('Ahmet Serhan');
    expect(headerByline('Newsdesk news@businessweekly.co.uk', () => null, true)).toBe('Newsdesk');
    expect(headerByline('"David Kim"', () => null, true)).toBe('David Kim');
    expect(headerByline('beatriz.pinto@hommes.studio', () => null, true)).toBe('beatriz.pinto@hommes.studio');
    for (const junk of ['https://em360tech.com/user/megan-leanda-berry', '262588213843476', '--reset-author']) {
      expect(headerByline(junk, () => null, true)).toBeNull();
    }
  });
});
