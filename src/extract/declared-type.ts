// What the page says it is, in its Open Graph tags or its JSON-LD: an article, a product, or neither (null).
import { tagSet, tagsIn } from './dom-measures';
import { jsonLdSources } from './published-text';

export type DeclaredType = 'article' | 'product' | null;

const metaTags = tagSet('meta');
const jsonLdType = (types: string) => new RegExp(`"@type"\\s*:\\s*\\[?\\s*"(${types})"`);
const articleType = jsonLdType('Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle');
const productType = jsonLdType('Product|ProductGroup');

/** `og:type` "article" or "product…", else a JSON-LD item typed as an article (a news story, a blog post) or a product. */
export function declaredType(doc: Document): DeclaredType {
  for (const meta of tagsIn(doc, metaTags)) {
    if (meta.getAttribute('property') !== 'og:type') continue;
    const type = (meta.getAttribute('content') ?? '').trim().toLowerCase();
    if (type === 'article') return 'article';
    if (type.startsWith('product')) return 'product';
  }
  const sources = jsonLdSources(doc);
  if (sources.some((source) => articleType.test(source))) return 'article';
  return sources.some((source) => productType.test(source)) ? 'product' : null;
}
