// Byline text → the names in it: lead words ("By", "Von", "Par"), dates, times, roles and links removed.

import { cleanSpace, decodeEntities } from "./find-title.ts";

/**
 * Words that label a byline's names, in lower case: German, English, French, Polish, Russian, Ukrainian, Belarusian,
 * Turkish (with Muhabir, a reporter), Azerbaijani (with Müxbir), Uzbek, Tajik, Georgian, Armenian, Lithuanian,
 * Latvian, Hungarian, Slovene. One list for a label printed on its own ("<b>Autor:</b> Fritz Imhof"), a label before
 * the names in a line ("Автор: Иван Петров") and a lead cleaned off a byline ("Autorin Uta Staschewski").
 */
export const AUTHOR_LABELS = [
  "autor",
  "autorin",
  "autoren",
  "autorka",
  "autorzy",
  "author",
  "authors",
  "auteur",
  "auteure",
  "auteurs",
  "verfasser",
  "verfasserin",
  "автор",
  "авторка",
  "авторы",
  "автори",
  "аўтар",
  "аўтары",
  "yazar",
  "muhabir",
  "müxbir",
  "müəllif",
  "muallif",
  "муаллиф",
  "autorius",
  "autors",
  "szerző",
  "avtor",
  "ავტორი",
  "հեղինակ",
];
/**
 * Labels that name the writer only with their colon: "Text:" (a bare "Text" heads anything; "Foto:" is a credit,
 * never a byline) and "Yazan:" (Turkish "written by", and a given name without the colon).
 */
export const COLON_LABELS = ["text", "текст", "yazan"];

/** Georgian writes no capitals: two or three words of its script after a byline label are a name ("გიორგი ბერიძე"). */
export const GEORGIAN_NAME = /^[\u10D0-\u10FF]{2,}(?:\s[\u10D0-\u10FF]{2,}){1,2}$/u;

/** "The piece's author": Russian, Ukrainian and Kazakh two-word labels ("Автор материала:", "Автор статті:"). */
export const PIECE_AUTHOR_LABELS = [
  "автор материала",
  "автор статьи",
  "автор матеріалу",
  "автор статті",
  "мақала авторы",
];

/**
 * "Source:" before a byline's names: a byline block that credits an agency or a partner ("Quelle: hessenschau.de/bb")
 * names it after this label. Cleaned off only: a line that opens with it elsewhere credits a figure or a photo.
 */
const SOURCE_LABELS = ["quelle", "source", "źródło", "источник", "джерело", "kaynak"];

/**
 * "And" between the names of a byline's co-authors: German, English, French, Spanish, Italian and Portuguese, Polish,
 * Russian, Ukrainian (та, і, й), Turkish, Azerbaijani, Uzbek. One list for every reader of a list of names.
 */
export const AND_WORDS = ["und", "and", "et", "y", "e", "i", "и", "та", "і", "й", "ve", "və", "va"];

/** Words as a regular-expression alternation, longest first. */
export const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");

// Words that introduce a name in a byline, in the languages Orbit reads; "Text von" and "Текст" lead without a colon.
const LEAD = new RegExp(
  String.raw`^(?:post author|(?:posted|written|published|words|text|story|reported|reporting|photos?|analysis|opinion|commentary|column|review|interview)\s+by|by|from|(?:(?:view|see)\s+)?(?:all|more|other)\s+(?:posts|articles|stories)\s+(?:by|from)|all posts by|more from|von|durch|text\s*(?:von)?|(?:(?:ein|eine)\s+)?(?:geschrieben|verfasst|erstellt|veröffentlicht|gespeichert|beitrag|artikel|interview|eingestellt|pressemitteilung|gastbeitrag|kommentar|kolumne|bericht|reportage|analyse)\s*von|(?:zeige\s+)?(?:alles|alle|mehr|weitere)(?:\s+(?:beiträge|artikel|texte))?\s+von|interview|autor[/*:_]?in(?:nen)?|verfasser[/*:_]?in|redakteur(?:in)?|par|publié par|écrit par|por|escrito por|di|scritto da|door|av|af|przez|от|від|${alternation(PIECE_AUTHOR_LABELS)}|текст|(?:${alternation(COLON_LABELS)}|${alternation(SOURCE_LABELS)})\s*:|${alternation(AUTHOR_LABELS)})(?![\p{L}\p{N}])[\s:|՝–—-]*`,
  "iu",
);
// Where the name ends: a date, a time, a separator before other metadata, "on"/"am"/"le" + date.
export const TAIL =
  /\s*(?:[|•·]|\s[-–—]\s|,?\s+(?:on|am|le|il|el|den|updated|aktualisiert|veröffentlicht|published|posted)\s+(?=\d|\p{L}+\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch)|,?\s+(?:view|see|read)\s+(?:more|all)\s+(?:articles|posts|stories)|\s+(?:stand|alle artikel|mitglied|chefredakt\w*|redakteur\w*|korrespondent\w*)(?![\p{L}\p{N}])|\s*,\s*(?:datum|date|anzahl|kommentare|comments)(?![\p{L}\p{N}])|\.?\s+(?:fotos?|photos?|bilder?|illustrations?|фото|fotoğraf)\s*:|(?:^|\s+)(?:zuletzt geändert|last (?:modified|updated)|aktualisiert am)(?![\p{L}\p{N}])|\s*vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)|\s+\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+ago|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\s+(?:mo|di|mi|do|fr|sa|so)\.?$|,?\s*\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?|,?\s*\d{1,2}:\d{2}|\s\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}).*$/iu;
