// Signs of boilerplate: tag names, class/id words and widget headings that mark navigation, teasers and ads.

/** Elements that never hold article prose. */
export const JUNK_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "object",
  "embed",

  "button",
  "select",
  "input",
  "textarea",
  "label",
  "nav",
  "aside",
  "footer",
  "dialog",
  "menu",
  // <title>, not all of <head>: a page without a <body> tag leaves its content in <head> (htmlparser2 does not move it)
  "title",
  "link",
  "meta",
  "audio",
  "video",
  "picture",
  "img",
  "map",
]);

/** class/id words of page furniture (matched on word boundaries of the class and id strings). */
export const NEGATIVE_NAME =
  /(^|[\s_-])(comments?|commentlist|disqus|share|sharing|social|socials|sharebar|related|relatedposts|recommend(ed|ations)?|more-?stories|read-?more|promo|promos|newsletter|subscribe|subscription|signup|sidebar|side-?bar|footer|masthead|nav|navbar|navigation|menu|breadcrumbs?|advert|advertisement|ads?|adslot|ad-?container|sponsor(ed)?|popup|modal|cookie|cookies|consent|banner|outbrain|taboola|teaser|teasers|trending|most-?popular|popular|tags|tag-?list|author-?bio|byline|dateline|timestamp|toolbar|pagination|pager|skip|hidden|print-?only|caption|credits?|copyright|rating|paywall|login|jump-?link|newsletter-?signup|tools|utility|top-?stories|latest|headline-?list|partner|affiliate|disclaimer)(?=$|[\s_-])/i;

/** class/id words of article containers: protect them from the negative list. */
export const POSITIVE_NAME =
  /(^|[\s_-])(article|articlebody|article-?body|article-?content|body|content|entry|entry-?content|main|page|post|post-?body|post-?content|story|story-?body|text|blog|hentry|prose|rich-?text)(?=$|[\s_-])/i;

/** Headings that open a block of teasers: what follows inside the same container is not the article. */
export const WIDGET_HEADING =
  /^(related( (articles?|stories|posts|content|coverage|topics|news|reading))?|read (more|next|also)|more (from|on|stories|news|in|about|like this)\b.*|more( \S+){1,3} (stories|articles|reads)|don'?t miss( this)?|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you)?|most (popular|read|viewed|shared)|popular (articles|posts|stories|now)|trending( now)?|see also|also read|further reading|latest( news| articles| stories)?|top stories|editor'?s picks|advertisement|sponsored( content)?|share this( article| story)?|comments?|leave a (comment|reply)|weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|auch interessant|articles? (similaires|liés)|à lire aussi|lire aussi|sur le même sujet|artículos relacionados|te puede interesar|leggi anche|читайте также|по теме|похожие (статьи|новости)|новости по теме|читайте також|czytaj (także|też)|zobacz (także|też)|você (também )?pode gostar|veja também|leia também|notícias relacionadas|mais lidas|tags|etiquetas|schlagwörter|themen)[\s:.…!]*$/i;

/**
 * The subset of widget headings that also open a teaser list when written as a plain block (a div or span, not
 * an h2): only phrases that never stand inside a story. "Read more" expanders and inline "see also" links do.
 */
export const TEASER_BLOCK =
  /^(related( (articles?|stories|posts|content|coverage|news))?|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you)?|most (popular|read|viewed|shared)|more (stories|news)( from .*)?|more( \S+){1,3} (stories|articles|reads)|trending( now)?|top stories|editor'?s picks|você (também )?pode gostar|mais lidas|notícias relacionadas|das könnte sie auch interessieren|weitere artikel|похожие (статьи|новости)|новости по теме|te puede interesar|artículos relacionados|articles similaires)[\s:.…!]*$/i;

/** Short lines that are furniture wherever they appear. */
export const WIDGET_LINE =
  /^(advertisement|advertising|anzeige|publicité|реклама|reklama|sponsored|share|share this|tweet|print|email|e-mail|close|menu|search|subscribe|sign up|log in|login|skip to (main )?content|scroll to continue( with content)?|continue reading( below)?|click here|read more|loading\.*|image|photo|video|watch|listen|follow us|related|like this|tags?|tagged|schlagwörter|etiquetas|теги|метки|spot_img|\[?embed\]?)\s*:?$/i;

