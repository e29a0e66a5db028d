import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The address Readability's own tests give their pages. */
export const fakeHostUrl = 'http://fakehost/test/page.html';

/** A page's bytes, gunzipped when the name ends in `.gz`. */
export async function readPageBytes(path: string): Promise<Buffer> {
  const raw = await readFile(path);
  return path.toLowerCase().endsWith('.gz') ? gunzipSync(raw) : raw;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 text when the bytes are valid UTF-8 (jsdom would fall back to windows-1252 for a page without
 * a charset declaration); otherwise the bytes themselves, for jsdom to sniff the encoding from the page.
 */
export function decodePage(bytes: Buffer): string | Buffer {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
}

/** jsdom's errors (CSS it cannot parse, mostly) are dropped rather than printed. */
function silentConsole(): VirtualConsole {
  const console = new VirtualConsole();
  console.on('jsdomError', () => {});
  return console;
}

/**
 * A browser runs scripts, so it reads a `<noscript>` as text; jsdom here does not, and parses the markup in it. There
 * an `<iframe … />` (Google Tag Manager's snippet as some sites write it) opens a raw-text element that swallows the
 * rest of the page (WCXB 2838, render.com: "No article found" in the CLI, the article in a browser). Closed in place.
 */
const selfClosedRawText = /<(iframe|noembed|noframes|xmp|textarea|title|style)\b([^>]*?)\s*\/>/gi;
const noscripts = /(<noscript\b[^>]*>)([\s\S]*?)(<\/noscript>)/gi;

function closeRawTextInNoscripts(html: string): string {
  return html.replace(noscripts, (_, open: string, body: string, close: string) => open + body.replace(selfClosedRawText, '<$1$2></$1>') + close);
}

/**
 * One page in jsdom, with the settings every tool here uses (no scripts, no resource loading,
 * errors silenced). Throws when jsdom cannot parse the page. Close `dom.window` when done.
 */
export function parsePage(html: string | Buffer, url: string): JSDOM {
  return new JSDOM(typeof html === 'string' ? closeRawTextInNoscripts(html) : html, { url, virtualConsole: silentConsole() });
}

/** Lets jsdom release a closed window before the next page (without it a long batch runs out of heap). */
export function releaseTick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `Error.message` of anything thrown, on one line. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
}
