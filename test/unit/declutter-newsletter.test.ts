import { describe, expect, it } from 'vitest';
import { declutter, prose } from './declutter-helpers';

describe('declutter: sign-up boxes', () => {
  it('removes a Mailchimp box between paragraphs, with its status messages', () => {
    const { text, removed } = declutter(`${prose}
      <div class="box"><h3>Ukraine Daily</h3><p>Get the day's most important stories in your inbox every morning.</p>
        <div><span>*</span> indicates required</div>
        <div>Please, enter correct email address</div>
        <div>Successfuly subscribed</div>
        <div>Thank you for signing up for this newsletter. We’ve sent you a confirmation email.</div>
      </div>${prose}`);
    expect(text).not.toMatch(/indicates required|correct email|Successfuly|Thank you for signing up|inbox/);
    expect(text).toContain('The mayor, who had championed');
    expect(removed.some((item) => item.rule === 'newsletter')).toBe(true);
  });

  it('keeps an article about newsletters that says "subscribe" and "sign up"', () => {
    const about = `<p>Newsletters have become the main way small publishers reach readers. Many people now subscribe to a dozen of them,
      and some sign up for more than they can read in a week.</p>
      <p>“I sign up for everything and read almost nothing,” one reader told us, adding that she would subscribe again tomorrow.</p>
      <p>Publishers say the newsletter is cheaper to run than a website, and that readers who subscribe are more loyal.</p>`;
    const { text, removed } = declutter(`${prose}${about}`);
    expect(text).toContain('Many people now subscribe to a dozen of them');
    expect(text).toContain('I sign up for everything');
    expect(text).toContain('readers who subscribe are more loyal');
    expect(removed).toEqual([]);
  });

  it("removes a text-message sign-up's consent line and a form's hidden anti-spam label", () => {
    const { text, removed } = declutter(`${prose}
      <p>By signing up, you agree to receive recurring automated SMS marketing messages from Example Deals at the number
        provided. Msg and data rates may apply. Up to 2 messages/day. Reply STOP to opt out, HELP for help.</p>
      <div class="gform_validation_container"><label>Comments</label><div>This field is for validation purposes and should be left unchanged.</div></div>${prose}`);
    expect(text).not.toMatch(/Msg and data rates|validation purposes/);
    expect(text).toContain('The mayor, who had championed');
    expect(removed.filter((item) => item.rule === 'newsletter')).toHaveLength(2);
  });

  it('keeps prose that mentions data rates or replying STOP on its own', () => {
    const about = `<p>Carriers warn that message and data rates may apply when a reader signs up for alerts by text.</p>
      <p>Regulators require every text campaign to let people reply STOP, and most now answer within a minute.</p>`;
    const { text, removed } = declutter(`${prose}${about}`);
    expect(text).toContain('message and data rates may apply');
    expect(text).toContain('reply STOP');
    expect(removed).toEqual([]);
  });

  it('keeps a list of sentences that speaks of newsletters, confirmation emails and logging in', () => {
    const glossary = `<ul>
      <li>Digital newsletters: digital newsletters are sent to a company’s email list to tell customers about updates.</li>
      <li>Transactional emails: after a purchase a customer may receive a confirmation email that asks for feedback.</li>
      <li>Promotional emails: these announce a sale or a new product to everyone on the list at the same time.</li>
    </ul>
    <ol><li>Log in to your Google Play Developer Console and click on “Create Application.”</li>
      <li>Choose the default language, type the title of your app and press the button below it.</li>
      <li>Fill in the store listing with a short description, screenshots and the category of the app.</li></ol>`;
    const { text, removed } = declutter(`${prose}${glossary}`);
    expect(text).toContain('digital newsletters are sent');
    expect(text).toContain('may receive a confirmation email');
    expect(text).toContain('Log in to your Google Play');
    expect(removed).toEqual([]);
  });

  it('keeps prose that names an email address twice, and short list items about newsletters (WCXB 0430, 4446)', () => {
    const keys = `<p>The easiest and most usable way to achieve that is to build a centralized keyserver: a web service where you log
      in with your email address to set your public key, and other people can look up public keys by email address.</p>`;
    const steps = `<ol><li>Grab posts from the past seven days from a set of 20-30 test newsletters</li>
      <li>Rate newsletters based on their length (as a proxy for depth) and engagement</li>
      <li>Summarize the seven newsletters with the highest score</li></ol>`;
    const { text, removed } = declutter(`${prose}${keys}${steps}`);
    expect(text).toContain('you log in with your email address');
    expect(text).toContain('Rate newsletters based on their length');
    expect(text).toContain('Summarize the seven newsletters');
    expect(removed).toEqual([]);
  });

  it("removes a sign-up box's pitch bullets however they are listed", () => {
    const { text } = declutter(`${prose}<div><ul>
      <li>Sign up for our newsletter and get the best stories of the week in your inbox every Friday.</li>
      <li>Unsubscribe at any time with one click from the bottom of any email we send you.</li>
      <li>We never share your address with anyone, and every issue is free to read for all.</li></ul></div>`);
    expect(text).not.toContain('Sign up for our newsletter');
    expect(text).toContain('The mayor, who had championed');
  });

  it('keeps a longer line about a newsletter that ends with a colon, and drops short pitches that end with one or exclaim', () => {
    const intro = '<p>If you’re writing a newsletter today, as I am, here’s what I’d think about:</p>'
      + '<ul><li>Who reads it and why they opened it.</li><li>What they will do after reading it.</li></ul>';
    const { text } = declutter(`${prose}${intro}<p>Our free newsletter:</p><p>The best of our newsletter, every Friday!</p>${prose}`);
    expect(text).toContain('If you’re writing a newsletter today');
    expect(text).not.toMatch(/Our free newsletter|every Friday/);
  });

  it('removes the pitch lines of a box that a sign-up heading labels, and keeps a long paragraph after such a heading', () => {
    const box = `<div id="replay-signup"><h3>Sign up for The Replay newsletter</h3>
      <p><a href="/the-replay-archive/"><strong>The Replay</strong></a> is a weekly newsletter for dev and engineering leaders.</p>
      <p>Delivered once a week, it's your curated guide to the most important conversations around frontend dev, emerging AI
        tools, and the state of modern software.</p>
      <div role="form"></div></div>`;
    const section = `<div><h3>Newsletters</h3><p>We keep the survey's answers for a year and then delete them, and the
      newsletters we studied did the same: none of the twelve publishers kept a reader's answers longer than that, and two
      deleted them after a month, before the first issue of the next quarter went out to anyone on the list.</p></div>`;
    const { text, removed } = declutter(`${prose}${box}${section}${prose}`);
    expect(text).not.toMatch(/The Replay|Delivered once a week/);
    // One item: the box, heading and pitch together.
    expect(removed.filter((item) => item.sample.startsWith('Sign up for The Replay'))).toHaveLength(1);
    expect(text).toContain("We keep the survey's answers");
    expect(text).toContain('none of the twelve publishers');
    expect(text).toContain('The mayor, who had championed');
  });

  it('removes a box labelled by a paragraph of its own when it closes with its form\'s consent line, as one item', () => {
    // WCXB 0228 (Huberman Lab): the label and the consent line went one by one, and the pitch between them stayed.
    const box = `<div class="newsletter-card"><p>Subscribe to the Neural Network Newsletter</p>
      <p>Sign up to join 800,000+ other subscribers and receive regular emails on neuroscience, health and science-related tools from Dr. Andrew Huberman.</p>
      <p>By submitting your email to subscribe, you agree to Scicomm Media's Privacy Policy.</p></div>`;
    const { text, removed } = declutter(`${prose}${box}${prose}`);
    expect(text).not.toMatch(/Neural Network|800,000|Privacy Policy/);
    expect(removed.filter((item) => item.rule === 'newsletter')).toHaveLength(1);
    expect(text).toContain('The mayor, who had championed');
  });

  it("removes a sign-up form's consent line and a call to sign up below, and keeps prose about such consent", () => {
    const { text } = declutter(`${prose}
      <p>By submitting your email to subscribe, you agree to Example Media's Privacy Policy.</p>
      <p>In submitting this form, you agree to receive information from Example related to our products and events.</p>
      <p>Be sure to sign up below so we can stay in touch!</p>
      <p>Regulators found that by submitting a form, most people did not know what they had agreed to share.</p>${prose}`);
    expect(text).not.toMatch(/Privacy Policy|receive information|sign up below/);
    expect(text).toContain('most people did not know');
    expect(text).toContain('The mayor, who had championed');
  });

  it('keeps a tip box that offers "our top pick" and drops one that offers the best of a newsletter', () => {
    const { text } = declutter(`${prose}<div><p><strong>Hot Deal:</strong> Prices range from $3 to $15 per month. You can even get
      our top pick for just $3.39 per month on a two-year plan.</p></div><div><span>Get the best of the Daily in your inbox</span></div>${prose}`);
    expect(text).toContain('You can even get our top pick');
    expect(text).not.toContain('Get the best of the Daily');
  });

  it('removes a collecting form left in the article', () => {
    const { text } = declutter(`${prose}<form><label>Email</label><input type="email"><button>Sign up</button></form>`);
    expect(text).not.toContain('Sign up');
  });

  it("keeps an API reference's sentences about an email address field, and drops a box that asks for one (WCXB 0680)", () => {
    const { text, removed } = declutter(`${prose}<div>This is the email address that the receipt for this charge was sent to.</div>
      <div>The email address of the customer, shown on the dashboard.</div><div><span>Email address for the daily briefing</span></div>`);
    expect(text).toContain('This is the email address that the receipt for this charge was sent to.');
    expect(text).toContain('The email address of the customer, shown on the dashboard.');
    expect(text).not.toContain('daily briefing');
    expect(removed.map((item) => item.rule)).toEqual(['newsletter']);
  });
});