/**
 * Calls to action that close or interrupt a story: subscribe, follow us, get the app, podcast links, membership
 * pitches (tested on whole paragraphs of at most 400 characters).
 */
const PROMO_LEAD =
  /^((subscribe|sign up|join)\b.*\b(our|us|newsletters?|inbox|channel|forums?)\b|follow\b.{0,80}\b(on|at) (twitter|facebook|instagram|youtube|linkedin|telegram|https?:)|(listen|download|itunes|spotify|apple podcasts|stitcher)\s*:\s*https?:|(like|enjoy(ed)?|love) this (story|article|post)\?|if you (enjoyed|liked|appreciated?|value) this (article|story|post|piece)|get (the latest|access to)\b.*\b(inbox|subscri\w*|newsletters?)\b|(click|tap) here to (subscribe|sign up|get the \S+( \S+){0,3} app|download the)|(подписывайтесь|подпишитесь|abonnieren sie|folgen sie uns|suivez-nous|abonnez-vous|síguenos|suscríbete|inscreva-se|siga-nos|iscriviti|seguici|obserwuj nas|підписуйтесь|підпишіться)(?=[\s,.:!]|$))/iu;
/**
 * A "click to tweet" quote. Kept out of PROMO_LEAD: its `.*` reads every line to its end (with the /iu flags, a
 * character at a time), which was most of the cost of testing a page's lines, and only a line ending in "t" can match.
 */
const CLICK_TO_TWEET = /^.*\bclick to tweet$/iu;

/** A call to action or a "click to tweet" quote: what one regular expression with both alternatives matched. */
export function isPromoLine(t: string): boolean {
  return PROMO_LEAD.test(t) || ((t.charCodeAt(t.length - 1) | 0x20) === 0x74 && CLICK_TO_TWEET.test(t));
}

/** A date with a clock time and little else: "Monday, 22 January 2018 at 0:13", "November 20, 2019 / 1:07 AM / CBS". */
const TIME_STAMP = /^(?=.*\b(19|20)\d\d\b)(?=.*\b\d{1,2}:\d{2}\b)/;
/** "Updated at 1:23 p.m.", "Publicado: 05/10/2018". */
const UPDATE_STAMP =
  /^(updated|published|posted|last (updated|modified)|aktualisiert|veröffentlicht|publié|mis à jour|publicado|atualizado|actualizado|обновлено|опубликовано|оновлено)(?=[\s:,]).{0,40}\d/iu;
/** A byline carrying its date: "By Jane Doe - 2019-04-10", "By A and B on Monday, November 18th, 2019". */
const DATED_BYLINE = /^[Bb][Yy]\s+(\p{Lu}|\p{Lo})[^.]{1,60}?(\s[-–—/|／]\s|\son\s).{0,60}\d/u;
/** Agency credits, machine citations and reuse notices that close a story. */
const CREDIT_LINE =
  /^(\(?(additional )?(reporting|writing|editing) by\b|citation:.*\bretrieved\b|this document is subject to copyright\b)/i;
/** Author notes: "Follow her on Twitter @name", "may be reached at name@site.com". */
const AUTHOR_NOTE = /\b(follow|email|reach|contact) (him|her|them) (on|at|via)\b|\bmay be reached at\b/i;

/** Lines that label the story rather than tell it: date stamps, dated bylines, credits, citations, author notes. */
export function isStampLine(t: string): boolean {
  // a sentence that mentions a year and a time ends like one; a stamp does not (bar "a.m.")
  if (t.length <= 90 && TIME_STAMP.test(t) && !/(?<![ap]\.m)[.!?]$/i.test(t)) return true;
  if (t.length <= 80 && UPDATE_STAMP.test(t)) return true;
  if (t.length <= 140 && DATED_BYLINE.test(t)) return true;
  return t.length <= 400 && (CREDIT_LINE.test(t) || AUTHOR_NOTE.test(t));
}