const NOT_A_NAME =
  /^(?:(?:alle|all|view all|see all|mehr|more)\s+(?:beiträge|artikel|posts|articles|stories)|admin|administrator|wordpressadmin|publisher|no author|unknown|anonymous|guest|webmaster|root|user|null|undefined|wordpress|veröffentlicht|published|posted|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch)$/i;

// an organisation (the publisher again) or a reviewer, not the author
const NOT_A_PERSON =
  /(?:^|\s)(?:e\.\s?V\.|GmbH|gGmbH|AG|SE|Ltd\.?|Inc\.?|LLC|Stiftung|Verlag)$|^(?:geprüft|reviewed|fact[- ]checked|medically reviewed)\s/i;
// an editor named in a byline after a separator: the author comes before it ("Jane Roe, edited by John Doe"); a line
// that opens with it, or runs into it with no separator ("Revised Edition Edited by ..."), names no author
const EDITOR = /\s*[,;|–—-]\s*(?:edited by|herausgegeben von)\s.*$/i;

// only date and time characters between the date's first digit and the lead word
const DATED_LEAD = /^[^|\d]{0,40}\d[\d\s.:,/-]*(?:\s*(?:uhr|am|pm))?\s(?:by|von|par|por)\s+(?=\p{Lu})/u;

// top-level domains of the sites Orbit reads: a site's address alone, or after a name, is no part of a byline
const TLD = "com|de|net|org|at|ch|fr|it|eu|uk|ru|ua|kz|az|uz|ge|am|by|md|kg|tj|tm|tr";
const BARE_ADDRESS = new RegExp(String.raw`^\S+\.(?:${TLD})\b\S*$`, "i");
const TRAILING_ADDRESS = new RegExp(String.raw`,\s*[\w-]+\.(?:${TLD})$`, "i");

// A heading or link that opens with "By" without naming anyone: a section title ("By The Numbers", "By the way:"), a
// sort or browse option ("By region", "By date"), a delivery ("By appointment"). A name follows none of these phrases
// to the end of the line or a colon, so "By Rachel Day" and "By The Associated Press" stay bylines.
const BY_PHRASE =
  /^by\s+(?:the\s+)?(?:numbers|way|book|end|time|same token|design|default|contrast|comparison|far|region|country|state|year|month|topic|category|date|author|hand|chance|accident|night|day|air|sea|land|road|rail|request|popular demand|appointment|invitation|subscription|e-?mail|phone|mail|post)\s*(?:$|[:.!?–—-])/i;

/** News agencies as bylines and datelines print them ("dpa", "AFP", "Reuters", "SP-X"), with the region's wires. */
export const AGENCIES = [
  "dpa-AFX",
  "dpa",
  "AFP",
  "AP",
  "Reuters",
  "KNA",
  "epd",
  "SID",
  "APA",
  "SDA",
  "ATS",
  "ANSA",
  "EFE",
  "dts",
  "SP-X",
  "ddp",
  "TASS",
  "Interfax",
  "Xinhua",
  "Ukrinform",
  "Kazinform",
  "Kyodo",
  "Yonhap",
  "PAP",
];

// A news agency credited after the writer's full name ("David Hutzler, dpa", "Peter Maahn/SP-X", "Jane Roe/AFP"): the
// byline is the writer. An agency line of its own ("dpa/lno") and a broadcaster listed among the authors ("…, NDR")
// are kept.
const AGENCY_AFTER_NAME = new RegExp(
  String.raw`(?<=\p{L}[\p{L}.'’-]*\s+[\p{L}.'’-]+)\s*[,/]\s*(?:${AGENCIES.join("|")})(?:\/[\p{L}]{1,5})?$`,
  "u",
);

