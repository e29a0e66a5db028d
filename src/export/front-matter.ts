export interface ExportMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  url: string;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

const yamlString = (value: string) => JSON.stringify(value);

/** YAML front matter: title, byline, source URL and dates, the way note-taking apps read it. */
export function frontMatter(meta: ExportMeta, savedAt = new Date()): string {
  const lines = ['---', `title: ${yamlString(meta.title)}`];
  if (meta.byline) lines.push(`author: ${yamlString(meta.byline)}`);
  if (meta.siteName) lines.push(`site: ${yamlString(meta.siteName)}`);
  lines.push(`source: ${yamlString(meta.url)}`);
  if (meta.publishedTime) lines.push(`published: ${yamlString(meta.publishedTime)}`);
  lines.push(`saved: ${yamlString(savedAt.toISOString())}`);
  if (meta.lang) lines.push(`lang: ${yamlString(meta.lang)}`);
  lines.push('---', '');
  return lines.join('\n');
}

/** A file name from the title: letters, digits and dashes, at most 80 characters. */
export function fileName(title: string, extension: string): string {
  const base = title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'article';
  return `${base}.${extension}`;
}
