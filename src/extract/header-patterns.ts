// Lines of a story's header and a post's furniture: dates and datelines, photo credits, reading times, counters.

/** "3 min read", "Reading time: 4 minutes", "Tempo de leitura: 1 minuto": header remnants. */
export const readingTimeText =
  /^(\d+\s*(min|mins|minutes?|minutos?|minuti)\.?\s*(read|reading|de lecture|lesezeit|de leitura|de lectura|di lettura)?|(reading time|read time|tempo de leitura|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura)\s*:?\s*\d+.*)$/i;

/** Photo credits standing alone: "Photo: AP", "Getty Images", "(Image: © NASA)", "Credit...Name/Agency". */
export const creditText = new RegExp(
  [
    // "Photo - AP" and "Photo: AP", never "Picture-in-Picture" nor a manual's "Source code: Lib/functools.py".
    '^(?!source code\\b)\\(?(image|photo|photograph|picture|pic|foto|credit|illustration|courtesy|source|bild|фото)s?( credit| by| via| source)?(\\s*(:|\\.\\.\\.|…)|\\s+[-–—]|\\b(?![-‐]))',
    '^\\(?©', '^image (copyright|caption)$', '^courtesy\\b',
    '(getty( images)?|shutterstock|istock(photo)?|ap photo|\\bap\\b|reuters|afp|epa|alamy|nurphoto|bloomberg|wire services|associated press)\\s*\\)?$',
  ].join('|'),
  'i',
);

const months =
  'jan(uary|vier|uar|eiro)?|feb(ruary|ruar)?|f[ée]v(rier)?|fevereiro|mar(ch|s|zo|ço|et)?|märz|apr(il)?|avr(il)?|abril|aprile|may|mai|maio|mayo|maggio|mei|' +
  'jun(e|i|io|ho)?|juin|jul(y|i|io|ho)?|juil(let)?|aug(ust)?|ao[uû]t|agosto|agustus|sep(t|tember|tembre|tiembre)?|setembro|settembre|' +
  'oct(ober|obre|ubre)?|okt(ober)?|outubro|ottobre|nov(ember|embre|embro)?|dec(ember)?|d[ée]c(embre)?|dez(ember|embro)?|dic(iembre|embre)?|desember';
/** A date or time, in several languages. */
export const dateToken = new RegExp(`\\b(${months})\\b\\.?|\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(\\d+ )?(minutes?|hours?|days?|weeks?) ago\\b|\\b(today|yesterday)\\b`, 'i');
/** Words a dateline may hold besides the date itself. */
export const datelineFiller = new RegExp(
  `\\b(${months}|published|updated|posted|modified|last|first|on|at|by|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|cet|cest|bst|pst|pdt|ist|` +
    'pt|et|ct|mt|mon|tue|wed|thu|fri|sat|sun|(mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|ago|minutes?|hours?|days?|weeks?|' +
    'publié|mis à jour|le|à|veröffentlicht|aktualisiert|am|um|publicado|actualizado|atualizado|em|às|de|del|el|pubblicato|il|alle|' +
    '(segunda|terça|quarta|quinta|sexta)(-feira)?|sábado|domingo|diterbitkan|oleh|pada|th|st|nd|rd)\\b|(?<=^|\\s)(às|à|él)(?=\\s|$)|\\d+|[,.:;|/–—()-]',
  'gi',
);

/**
 * A post's counters and its author's badges in a thread or a feed, each alone on its line: "7 Likes", "1 reply",
 * "Posts: 1,077", "Replies: 28", "Views 1.9k", a post's number ("Reply 2"), "Joined: Sun Dec 17, 2023 11:18 am",
 * "Discussion Starter", "· Joined 2023", "Reputation:" (its value a bar); a WordPress post's "(Visited 1,902 times,
 * 364 visits today)". None of 180 such lines on WCXB dev pages was in their truth. XenForo's reactions bar ("Reactions:
 * CountMike") and a closed thread's notice ("Not open for further replies.", above and below the posts; WCXB 4312).
 */
export const postMetaText =
  /^([·•|]\s*)?(\d[\d.,]*\s?[km]?\s+(likes?|reactions?|repl(y|ies)|posts|views)|(likes|reactions|repl(y|ies)|posts|views|messages|reaction score)\s*:?\s*\d[\d.,]*\s?[km]?|reply\s+#?\d+|reputation( power| score)?\s*:?\s*[\d.,]*|(joined|join date|member since)\s*:?\s*(?=[^\n]*\d)[\w ,.:]{3,32}|discussion starter|\(?visited [\d.,]+ times?,? [\d.,]+ visits? today\)?|reactions:\s+[^.!?]{1,120}|not open for further replies\.?)$/i;

/** A metadata line: two or more labels such as "Published by:", "Category:", "Tags:" (not a trailer's "Acked-by:"). */
export const metaLabels = /(?<![\w-])(published|posted|publicado|publié|veröffentlicht|by|por|par|von|category|categoria|categoría|catégorie|kategorie|tags?|filed under|section)\s*:/gi;

/**
 * A post's filing on a line of its own: "Category: Personal Finance 101", "Tags: Helena, smart thermostat", "Filed under:
 * Hardware -- Catalogs" (WCXB 4091, 4239, 4533). A wiki's "Category:Portage" has no space after its colon: the page's
 * own category links, which WCXB's truths keep (0683, 4415).
 */
export const filingText = /^(categor(y|ies)|topics?|filed under|posted in|tags?)\s*:\s+\S/i;
