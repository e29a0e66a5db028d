/**
 * Copies a live document into one that is never rendered, so that nothing in the copy loads or runs
 * (cloned <img> in the live document would start fetching and fire their handlers).
 */
export function cloneIntoInertDocument(source: Document, url = source.URL): Document {
  const inert = source.implementation.createHTMLDocument('');
  inert.replaceChild(inert.importNode(source.documentElement, true), inert.documentElement);
  if (!inert.querySelector('base[href]')) {
    const base = inert.createElement('base');
    base.href = url;
    (inert.head ?? inert.documentElement).prepend(base);
  }
  return inert;
}
