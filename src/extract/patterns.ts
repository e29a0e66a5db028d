// Text patterns that say what a block *is*, in several languages. Kept together so rules share one vocabulary (a story's
// header lines and a post's counters are in header-patterns.ts).

/** Newsletter and sign-up boxes and their form remnants. */
export const signUpText = new RegExp(
  [
    'enter (your|an|a valid) e-?mail', 'your e-?mail address', 'e-?mail address', 'indicates required',
    'enter correct e-?mail', 'sign(ing)? up for (our|the|this|a)', 'sign up (now|today|here|free)', 'subscribe (to|now|today|for)',
    '^subscribe$', 'successful+y subscribed', 'thank(s| you) for (signing up|subscribing)', 'confirmation e-?mail',
    'newsletter', 'get (the|our) (best|latest|top)', 'delivered (straight )?to your inbox', 'in your inbox',
    'unsubscribe at any time', 'privacy policy', 'by signing up', 'by subscribing', 'meet your inbox', 'breaking news (e-?mails|alerts)',
    'every (day|week|morning) we send', 'receive notifications (about|of|when) (new|our|the latest)', 'sign up (for|to) (the|our) .{0,40}(newsletter|e-?mail|briefing|digest)', '^sign up:?$',
    'sign up below', 'sign up to (join|get|receive)',
    "s'inscrire", 'inscrivez-vous', 'abonnez-vous', 'suscr[ií]bete', 'jetzt abonnieren', 'newsletter abonnieren',
    'iscriviti', 'assine', 'inscreva-se', 'підпи(шіться|сатися|ска)', 'подпи(шитесь|саться|ска)', 'zapisz się',
  ].join('|'),
  'i',
);

