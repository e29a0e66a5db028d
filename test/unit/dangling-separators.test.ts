import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropDanglingSeparators } from '../../src/extract/dangling-separators';

function lines(html: string): string[] {
  const { body } = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document;
  const root = body.firstElementChild!;
  dropDanglingSeparators(root);
  return Array.from(root.children, (el) => el.textContent!.replace(/\s+/g, ' ').trim());
}

describe('a separator what it separated left behind', () => {
  it('goes at a line\'s end or start: rustdoc\'s version without "Source" (WCXB 2861), a post\'s date without its writer (0528)', () => {
    expect(lines('<section><span><span title="Stable">1.0.0 (const: 1.48.0)</span> · </span><h4>pub const fn is_ok</h4></section>'
      + '<div><span class="dot">·</span> <a href="#post-1"><time>Jan 3, 2024</time></a></div><p>·</p>'))
      .toEqual(['1.0.0 (const: 1.48.0)pub const fn is_ok', 'Jan 3, 2024', '']);
  });

  it('stays between words, in a table\'s cell and in code', () => {
    expect(lines('<p><a href="/login">Log in</a> | <a href="/join">Register</a></p><table><tr><td>|</td></tr></table><pre>a |\n| b</pre>'))
      .toEqual(['Log in | Register', '|', 'a | | b']);
  });
});
