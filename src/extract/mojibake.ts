// UTF-8 read with the wrong charset (a page served as Latin-1/Windows-1252): each non-ASCII letter becomes a lead
// character (Ã, Ð, Ñ, â…) followed by one or two characters from the 0x80–0xBF range or their Windows-1252 faces.
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const continuation = `[\\u0080-\\u00bf${cp1252High}]`;
const pair = new RegExp(`[\\u00c2-\\u00f4]${continuation}`, 'g');
const nonAscii = /[\u0080-\uffff]/g;
const hasNonAscii = /[\u0080-\uffff]/;
const byteOf = new Map<string, number>([...cp1252High].map((char, i) => [char, 0x80 + i]));

/** Whether text reads as UTF-8 decoded with a single-byte charset: most of its non-ASCII characters come in pairs. */
export function looksMojibake(text: string): boolean {
  const pairs = text.match(pair)?.length ?? 0;
  const others = text.match(nonAscii)?.length ?? 0;
  return pairs >= 5 && (2 * pairs) / others >= 0.6;
}

/** The text as the UTF-8 it was, or null when it is not UTF-8 read as Latin-1/Windows-1252. */
export function decodeMojibake(text: string, decoder = new TextDecoder('utf-8', { fatal: true })): string | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : byteOf.get(text[i]!) ?? (code < 0x100 ? code : -1);
    if (byte < 0) return null;
    bytes[i] = byte;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A real page with a wrong charset header is still an article: where its leading text `lead` looks like mojibake, its
 * text nodes (and the metadata Readability reads) are decoded again as UTF-8 where that succeeds. Returns whether the
 * page was repaired.
 */
export function repairMojibake(doc: Document, lead: string): boolean {
  if (!looksMojibake(lead)) return false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!hasNonAscii.test(value)) continue;
    const fixed = decodeMojibake(value, decoder);
    if (fixed !== null) node.nodeValue = fixed;
  }
  for (const el of doc.querySelectorAll('meta[content], img[alt]')) {
    const name = el.hasAttribute('alt') ? 'alt' : 'content';
    const fixed = decodeMojibake(el.getAttribute(name) ?? '', decoder);
    if (fixed !== null) el.setAttribute(name, fixed);
  }
  return true;
}

// One character's UTF-8 bytes read as Latin-1 or Windows-1252 in text that is otherwise right (a double-encoded "’"
// shows as "â" and two C1 controls, or as "â€™"): a lead character and as many continuation characters as it announces.
const latinRun = new RegExp(`[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`, 'g');
// A C1 control (U+0080–U+009F) is never meant to be shown: only a run holding one is repaired ("Ã©" may be meant, and
// "é…»" is French). So is "â€", the faces of the bytes of U+2000–U+203F (dashes, quotes, ellipsis), never written so.
const sure = /[\u0080-\u009f]|\u00e2\u20ac/;

/**
 * Text with its mis-decoded characters repaired, where a C1 control or "â€" shows they are (WCXB 4656's
 * "Investorâ\x80\x99s", 2362's "rankingsâ€”itâ€™s", written so in the page's HTML).
 */
export function repairRuns(text: string, decoder = new TextDecoder('utf-8', { fatal: true })): string {
  if (!sure.test(text)) return text;
  return text.replace(latinRun, (run) => (sure.test(run) ? decodeMojibake(run, decoder) ?? run : run));
}

/**
 * The same repair over the article's text, for a page that is right but for some double-encoded characters; and a
 * byte-order mark left inside its words taken out (an editor's invisible placeholder: RenoFi's "H\ufeffow" and
 * "B\ufeffest", WCXB 0227, which split the word for find-in-page, copying, the word count and the Markdown export).
 */
export function repairMixedMojibake(root: Element): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const fixed = repairRuns(value, decoder).replace(/\ufeff/g, '');
    if (fixed !== value) node.nodeValue = fixed;
  }
}
