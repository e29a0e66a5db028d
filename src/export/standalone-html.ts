import type { ExportMeta } from './front-matter';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const css = `body{margin:0;background:#fbfaf7;color:#1f1f1f;font:20px/1.6 Charter,Georgia,"Noto Serif",serif}
main{max-width:680px;margin:0 auto;padding:32px 24px 80px}h1{font-size:1.9em;line-height:1.2;margin:0 0 12px}
.meta{font:15px/1.5 system-ui,sans-serif;color:#5f5f5f;margin:0 0 28px}img,video{max-width:100%;height:auto}
figcaption{font:14px/1.45 system-ui,sans-serif;color:#5f5f5f}pre{overflow-x:auto;background:#efece6;padding:12px;border-radius:6px}
table{border-collapse:collapse;display:block;overflow-x:auto}td,th{border:1px solid #e4e1da;padding:6px 10px}
blockquote{border-left:3px solid #e4e1da;margin-left:0;padding-left:1em;color:#5f5f5f}a{color:#1a5fb4}`;

// The saved file runs no script at all (not even one that got into the article) and loads nothing remote but the
// article's images: no media, fonts, frames, styles or connections; its own <style> is inline.
const policy = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The file's own words, in the reader's language (export.js has no i18n of its own: the content script passes them). */
export interface SavedFileLabels {
  /** The link to the page the article came from. */
  source: string;
  /** When it was saved, date included. */
  saved: string;
}

/** A self-contained HTML file of the clean article, with its source and metadata. */
export function standaloneHtml(articleHtml: string, meta: ExportMeta, labels: SavedFileLabels): string {
  const details = [meta.byline, meta.siteName, meta.publishedTime].filter(Boolean).map((part) => escape(part!)).join(' · ');
  return `<!doctype html>
<html lang="${escape(meta.lang ?? '')}"${meta.dir ? ` dir="${escape(meta.dir)}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(meta.title)}</title>
<link rel="canonical" href="${escape(meta.url)}">
${meta.byline ? `<meta name="author" content="${escape(meta.byline)}">\n` : ''}<meta name="generator" content="Clearpage">
<style>${css}</style>
</head>
<body>
<main>
<article>
<h1>${escape(meta.title)}</h1>
<p class="meta">${details}${details ? ' · ' : ''}<a href="${escape(meta.url)}">${escape(labels.source)}</a> · ${escape(labels.saved)}</p>
${articleHtml}
</article>
</main>
</body>
</html>
`;
}
