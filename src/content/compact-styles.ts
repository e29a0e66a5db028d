// The bar's right end: "Pick the article" beside Close.
export const compactCss = `
.bar-end{display:flex;gap:8px;align-items:center}
`;