// A job title glued before the name ("FOCUS-Online-Experte Robin Tschöpe", "Wirtschaftsredakteurin Jane Roe",
// "Gastautor Jan Roe"): German writes the role and the person as one phrase.
const ROLE_BEFORE_NAME =
  /^[\p{L}-]*(?:experte|expertin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|kolumnist|kolumnistin|gastautor|gastautorin)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/iu;

/** A byline reduced to the names: "By Jane Roe, 12 May 2024" → "Jane Roe". Undefined when nothing name-like is left. */
export function cleanByline(raw: string): string | undefined {
  let s = cleanSpace(decodeEntities(raw).replace(/\u00ad/g, ""))
    .replace(/^["'„“«]+|["'“”»]+$/g, "")
    .replace(/^(?:©|\(c\)|copyright)\s*/i, "")
    // dashes that set a byline off ("---- by Kenneth Surin", "— Jane Roe")
    .replace(/^[-–—\s]+/, "")
    // a name in capitals glued to the next block ("ERIC TUCKERAssociated Press")
    .replace(/(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll}{2})/gu, " ")
    // share buttons glued to the name ("Michael Hingstonfacebooktwitter")
    .replace(
      /(?<=\p{Ll})(?:facebook|twitter|flipboard|whatsapp|linkedin|pinterest|instagram|xing|reddit|telegram)+$/iu,
      "",
    );
  s = s.replace(EDITOR, "");
  if (/(?:^|\s)(?:edited by|herausgegeben von)\s/i.test(s)) return undefined;
  if (BY_PHRASE.test(s)) return undefined;
  // a URL, an e-mail address, a social-media handle or a file ("humans.txt") is no name
  if (/^(?:https?:|@)|@.*\.|\[at\]|www\.|\.(?:txt|html?|php|aspx?)\b/i.test(s) || BARE_ADDRESS.test(s))
    return undefined;
  // script text inside a byline block ("(adsbygoogle = window.adsbygoogle || []).push({})")
  if (/[={}<>]|\bwindow\.|\bfunction\s*\(/.test(s)) return undefined;
  // "Posted on September 21, 2020 by Adi Tzlil": the name follows a date
  s = s.replace(DATED_LEAD, "");
  for (let i = 0; i < 3 && LEAD.test(s); i++) s = s.replace(LEAD, "");
  // twice: "Tomas Spahn Fr, 12.03.2021" loses the date, then the weekday left in front of it
  for (let i = 0; i < 2; i++)
    s = s
      .replace(TAIL, "")
      // a weekday left glued to the name once its date is gone ("Jeff FoustMonday")
      .replace(/(?:(?<=\p{Ll})|\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu, "")
      // the publication the piece was written for ("Glen Owen For The Mail On Sunday", "Jane Roe for Reuters")
      .replace(/\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*$/u, "")
      .replace(/\s+@\w+$/, "")
      // the site's address after the name ("Troy L. Smith, Cleveland.com")
      .replace(TRAILING_ADDRESS, "")
      .replace(/[\s,;:]+$/, "");
  s = s.replace(/^[\s,:;|–—-]+|[\s,:;|–—»›→-]+$/g, "");
  s = s.replace(AGENCY_AFTER_NAME, "").replace(ROLE_BEFORE_NAME, "");
  // a date is no name ("November 8, 2023")
  if (/(?:^|[^\p{L}\p{N}])(?:1[89]|20)\d\d(?![\p{L}\p{N}])/u.test(s)) return undefined;
  if (s.length < 2 || s.length > 80 || !/\p{L}/u.test(s) || s.split(" ").length > 10) return undefined;
  if (NOT_A_NAME.test(s) || NOT_A_PERSON.test(s) || !/\p{L}{2}|\p{L}\d/u.test(s)) return undefined;
  // a name printed twice in one block ("Kathrin Führes Kathrin Führes")
  const half = /^(.{3,40}) \1$/.exec(s);
  if (half) s = half[1]!;
  // "deinen Hochzeitsbloggern", "und Interview: …": a phrase, not a name (name particles like "van", "de la" aside,
  // and a Georgian name, all in lower-case letters)
  if (
    /^\p{Ll}[\p{L}]*\s/u.test(s) &&
    !GEORGIAN_NAME.test(s) &&
    !/^(?:von|van|de|da|del|della|di|du|la|le|ten|ter|zu|al|el|bin|ibn|der|die|das|the)\s/.test(s)
  )
    return undefined;
  return s;
}
