/**
 * A forum thread's address: /discussion/…, /threads/…, /t/…, showthread.php, viewtopic.php, Invision's /topic/123-title
 * (a news site's /topic/software is a listing), a named forum's /travel-forum/… (WCXB 4087), and phpBB's and
 * Tapatalk's …-t17351.html, Lemmy's /post/21018364 (a number alone: a blog's /post/… has its title after it).
 */
const threadPath = /\/(discussions?|threads?|forums?|t|showthread\.php|viewtopic\.php)(\/|$|\?|\.)|\/topic\/\d|\/[\w-]+-forums?\/|-t\d+\.html$|^\/post\/\d+\/?$/i;

export function isThreadUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return threadPath.test(pathname + search);
  } catch {
    return false;
  }
}
