const texEncodings = new Set(['application/x-tex', 'tex', 'text/x-tex', 'application/x-latex']);

/**
 * A formula's TeX source (KaTeX and MathJax put it in `<annotation>`, which the sanitizer drops with its text) is kept
 * as the formula's `alttext`, MathML's own plain-text alternative: the Markdown export writes it as `$…$`.
 */
export function keepMathSource(root: Element): void {
  for (const math of Array.from(root.getElementsByTagName('math'))) {
    if (math.hasAttribute('alttext')) continue;
    const annotation = Array.from(math.getElementsByTagName('annotation'))
      .find((node) => texEncodings.has((node.getAttribute('encoding') ?? '').toLowerCase()));
    const tex = annotation?.textContent?.trim();
    if (tex) math.setAttribute('alttext', tex);
  }
}
