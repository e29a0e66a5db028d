export { extractArticle, extractArticleSteps, defaultMaxElements } from './extract-article';
export { cloneIntoInertDocument } from './clone-document';
export { blockText, countWords } from './text';
export type * from './types';
export { sanitizeMarkup } from './sanitize';
export { anchorAttribute } from './removed-place';
export { elementPath } from './story-in-view';
export { extractPart, rangesInCopy, pathFrom, nodeAt } from './extract-part';
