import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeRepeatedImages } from '../../src/extract/repeated-images';
import type { RemovedItem } from '../../src/extract/types';

function run(html: string) {
  const root = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
  const removed: RemovedItem[] = [];
  removeRepeatedImages(root, removed);
  return { root, removed, srcs: Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src')) };
}

const photo = (src: string, extra = '') => `<img src="${src}" width="480" height="318" alt="The loaf"${extra}>`;

describe('removeRepeatedImages', () => {
  it('takes out a gallery\'s thumbnails that show a photo again, with their wordless wrappers, and keeps the other photos', () => {
    const { root, removed, srcs } = run(`${photo('/loaf-1.jpg')}<p>Mix the flours and salt.</p>
      <div class="thumbs"><div role="link"><picture>${photo('/loaf-1.jpg')}</picture></div><div role="link">${photo('/loaf-2.jpg')}</div></div>`);
    expect(srcs).toEqual(['/loaf-1.jpg', '/loaf-2.jpg']);
    expect(removed.map((item) => item.rule)).toEqual(['repeated-image']);
    expect(root.querySelectorAll('[role="link"]')).toHaveLength(1);
  });

  it('keeps repeated icons, emoji in text, photos of no stated size, and lazy photos that share a placeholder', () => {
    const star = '<img src="/stars/star-red.svg" alt="">';
    const { removed, srcs } = run(`<p>Rating: ${star}${star}${star}</p><div>${star}</div><div>${star}</div>
      <p>Great <img class="emoji" src="/emoji/1f600.svg" width="72" height="72"> and <img class="emoji" src="/emoji/1f600.svg" width="72" height="72"></p>
      <img src="/unsized.jpg"><img src="/unsized.jpg">
      ${photo('/spacer.gif', ' data-src="/a.jpg"')}${photo('/spacer.gif', ' data-src="/b.jpg"')}
      ${photo('/shared.jpg', ' data-src="/c.jpg"')}${photo('/shared.jpg', ' data-src="/d.jpg"')}`);
    expect(removed).toEqual([]);
    expect(srcs).toHaveLength(13);
  });

  it('takes out the image alone where its wrapper holds words: a caption stays', () => {
    const { root, removed, srcs } = run(`${photo('/loaf-1.jpg')}<figure>${photo('/loaf-1.jpg')}<figcaption>The crumb, a day later.</figcaption></figure>`);
    expect(srcs).toEqual(['/loaf-1.jpg']);
    expect(root.querySelector('figcaption')?.textContent).toBe('The crumb, a day later.');
    expect(removed).toHaveLength(1);
  });
});
