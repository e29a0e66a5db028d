/**
 * FastAPI's docs (and its sister projects', Typer and SQLModel) draw a terminal session from a code block inside
 * `<div class="termy">`: the page's script reads the block's text as markup (`<font color="#4E9A06">fastapi</font> dev`)
 * and shows it coloured. Without that script the page, and so reader view, showed the tags as text in every line.
 * Before Readability, which drops class names: each such block's text becomes what the script shows, as plain text
 * (the markup is parsed in an inert template and only its text kept, so nothing of it reaches the article).
 */
const colourMarkup = /<\/?(?:font|span|u|b|i|strong|em)\b[^<>]*>/i;

export function renderTerminalMarkup(doc: Document): void {
  for (const terminal of Array.from(doc.getElementsByClassName('termy'))) {
    for (const pre of Array.from(terminal.getElementsByTagName('pre'))) {
      const text = pre.textContent ?? '';
      if (!colourMarkup.test(text)) continue;
      const template = doc.createElement('template');
      template.innerHTML = text;
      const block = pre.querySelector('code') ?? pre;
      block.textContent = template.content.textContent;
    }
  }
}
