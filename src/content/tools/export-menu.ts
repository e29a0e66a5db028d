import type { Article } from '../../extract/types';
import type { ExportMeta } from '../../export/front-matter';
import type { Overlay } from '../overlay';
import { menuButton } from './menu';
import { t } from '../../shared/i18n';
import { loadChunk } from '../load-chunk';

type Exporter = NonNullable<typeof globalThis.__clearpageExport>;

/** export.js, injected on first use. */
const exporter = (): Promise<Exporter> => loadChunk('export', () => globalThis.__clearpageExport);

function download(overlay: Overlay, text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  overlay.root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy as Markdown, save as Markdown or HTML (with front matter), print the clean article. */
export function setupExportMenu(overlay: Overlay, article: Article, url: string, say: (message: string) => void, signal: AbortSignal): void {
  const meta: ExportMeta = {
    title: article.title, byline: article.byline, siteName: article.siteName, url,
    publishedTime: article.publishedTime, lang: article.lang, dir: article.dir,
  };
  const failed = () => say(t('exportFailed'));
  const menu = menuButton(t('saveMenu'), [
    [t('copyMarkdown'), async () => {
      try {
        const { text } = (await exporter()).markdown(overlay.article, meta);
        await navigator.clipboard.writeText(text);
        say(t('copiedMarkdown'));
      } catch {
        failed();
      }
    }],
    [t('saveMarkdown'), async () => {
      try {
        const { text, fileName } = (await exporter()).markdown(overlay.article, meta);
        download(overlay, text, fileName, 'text/markdown;charset=utf-8');
        say(t('savedFile', fileName));
      } catch {
        failed();
      }
    }],
    [t('saveHtml'), async () => {
      try {
        const labels = { source: t('savedFileSource'), saved: t('savedFileDate', new Date().toISOString().slice(0, 10)) };
        const { text, fileName } = (await exporter()).html(overlay.article, meta, labels);
        download(overlay, text, fileName, 'text/html;charset=utf-8');
        say(t('savedFile', fileName));
      } catch {
        failed();
      }
    }],
    [t('print'), () => window.print()],
  // Loaded as the menu opens: the clipboard accepts a copy only shortly after the click that asked for it.
  ], signal, () => void exporter().catch(() => {}));
  overlay.tools.append(menu);
}
