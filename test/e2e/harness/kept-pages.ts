// Pages for the "nothing is lost, nothing freezes" tests, the same in both browsers.

/** `count` numbered paragraphs of about `words` words each. */
export const paragraphs = (count: number, words = 60): string => Array.from({ length: count }, (_, i) =>
  `<p>Paragraph ${i + 1}: ${'the harbour light turned slowly over the water while the boats came home '.repeat(Math.ceil(words / 12))}</p>`).join('');

/** An article with a form, a <details> and attributes on html and body: everything a reader may have touched. */
export const formPage = (): string => `<!doctype html><html lang="en" class="js" style="--x:1"><head><title>Form page</title></head>
  <body class="home" data-state="a"><h1>Story</h1>${paragraphs(16)}
  <form><input id="name"><textarea id="note"></textarea><input id="check" type="checkbox"><select id="pick"><option>a</option><option>b</option></select></form>
  <details id="more"><summary>More</summary>Hidden text</details>${paragraphs(4)}</body></html>`;

/** What closing the reader must leave as it was on `formPage()` (an expression for page.evaluate in either driver). */
export const formStateScript = `(() => ({
  name: document.getElementById('name').value, note: document.getElementById('note').value,
  check: document.getElementById('check').checked, pick: document.getElementById('pick').value,
  details: document.getElementById('more').open, y: window.scrollY, focus: document.activeElement?.id ?? null,
  html: [...document.documentElement.attributes].map((a) => a.name + '=' + a.value).join(' '),
  body: [...document.body.attributes].map((a) => a.name + '=' + a.value).join(' '),
  sheets: document.adoptedStyleSheets.length, nodes: document.body.getElementsByTagName('*').length,
}))()`;

/** A button the page answers by counting clicks: proof that the page still takes input after reader view refused it. */
export const answerButton = `<button id="answer" onclick="this.dataset.clicks = Number(this.dataset.clicks || 0) + 1">Answer</button>`;

/** 30 MB of HTML with over 300,000 elements: reader view must refuse it at once (or open it), never freeze. */
export function hugePage(): string {
  const cell = '<span>word</span>';
  const body = `<h1>Huge</h1><div style="position:fixed;left:0;top:0">${answerButton}</div>${paragraphs(20)}<div>${Array.from({ length: 3000 }, () => `<div>${cell.repeat(99)}</div>`).join('')}</div>`;
  const filler = `<!-- ${'x'.repeat(30_000_000 - body.length)} -->`;
  return `<!doctype html><html><head><title>Huge</title></head><body>${body}${filler}</body></html>`;
}
