// Writes test/hostile/<name>.html (one attack each, inside a real-looking article) and index.json.
// Run: npx tsx test/hostile/generate.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articles } from './articles';
import { attacks, type Attack } from './attacks';

const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fill(markup: string, name: string): string {
  return markup
    .replaceAll('{PP}', `(parent.__pwned=parent.__pwned||[]).push('${name}')`)
    .replaceAll('{P}', `(window.__pwned=window.__pwned||[]).push('${name}')`)
    .replaceAll('{C}', `/canary/${name}`)
    .replaceAll('{O}', '__ORIGIN__')
    .replaceAll('{G}', gif);
}

function page(attack: Attack, index: number): string {
  const article = articles[index % articles.length]!;
  const markup = fill(attack.markup, attack.name);
  const body = attack.inline ? `<p>Readers can find the details in ${markup}, which the editors updated this week.</p>` : markup;
  const [first, second, ...rest] = article.paragraphs.map((p) => `      <p>${escape(p)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(article.title)}</title>
  <meta property="og:site_name" content="${escape(article.site)}">
  <style>.print-only { display: none; } body { font-family: Georgia, serif; max-width: 44em; margin: 2em auto; }</style>
</head>
<body>
  <header><a href="/">${escape(article.site)}</a> <nav><a href="/news/">News</a> <a href="/about/">About</a></nav></header>
  <main>
    <article>
      <h1>${escape(article.title)}</h1>
      <p class="byline">By ${escape(article.author)}</p>
${first}
${second}
      <!-- attack: ${attack.name} (${escape(attack.tries).replaceAll('--', '- -')}) -->
      ${body}
${rest.join('\n')}
    </article>
  </main>
  <footer><p>© 2026 ${escape(article.site)}</p></footer>
</body>
</html>
`;
}

const dir = import.meta.dirname;
attacks.forEach((attack, index) => writeFileSync(join(dir, `${attack.name}.html`), page(attack, index)));
const index = attacks.map(({ name, class: kind, tries, signal }) => ({ name, class: kind, tries, signal, file: `${name}.html` }));
writeFileSync(join(dir, 'index.json'), `[\n${index.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`);
console.log(`${attacks.length} hostile pages written`);
