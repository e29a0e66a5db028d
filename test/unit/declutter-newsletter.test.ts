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

  it('removes a collecting form left in the article', () => {
    const { text } = declutter(`${prose}<form><label>Email</label><input type="email"><button>Sign up</button></form>`);
    expect(text).not.toContain('Sign up');
  });
});
