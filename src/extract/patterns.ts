// Text patterns that say what a block *is*, in several languages. Kept together so rules share one vocabulary.

/** Newsletter and sign-up boxes and their form remnants. */
export const signUpText = new RegExp(
  [
    'enter (your|an|a valid) e-?mail', 'your e-?mail address', 'e-?mail address', 'indicates required',
    'enter correct e-?mail', 'sign(ing)? up for (our|the|this|a)', 'sign up (now|today|here|free)', 'subscribe (to|now|today|for)',
    '^subscribe$', 'successful+y subscribed', 'thank(s| you) for (signing up|subscribing)', 'confirmation e-?mail',
    'newsletter', 'get (the|our) (best|latest|top)', 'delivered (straight )?to your inbox', 'in your inbox',
    'unsubscribe at any time', 'privacy policy', 'by signing up', 'by subscribing',
    "s'inscrire", 'inscrivez-vous', 'abonnez-vous', 'suscr[ií]bete', 'jetzt abonnieren', 'newsletter abonnieren',
    'iscriviti', 'assine', 'inscreva-se', 'підпи(шіться|сатися|ска)', 'подпи(шитесь|саться|ска)', 'zapisz się',
  ].join('|'),
  'i',
);

/** Short calls to action that are not part of an article's prose. */
export const callToActionText = new RegExp(
  [
    '^follow us', 'follow us on', 'join us on', 'like us on facebook', 'download (our|the) app', 'get the app',
    '^support (our|independent) journalism', 'become a (member|subscriber|patron)', 'support us', 'donate now',
    'already a subscriber', '^sign in', '^log in', '^register', 'create (a|an|your) (free )?account',
    'share this (article|story|post)', '^share$', 'copy link', 'send us a tip', 'have a (news )?tip',
  ].join('|'),
  'i',
);

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
      'related( (stories|articles|posts|content|news|coverage|reading))?', 'read (more|next|also)', 'more (news|stories|from|on|like this|to read|in)',
      'recommended( for you| stories| reading)?', "editors?['’]? picks?", 'editor[\'’]s choice', 'news ?feed', 'latest( news| stories)?',
      'most (read|popular|viewed|shared)', 'popular( now| stories)?', 'trending( now)?', 'top stories', 'you (may|might) (also )?like',
      'see also', 'also (read|on)', "don['’]t miss", 'further reading', 'more coverage', 'up next', 'what to read next',
      'lire aussi', 'à lire aussi', 'sur le même sujet', 'mehr zum thema', 'das könnte sie auch interessieren', 'lee también',
      'leer más', 'te puede interesar', 'leggi anche', 'читайте також', 'читайте также', 'по теме', 'більше новин',
    ].join('|') +
    ')\\b',
  'i',
);

/** Labels of ad slots. */
export const adLabelText = /^(advertisement|advertising|ad|ads|sponsored( content)?|story continues below( advertisement)?|anzeige|publicité|publicidad|pubblicità|реклама)$/i;

/** "3 min read", "Reading time: 4 minutes", "Updated 2 hours ago": header remnants. */
export const readingTimeText = /^(\d+\s*(min|minute)s?\s*(read|de lecture|lesezeit)?|reading time:?\s*\d+.*)$/i;

/** Share endpoints: links to these make a block a share bar. */
export const shareHref =
  /(facebook\.com\/(sharer|share|dialog\/share)|twitter\.com\/(intent|share)|x\.com\/(intent|share)|linkedin\.com\/(share|cws\/share|sharearticle)|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|wa\.me\/|api\.whatsapp\.com\/send|whatsapp:\/\/send|t\.me\/share|telegram\.me\/share|mailto:\?|getpocket\.com\/(save|edit)|tumblr\.com\/(share|widgets)|vk\.com\/share|bsky\.app\/intent|threads\.net\/intent|news\.ycombinator\.com\/submitlink|flipboard\.com\/bookmarklet)/i;

/** Cookie and consent banners. */
export const consentText = /\b(cookies?|consent|gdpr|privacy (settings|preferences|choices))\b/i;