/** Short calls to action that are not part of an article's prose. */
export const callToActionText = new RegExp(
  [
    '^follow us', 'follow us on', 'join us on', 'like us on facebook', 'download (our|the) app', 'get the app',
    '^support (our|independent) journalism', 'become a (member|subscriber|patron)', 'support us\\b', 'donate now',
    'already a subscriber', '^sign in', '^log in', '^register\\b', 'create (a|an|your) (free )?account',
    'share this (article|story|post)', '^share:?$', 'copy link', 'send us a tip', 'have a (news )?tip',
    'click(ing)? here (to|for)', 'by clicking here', 'share it with a friend', 'want more stories like this', 'this slideshow requires javascript',
    'get the .{0,30} app\\b', 'if you (enjoyed|liked) this (article|story|post)', '^learn more$', 'follow .{0,30} full coverage',
    'media playback is unsupported', 'your browser does not support', 'pin (this|it)? ?for later', 'be the first to comment',
    '^what do you think\\??$', 'leave a (star )?rating', 'request a (quote|demo)', 'book a demo', '^get in touch$', '^search this site',
    'share your story', 'add as a preferred source', '^print this (page|article|story|post|recipe)', 'click to print', '^stay connected( with (me|us))?\\s*[!.]?$',
    '^(e-?mail|contact) the author$', '^view (the )?author[\'’]?s? (archive|profile|page)$', '^enlarge (this )?(image|photo|picture)$',
    // A photo's or a wide table's own controls: Medium's "Press enter or click to view image in full size" on every image.
    '^(press enter or )?(click|tap) to (view|see|enlarge|zoom)( (the )?(image|photo|picture))?( in)?( full[ -]?(size|view|screen))?$', '^(show|hide) caption$',
    '^(please )?(scroll|swipe) (to the )?(right|left|sideways|horizontally)( to see (more|all( \\w+)?)| for more( info(rmation)?)?)?\\.?$',
    'make .{0,30} (my|your) home ?page', '^read more\\s*[»›>]?$', 'share and print this (article|page|story)',
    '^join (the|our|my) .{0,40}(community|(facebook|discord|slack|telegram|whatsapp) group)', 'spread the word about (this|our|my)',
    '(is|are) funded by readers( like you)?', '^this (article|story|post|content) is (exclusive|only available|available only) (to|for) .{0,40}(subscribers|members)\\.?$',
    'read more (news|stories|articles) like this', 'join our .{0,30}(forums?|community)', 'follow .{0,40} on (twitter|instagram|facebook|youtube)',
    '^follow$', '(follow|favou?rite|add|star) (us )?on google news', 'already have an account\\?? ?((log|sign) ?in)?\\.?$',
    '^report (this )?(topic|post|comment|reply|abuse)$', '^printer[- ]friendly( (format|version|page))?$', '^print view$',
    // A site's own app offered over its page ("View in the app. A better way to browse.").
    '^(view|open|continue) in (the|our) app\\s*[.!]?$', '^a better way to browse\\.\\s*(learn more\\.?)?$',
    // A forum's quote toggle (XenForo's, on every quoted post) and its reply prompt.
    '^click to (expand|shrink|collapse)\\s*(\\.\\.\\.|…)?$',
    // An embed held back until its cookies are allowed (The Verge's): the placeholder says so, the embed is not there.
    '^(this|the) (content|embed|video|post) (is not|isn[\'’]t|cannot be) (visible|shown|displayed|loaded|available) (due to|because of|with) your (cookie|privacy|consent) (preferences|settings|choices)',
    '^you must (log in|sign in|be logged in)( or (register|sign up))? to (reply|post|comment)( here)?\\.?$',
    // A forum's banner for readers not logged in (GameFAQs', vBulletin's "You are currently viewing our boards as a guest …").
    '^(you[\'’]re|you are) (currently )?(browsing|viewing|visiting|reading) .{0,60}\\bas an? (guest|unregistered user)\\b',
    // A service's pitch between the sections of its blog post ("Want To Work With Us?", three times on Loona's).
    '^(want|ready|looking) to work with (us|me)\\s*[?!.]?$',
    // A service page's call to book it, under each section ("Call Us Today!", "Book Your Discovery Call Today", WCXB 1647).
    '^(please )?(call|contact) us (today|now)\\s*[.!]?$', '^call us today for more information\\b', '^book (your|a) [\\w -]{0,30}\\bcall\\b', '\\bschedule a (free )?(estimate|consultation)( with us)?( today)?\\s*[.!]?$',
    // A membership's pitch named for the site ("Become a Runner’s World+ Member").
    '^become an? ([\\w’\'+.&-]+ ){1,4}(member|subscriber|patron|insider)s?\\b',
  ].join('|'),
  'i',
);

/**
 * A review roundup's shop buttons ("Check Price at Amazon", "Check Price - Walmart", "See Deal", Top Gear's "Compare new car
 * deals with leasing.com", a shop's address after it): a line of their own, never a phrase of a line ("Buy: check price
 * at Amazon UK, check price at Amazon US").
 */
