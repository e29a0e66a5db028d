/**
 * A forum thread's address: /discussion/…, /threads/…, /t/…, showthread.php, viewtopic.php, and Invision's
 * /topic/123-title (a news site's /topic/software is a listing).
 */
const threadPath = /\/(discussions?|threads?|forums?|t|showthread\.php|viewtopic\.php)(\/|$|\?|\.)|\/topic\/\d/i;

export function isThreadUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return threadPath.test(pathname + search);
  } catch {
    return false;
  }
}
