import { tagSet, tagsIn } from './dom-measures';

// Embedded players and posts become plain links: nothing from a third party loads or runs in the overlay,
// and the reader still sees that there was a video and where to watch it.

function watchUrl(src: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const youtube = url.hostname.match(/(^|\.)youtube(-nocookie)?\.com$/) && url.pathname.match(/^\/embed\/([\w-]+)/);
  if (youtube) return new URL(`https://www.youtube.com/watch?v=${youtube[1]}`);
  const vimeo = url.hostname === 'player.vimeo.com' && url.pathname.match(/^\/video\/(\d+)/);
  if (vimeo) return new URL(`https://vimeo.com/${vimeo[1]}`);
  return url;
}

// Posts embedded from social sites arrive as a quote with a link (their script never runs in a clone). Readability
// drops class names, so they are marked before it runs, by an attribute the sanitizer keeps.
const postClasses = ['twitter-tweet', 'twitter-video', 'instagram-media', 'tiktok-embed', 'reddit-embed-bq', 'bluesky-embed', 'threads-embed'];
const quoteTag = tagSet('blockquote');

/** Marks embedded social posts so the overlay can show them as cards. */
export function markEmbeddedPosts(doc: Document): void {
  for (const quote of tagsIn(doc, quoteTag)) {
    if (postClasses.some((name) => quote.classList.contains(name))) quote.setAttribute('data-cp-embed', 'post');
  }
}

// An ad slot, a tracking pixel or a bot check framed into the page shows nothing of the article: no card for it.
const notShownTitle = /^(sponsored( ad| content)?|advertisement|ads?|3rd party ad content|recaptcha|captcha)$/i;
const notShownSource = /(^|\.)(doubleclick\.net|googlesyndication\.com|amazon-adsystem\.com|adnxs\.com|criteo\.(com|net)|taboola\.com|outbrain\.com|hcaptcha\.com)\/|^www\.google\.com\/recaptcha\//;
const isTiny = (embed: Element) => ['width', 'height'].some((side) => /^[0-2](px)?$/.test(embed.getAttribute(side)?.trim() ?? ''));

function showsNothing(embed: Element, url: URL): boolean {
  return notShownTitle.test(embed.getAttribute('title')?.trim() ?? '') || notShownSource.test(url.hostname + url.pathname) || isTiny(embed);
}

/** Replaces iframes, objects and embeds in the article with a link card to what they showed. */
export function embedsToLinks(root: Element, base: string): number {
  let replaced = 0;
  for (const embed of Array.from(root.querySelectorAll('iframe, object, embed'))) {
    const src = embed.getAttribute('src') ?? embed.getAttribute('data') ?? embed.getAttribute('data-src') ?? '';
    const url = watchUrl(src, base);
    if (!url || showsNothing(embed, url)) {
      embed.remove();
      continue;
    }
    const doc = root.ownerDocument;
    const card = doc.createElement('p');
    card.setAttribute('data-cp-embed', 'player');
    const link = doc.createElement('a');
    link.href = url.href;
    const label = embed.getAttribute('title')?.trim();
    link.textContent = `▶ ${label || url.hostname.replace(/^www\./, '') + url.pathname}`;
    card.append(link);
    embed.replaceWith(card);
    replaced += 1;
  }
  return replaced;
}
