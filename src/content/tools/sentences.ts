/** Splits the article into sentences as DOM ranges, in reading order, using the language's own rules. */
export function sentenceRanges(article: HTMLElement, lang: string | undefined): Range[] {
  const doc = article.ownerDocument;
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'sentence' }) : null;
  const blocks = Array.from(article.querySelectorAll<HTMLElement>('p, li, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt'))
    .filter((block) => !block.querySelector('p, li, blockquote, td'));
  const ranges: Range[] = [];
  for (const block of blocks) {
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    if (!text.trim()) continue;
    const pieces = segmenter ? Array.from(segmenter.segment(text), (s) => [s.index, s.index + s.segment.length] as const) : [[0, text.length] as const];
    const locate = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.length) return [node, offset - seen];
        seen += node.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.length];
    };
    for (const [start, end] of pieces) {
      if (!text.slice(start, end).trim()) continue;
      const range = doc.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(end));
      ranges.push(range);
    }
  }
  return ranges;
}
