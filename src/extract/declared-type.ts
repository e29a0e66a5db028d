// What the page says it is, in its Open Graph tags or its JSON-LD: an article, a product, or neither (null).
import { metaTags, tagsIn } from './dom-measures';
import { jsonLdSources } from './published-text';

export type DeclaredType = 'article' | 'product' | null;

const jsonLdType = (types: string) => new RegExp(`"@type"\\s*:\\s*\\[?\\s*"(${types})"`);
const articleType = jsonLdType('Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle');
/** A JSON-LD item typed as a product, and an Open Graph type that says so ("product", "product.group", "og:product"). */
export const productType = jsonLdType('Product|ProductGroup|IndividualProduct');
export const productOgType = /^(og:)?product/i;

/**
 * `og:type` "article" or "product…", else a JSON-LD item typed as an article (a news story, a blog post) or a product.
 * `sources`: the page's JSON-LD texts, when the caller has read them already.
 */
export function declaredType(doc: Document, sources = jsonLdSources(doc)): DeclaredType {
  for (const meta of tagsIn(doc, metaTags)) {
    if (meta.getAttribute('property') !== 'og:type') continue;
    const type = (meta.getAttribute('content') ?? '').trim();
    if (type.toLowerCase() === 'article') return 'article';
    if (productOgType.test(type)) return 'product';
  }
  if (sources.some((source) => articleType.test(source))) return 'article';
  return sources.some((source) => productType.test(source)) ? 'product' : null;
}
