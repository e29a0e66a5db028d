// The small "is this probably an article?" check of @mozilla/readability, imported alone (not Readability itself).
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(document: Document, options?: { minContentLength?: number; minScore?: number }): boolean;
}
