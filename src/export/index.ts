// export.js: loaded into the tab only when the reader asks to copy or save, so content.js stays small.
import { htmlToMarkdown } from '../cli/to-markdown';
import { fileName, frontMatter, type ExportMeta } from './front-matter';
import { standaloneHtml, type SavedFileLabels } from './standalone-html';

export interface ExportApi {
  markdown(article: HTMLElement, meta: ExportMeta): { text: string; fileName: string };
  html(article: HTMLElement, meta: ExportMeta, labels: SavedFileLabels): { text: string; fileName: string };
}

declare global {
  var __clearpageExport: ExportApi | undefined;
}

globalThis.__clearpageExport ??= {
  markdown: (article, meta) => ({
    text: `${frontMatter(meta)}\n# ${meta.title}\n\n${htmlToMarkdown(article)}\n`,
    fileName: fileName(meta.title, 'md'),
  }),
  html: (article, meta, labels) => ({ text: standaloneHtml(article.innerHTML, meta, labels), fileName: fileName(meta.title, 'html') }),
};