export const shopButtonText = /^([➡→▶►👉]\uFE0F?\s*)?((check|compare) (the )?(latest |current |lowest )?prices?( here| (at|on|from|-|–) [\w .&'’-]{1,30})?|see (the )?deals?|compare ([\w-]+ ){0,3}deals (with|at|on|from) [\w-]+(\.[\w-]+)*\.[a-z]{2,})$/iu;

/** Audio players and "listen to this article" notes. */
export const audioNoteText = new RegExp(
  [
    'listen to (this|the) (article|story|episode)', 'this audio is (created|generated|produced)', 'audio (is )?(created|generated) with ai',
    'ai[- ](generated|assisted) (audio|voice|narration)', 'hear this (story|article)', 'narrated by', 'text[- ]to[- ]speech',
    'listen now', 'play audio', 'écouter cet article', 'artikel anhören', 'escuchar (este|el) artículo', 'прослухати', 'слушать',
  ].join('|'),
  'i',
);

/** Headings that open related-story, recommendation and feed rails. */
export const railHeadingText = new RegExp(
  '^(' +
    [
      'related( (stories|articles?|posts?|content|news|coverage|reading|threads|topics|discussions))?', 'similar (threads|topics|discussions)', 'read (more|next|also)', 'more (news|stories|from|on|like this|to read|in)', 'more( [\\w-]+)? (news|stories)', 'more (in|on) .{1,30}',
      'recommended( for you| stories| reading)?', 'more great .{0,20} stories', 'recent (articles|posts|stories)', 'popular this week',
      'holiday gift guides', 'more from .{0,30}', 'in other news', 'other stories', "editors?['’]? picks?", 'editor[\'’]s choice', 'news ?feed', 'latest( news| stories)?',
      'most (read|popular|viewed|shared|watched)( (in|on|from) .{1,40})?', 'popular( now| stories)?', 'trending( now| threads| topics| discussions| stories| articles| posts)?', 'top stories', 'you (may|might) (also )?like',
      'see also', 'also (read|on)', 'more', 'breaking( news)?', "don['’]t miss", 'further reading', 'more coverage', 'up next', 'what to read next',
      'other (posts|articles|stories|recipes) you (may|might|will) (also )?(enjoy|like|love)',
      'you (may|might) (also )?(enjoy|be interested in)( the following( topics| articles| posts)?( as well)?)?',
      // Shop rails beside a product's description.
      'people who (viewed|bought) this( item| product)? also (viewed|bought)', 'customers who (viewed|bought) this( item| product)? also (viewed|bought)',
      'customers also (viewed|bought|purchased|liked|shopped( for)?)', 'frequently bought together', 'similar (items|products)', 'explore (related|similar) (items|products)',
      "seller['’]s other items", 'more from this seller', 'related products', 'products related to this item', 'recently viewed( items| products)?',
      'complete the (look|set)\\??', 'shop the look', 'pairs well with',
      // A shop's "added to cart" box, hidden until a purchase, that offers more (WCXB 0598).
      'added to (your )?(cart|bag|basket)!?( complete the (look|set)\\??)?',
      'lire aussi', 'à lire aussi', 'sur le même sujet', 'mehr zum thema', 'das könnte sie auch interessieren', 'lee también',
      'leer más', 'te puede interesar', 'leggi anche', 'читайте також', 'читайте также', 'по теме', 'більше новин',
    ].join('|') +
    ')\\s*[:.…]*$',
  'i',
);

/** Labels of ad slots. */
export const adLabelText =
  /^(advertisement|advertising|advert|ad|ads|sponsored( content)?|(story|article) continues below( advertisement)?|continue reading( the main story| below)?|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|iklan|реклама|advertisement\s*[-–—.:(]\s*((page|story|article|content) continues below|scroll to continue( reading)?\.?|members don['’]t see this ad|gone after registration\))|\(advertisement\))$/i;

/** A share button's own words where its link is a script's (`href="#"`): "Share on Facebook", "Share by Email". */
export const shareLabel = /^\s*(share|partager|teilen|compartir|condividi|compartilhar|delen)( (on|by|via|to|with|sur|par|auf|per|en|su|por|no|op) [\p{L} ]{1,20})\s*$/iu;

/** Share endpoints: links to these make a block a share bar. */
export const shareHref =
  /(facebook\.com\/(sharer|share|dialog\/share)|twitter\.com\/(intent|share)|x\.com\/(intent|share)|linkedin\.com\/(share|cws\/share|sharearticle)|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/send|t\.me\/share|telegram\.me\/share|mailto:\?|getpocket\.com\/(save|edit)|tumblr\.com\/(share|widgets)|vk\.com\/share|bsky\.app\/intent|threads\.net\/intent|news\.ycombinator\.com\/submitlink|flipboard\.com\/bookmarklet)/i;

/** Cookie and consent banners. */
export const consentText = /\b(cookies?|consent|gdpr|privacy (settings|preferences|choices))\b/i;

/**
 * A loading indicator the page's script replaces: "Loading...", "Loading faq…", "Loading comments" (bare "Loading" may be
 * a heading); or a list's empty state the page shows in its place ("No items found.", Webflow's).
 */
export const loadingText =
  /^((loading|chargement|wird geladen|cargando|carregando|caricamento|загрузка|завантаження)(\s*(\.\.\.|…)| \p{L}+\s*(\.\.\.|…)| (paragraph|content|comment|recommendation|more|video|image|article|result|data|map|player)s?)|no (items|results|posts|products|entries|articles) (found|to (show|display))\.?)$/iu;

/**
 * A widget's error message, which the page's style sheet keeps hidden until something fails ("Sorry, there was a
 * problem.", "There was an error retrieving your Wish Lists. Please try again.", "Oops! Something went wrong while
 * submitting the form."): the copy has no style sheets. The whole line must be the message.
 */
export const errorMessageText =
  /^(sorry|oops)[,!.]?\s*(there was (a|an) (problem|error)|something went wrong)[^.!?]{0,60}[.!]?$|^(something went wrong|an error (has )?occurred)[.!]?$|^[^.!?]{1,100}[.!]\s*please try again( later)?[.!]?$/iu;

/** Copyright lines and site disclaimers. */
export const copyrightText =
  /^(copyright\b|©|\(c\) ?\d{4})|all rights reserved|subject to copyright|contents of this site are|무단전재|재배포 금지|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados/i;

/** Words by which a page speaks of itself or its writer: "we", "my", "this post", "… may earn". */
const ownWords = String.raw`\b(i|we|my|our|us|this (blog )?(post|page|article|site|website|review|guide)|may (earn|receive|get))\b`;
const affiliateLinks = String.raw`\baffiliate (links?|commissions?)\b`;

/**
 * Affiliate and advertiser disclosures. Affiliate links are one only where the page speaks of its own ("we use some
 * affiliate links", "some of my posts contain affiliate links", "… may earn an affiliate commission … in this
 * article"): prose about marketing names them too ("streamers earn a commission … via affiliate links", WCXB 0231,
 * 0261, 0099, 0276).
 */
export const disclosureText = new RegExp(
  [
    'may contain affiliate', 'contains affiliate links', String.raw`\b(i|we) earn from qualifying purchases`,
    `${ownWords}[^.!?]{0,60}${affiliateLinks}`, `${affiliateLinks}[^.!?]{0,60}${ownWords}`,
    'we may (earn|receive) (a )?(small )?commission', 'advertiser disclosure', 'products are chosen independently',
    'independently (selected|chosen) by our editors', String.raw`\b(some )?vendors (may )?pay us\b`,
  ].join('|'),
  'i',
);

/** Comment-section remnants. */
export const commentsText =
  /\b(moderating (all )?comments|comments (are|is) (moderated|closed)|read our comment(s|ing)? (policy|guidelines)|^by (posting|submitting|leaving) (a|your) comment,? you (agree|consent|accept))\b|^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?$|^(post|add|leave|write) (a |your )?(comment|reply)|^tell us what you think|^join the (conversation|discussion)|^(comentários|comentarios|kommentare|commentaires|коментарі|комментарии|отзывы|відгуки)$|\b(comentários|comentarios|commentaires|kommentare)\b.{0,150}\b(moderador|moderadores|moderación|modérateur|modérés?|moderiert|moderator)\b|^(добавить|додати|оставить|залишити) (отзыв|комментарий|відгук|коментар)/i;

/** "Page 1 of 8": a multi-page article's pager, left without its links. */
export const pageCounterText = /^(page|seite|página|pagina|страница|сторінка) \d+ (of|von|de|di|из|з) \d+$/i;

/**
 * A shop's, a listing's or a service page's controls alone on their line: a card's button ("Shop now", "Add to cart",
 * "Apply now", "View in list", "Get a Quote"), a service page's ("Get started", "Talk to an expert", "Book a
 * consultation"), a grid's tools ("Sort by", "Filters", "Sort: Best Match", "Trier par", Magento's "View as Grid List", "Set Descending
 * Direction", "per page") and counters ("1–24 of 140
 * products", "Showing 36 of 84"), a badge ("Top rated", "New arrival"), an expander ("Show more", "View all", rustdoc's
 * "Expand description").
 */
export const controlLabelText =
  /^(shop now|apply now|book now|add to cart|get started( now| today| for free)?!?|talk to (an expert|sales|us)|download now|let['’]s talk|find out more|see (all )?case studies|contact us( today| now)?|(book|schedule) a (call|demo|consultation)|view full details|show more|see more|view all|expand( all| description)?|collapse( all)?|view (in|on) (the )?(list|map)|get (a )?quote( \(\d{3}\) \d{3}-\d{4})?|read reviews|see (more|all) reviews|compare|quick (shop|view|add)|sort( by)?:?|trier par|ordenar por|sortieren nach|ordina per|(filter|refine) by:?|results list|filters?|sort (and|&) filter|top rated|new arrivals?|view:|view as:?( grid| list)*|set (a|de)scending direction|(show )?(\d+ )?(items )?per page|sort( by)?: [\w ]{1,20}|loaded \d+ results|(showing )?\d[\d,]*\s*[–-]\s*\d[\d,]* of \d[\d,]*( products| results| items)?|showing \d[\d,]* of \d[\d,]*( products| results| items)?|\(\d[\d,]* (products|results|items)\))\s*[›»>→]?$/i;

/** A pager's link alone on its line ("Previous", "Next »", "Older posts"), as MDN's lessons open and close. */
export const pagerLinkText = /^[«‹←<]?\s*(previous|prev|next|older|newer)( (posts|entries|articles|lesson|chapter|page))?\s*[»›→>]?$/i;

/** A link back up the page, after each section of a long guide ("Back to top ↑"). */
export const backToTopText = /^(back|return|go|jump|scroll) to (the )?top( of (the )?page)?\s*[↑⬆^▲]?$/i;

/** Lines that label a link to another story: "Related: …", "Read more: …". */
export const storyLinkLabel =
  /^[[(]?\s*(related( posts?| stories| articles?| reading| coverage)?|read more|read next|see more|see also|also read|read also|more|also|also on [\w.]+|on [\w-]+(\.[\w-]+)+|more on this|lire aussi|à lire aussi|leia (também|mais)|lee también|mehr zum thema|leggi anche( su)?|читайте (также|також))\s*:/i;

/** A link to the whole of a story, review or article the page only teases: "Read the full Kia PV5 review", "Read full article →". */
export const fullStoryLink = /^(read|see) (the |our )?(full|complete|entire) ([^\n]{1,50} )?(review|story|article|guide|recipe|post)\s*[»›>→]*$/i;

/** A whole link that labels itself as another story of the site: "Also on rt.com Journalists & politicians …". */
export const siteStoryLabel = /^(also on|more on|more from|read more on) [\w-]+(\.[\w-]+)+\s+\S/i;

/** A page builder's shortcode left as text: "[button link=…]Send us YOUR kit review[/button]". */
export const rawShortcode = /^\[([a-z][\w-]*)\b[^\]]*\].*\[\/\1\]$/i;

/** A line that ends like a sentence, closing quote or bracket allowed. */
export const sentenceEnd = /[.!?]["”’)]?$/;

/** Headings of an author box. */
export const authorHeadingText = /^(about the (authors?|reviewers?|editors?|contributors?)|about [\p{Lu}][\p{L}]+|über (den|die) autor(in)?|sobre (o|el|la) autora?|à propos de l['’]auteur|об авторе|про автора)\s*:?$/iu;

/** A price: a product's or an offer's card, a shop's box. */
export const priceText = /[$€£¥₹]\s?\d|\d\s?(€|zł|kr|руб|грн)|\b(usd|eur|gbp)\s?\d/i;
