/** A forum thread's address: /discussion/…, /threads/…, /t/…, showthread.php, viewtopic.php. */
const threadPath = /\/(discussions?|threads?|forums?|t|showthread\.php|viewtopic\.php)(\/|$|\?|\.)/i;

export function isThreadUrl(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return threadPath.test(pathname + search);
  } catch {
    return false;
  }
}
