import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { decodeMojibake, looksMojibake, repairRuns } from '../../src/extract/mojibake';
import { looksBinary } from '../../src/extract/text';

// Issue 12: a real page whose charset header is wrong is read (and its text mended), a real binary file is refused.
const story = [
  'Міська рада в четвер ухвалила план ремонту старого мосту через річку, який чекав на рішення понад п’ять років.',
  'Депутати довго сперечалися про кошторис, але зрештою погодилися, що роботи почнуться навесні й триватимуть до осені.',
  'Мешканці лівого берега кажуть, що щодня витрачають на дорогу до центру зайву годину, бо автобуси їдуть в об’їзд.',
  'Інженери обіцяють зберегти чавунні перила дев’ятнадцятого століття — їх знімуть, відреставрують і повернуть на місце.',
  'Під час ремонту для пішоходів відкриють тимчасовий понтонний перехід, а для велосипедистів — окрему смугу поруч.',
];
const page = `<!doctype html><html lang="uk"><head><title>Рада ухвалила ремонт мосту — «Міські вісті»</title></head>
  <body><main><article><h1>Рада ухвалила ремонт мосту</h1>${story.map((line) => `<p>${line} ${line}</p>`).join('')}</article></main></body></html>`;
/**
 * UTF-8 text as a browser shows it when the page says it is Windows-1252 (jsdom decodes as browsers do; Node's own
 * TextDecoder treats windows-1252 as Latin-1), or as a tool that reads the bytes as Latin-1 does.
 */
function misread(text: string, charset: 'windows-1252' | 'latin1'): string {
  if (charset === 'latin1') return Buffer.from(text, 'utf8').toString('latin1');
  const dom = new JSDOM(Buffer.from(`<pre>${text}</pre>`, 'utf8'), { contentType: 'text/html; charset=windows-1252' });
  return dom.window.document.querySelector('pre')!.textContent!;
}
/** A deterministic stretch of random bytes: a compressed image or archive. */
function randomBytes(length: number): Buffer {
  let seed = 42;
  return Buffer.from(Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >>> 16 & 0xff));
}
function extract(html: string | Buffer, contentType = 'text/html') {
  const dom = new JSDOM(html, { url: 'https://city.example/news/bridge', contentType, virtualConsole: new VirtualConsole() });
  try {
    return extractArticle(dom.window.document, { window: dom.window as unknown as Window & typeof globalThis });
  } finally {
    dom.window.close();
  }
}

describe('mojibake', () => {
  for (const charset of ['windows-1252', 'latin1'] as const) {
    it(`UTF-8 read as ${charset} is a page, not a binary file, and reads as it was written`, () => {
      const text = misread(story.join(' '), charset);
      expect(looksBinary(text)).toBe(false);
      expect(looksMojibake(text)).toBe(true);
      expect(decodeMojibake(text)).toBe(story.join(' '));

      const result = charset === 'latin1' ? extract(misread(page, charset)) : extract(Buffer.from(page, 'utf8'), 'text/html; charset=windows-1252');
      if (!result.ok) throw new Error(`no article: ${result.reason}`);
      expect(result.title).toBe('Рада ухвалила ремонт мосту');
      for (const line of story) expect(result.text).toContain(line);
    });
  }

  it('is found past the scripts a page opens with (a book\'s theme script before its text, WCXB 0667)', () => {
    const script = `<script>try { let theme = localStorage.getItem('theme'); ${'document.documentElement.classList.add(theme); '.repeat(90)} } catch (e) {}</script>`;
    const result = extract(misread(page.replace('<body>', `<body>${script}`), 'latin1'));
    if (!result.ok) throw new Error(`no article: ${result.reason}`);
    for (const line of story) expect(result.text).toContain(line);
  });

  it('leaves a page in its right charset alone, in any script', () => {
    for (const text of [story.join(' '), 'Ça coûte très cher, dit-elle — « Où êtes-vous ? »'.repeat(10), 'Grüße aus Köln. '.repeat(20)]) {
      expect(looksMojibake(text)).toBe(false);
    }
    const result = extract(page);
    expect(result.ok && result.text.includes(story[0]!)).toBe(true);
  });

  it('still refuses a real binary file, however it was decoded', () => {
    const bytes = randomBytes(6000);
    for (const text of [bytes.toString('latin1'), misread(bytes.toString('utf8'), 'windows-1252'), new TextDecoder('utf-8').decode(bytes)]) {
      expect(looksBinary(text)).toBe(true);
      expect(extract(`<html><body><pre>${text.replace(/[<&]/g, ' ')}</pre></body></html>`)).toMatchObject({ ok: false, reason: 'not-html' });
    }
  });

  it('knows the Windows-1252 faces of the bytes 0x80–0x9F', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => [0xd0, 0x80 + i]).flat());
    const faces = new JSDOM(Buffer.concat([Buffer.from('<pre>'), bytes]), { contentType: 'text/html; charset=windows-1252' })
      .window.document.querySelector('pre')!.textContent!;
    expect(faces).toContain('Ð€'); // read as a browser reads it, not as Latin-1
    // Each face after a UTF-8 lead byte (Ð, 0xD0) decodes as the Cyrillic letter the two bytes make.
    expect(decodeMojibake(faces)).toBe(new TextDecoder().decode(bytes));
  });

  it('mends the double-encoded characters of a page that is right elsewhere, in its title and text (WCXB 4656)', () => {
    const twice = (text: string) => misread(text, 'latin1');
    expect(repairRuns(`A DIY Investor${twice('’')}s Guide ${twice('—')} 2025`)).toBe('A DIY Investor’s Guide — 2025');
    // Without a C1 control the pair may be meant, and a lone lead character stays.
    expect(repairRuns('Ã© and Â½ cup, â\u0080 alone')).toBe('Ã© and Â½ cup, â\u0080 alone');
    // Read as Windows-1252 and written so in the page's HTML ("&acirc;&euro;&rdquo;", WCXB 2362); French stays French.
    expect(repairRuns('rankingsâ€”itâ€™s now about being cited, the â€œanswerâ€\u009d')).toBe('rankings—it’s now about being cited, the “answer”');
    expect(repairRuns('Café…» and â€” here')).toBe('Café…» and — here');
    const html = page.replace(/<title>.*<\/title>/, `<title>The mayor${twice('’')}s bridge</title>`)
      .replace('</article>', `<p>The mayor said it${twice('’')}s the last repair ${twice('—')} for now, she hoped, after a decade of works.</p></article>`);
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.title).toBe('The mayor’s bridge');
    expect(result.text).toContain('it’s the last repair — for now');
  });

  it('takes a byte-order mark out of the words it splits (an editor\'s invisible placeholder, WCXB 0227)', () => {
    const html = page.replace('</article>', '<h2>The 10 B\ufeffest projects</h2><p>H\ufeffow to apply the formula: divide the gain by the cost of the work, then multiply by 100.</p></article>');
    const result = extract(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain('The 10 Best projects');
    expect(result.text).toContain('How to apply the formula');
    expect(result.content.textContent).not.toContain('\ufeff');
  });
});
