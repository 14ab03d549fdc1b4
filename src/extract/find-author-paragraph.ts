// Short paragraphs → the byline they print: "von Klaus Stanjek", "Autorin: Uta Staschewski, Projektleiterin ...",
// "11.12.2019 - Amelie Loevenich".

import {
  AND_WORDS,
  AUTHOR_LABELS,
  alternation,
  COLON_LABELS,
  GEORGIAN_NAME,
  PIECE_AUTHOR_LABELS,
  TAIL,
} from "./find-author-clean.ts";
import { cleanSpace } from "./find-title.ts";

/**
 * An element's text when it is short, "" past `max` characters: wrappers with a page of text below them are checked
 * for bylines on every page, and their full text is never needed.
 */
export function shortText(el: Element, max: number): string {
  const acc = { text: "" };
  return collectText(el, acc, max) ? acc.text : "";
}

function collectText(el: Element, acc: { text: string }, max: number): boolean {
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.nodeType === 3) acc.text += n.textContent ?? "";
    else if (n.nodeType === 1 && !collectText(n as Element, acc, max)) return false;
    if (acc.text.length > max) return false;
  }
  return true;
}

// names in a line: two to four capitalised words each, joined by commas or "and" in the languages Orbit reads
const NAME_WORDS = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s?){2,4}`;
const NAME_LIST = String.raw`${NAME_WORDS}(?:(?:,\s*|\s(?:${alternation(AND_WORDS)})\s+)${NAME_WORDS})*`;

// a short paragraph that is a byline: "von Klaus Stanjek", "Eine Kolumne von Nils Pickert", "Auteur : Kossivi
// Tiassou", "By Jane Roe, John Doe and Amy Lee", "Від Олени Петренко"
const PARAGRAPH_BYLINE = new RegExp(
  String.raw`^(?:(?:[Ee]ine?|[Aa]n?|[Uu]ne?)\s+)?(?:[\p{L}-]+\s+)?(?:[Aa]rtikel|[Bb]eitrag|[Gg]astbeitrag|[Kk]olumne|[Kk]ommentar|[Aa]nalyse|[Ii]nterview|[Tt]ext|[Bb]ericht|[Rr]eportage|[Ee]ssay|[Ss]tory|[Cc]olumn|[Aa]rticle|[Rr]eport|[Pp]ost|[Aa]nalysis|[Rr]eview|[Oo]pinion|[Cc]hronique|[Tt]ribune)?\s*(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or|[Вв]ід|[Ww]ritten by:?|[Aa]utor(?:in)?:|[Aa]utoren:?|[Aa]uteurs?\s?:|[Aa]uthors?:)\s+(${NAME_LIST})[\s@]*$`,
  "u",
);
// one name word only right after the lead ("Posted by Konstantin"), never after other words ("Zeiten von Corona")
const SOLO_BYLINE =
  /^(?:[Pp]osted|[Gg]epostet|[Gg]eschrieben|[Ww]ritten|[Vv]erfasst)?\s*(?:[Vv]on|[Bb]y)\s+(\p{Lu}[\p{L}.'-]*)[\s@]*$/u;
const DATED_BYLINE =
  /^[^|\d]{0,40}\d[\d\s.:,/-]*(?:\s*(?:uhr|am|pm))?\s(?:by|von|par|por)\s+((?:\p{Lu}[\p{L}.'-]*\s?){1,4})$/u;

// the label before a line's names takes its colon ("Autorin: Uta Staschewski", "Yazar: Ahmet Yılmaz")
const BYLINE_LABELS = new Set([...AUTHOR_LABELS, ...COLON_LABELS, ...PIECE_AUTHOR_LABELS]);
const NAMES = new RegExp(String.raw`^(${NAME_LIST})[\s@]*$`, "u");
const NAME_ROLE = new RegExp(String.raw`^(${NAME_WORDS}),\s+\p{L}`, "u");

/**
 * A line that is a label and the names ("Автор: Иван Петров", "Yazar: Ahmet Yılmaz", "Autoren: A und B"), or a
 * label, one name and the author's role ("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien."). The
 * label ends in a colon, in Armenian's "՝" ("Հեղինակ՝ Արամ Պետրոսյան") or in a spaced dash ("Автор — Іван Петренко").
 */
function labelledByline(text: string): string {
  const m = /^(\p{L}+(?:\s\p{L}+)?)(?:\s?[:՝]|\s+[-–—])\s+(\S.*)$/u.exec(text);
  if (!m || !BYLINE_LABELS.has(m[1]!.toLowerCase())) return "";
  // a remark in brackets after a name says what the piece is, not who wrote it ("Samuel Diekmann (Gastbeitrag)")
  const rest = m[2]!.replace(/\s*\([^()]{1,40}\)/g, "");
  if (rest.length <= 80) {
    const bare = rest.replace(TAIL, "");
    const names = NAMES.exec(bare);
    if (names) return names[1]!.trim();
    if (GEORGIAN_NAME.test(bare.trim())) return bare.trim();
  }
  return NAME_ROLE.exec(rest)?.[1]?.trim() ?? "";
}

// a Chinese byline: "作者：张三", "记者：张三 李四" (an editor, 责任编辑, is no author); Han names have no capitals to
// find them by, so only the label and two to four characters a name make it
const HAN_NAME = String.raw`[\p{Script=Han}·]{2,4}`;
const HAN_BYLINE = new RegExp(
  String.raw`^(?:作者|记者|撰文|文)\s*[：:]\s*(${HAN_NAME}(?:[\s、，,]+${HAN_NAME}){0,3})\s*$`,
  "u",
);

const DATE_DASH_NAME = /^\d{1,2}\.\d{1,2}\.\d{4}\s+[-–|]\s+(\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})$/u;

// a copyright line of a person's name alone (organisations and sites carry more words, or GmbH, AG ...)
const COPYRIGHT_NAME =
  /^(?:[Cc]opyright\s*)?(?:©|\([Cc]\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\.?$/u;

export function paragraphByline(p: Element): string {
  // what follows a bar is the date or the section: "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45"
  const full = cleanSpace(shortText(p, 200));
  // "11.12.2019 - Amelie Loevenich": a numeric date, a dash and a name, and nothing else
  const dateName = DATE_DASH_NAME.exec(full);
  if (dateName) return datedList(p) ? "" : dateName[1]!;
  // "© 2019 Sven Schreivogel" closing a post: the person who holds the text's copyright wrote it (a paragraph of
  // its own; a credit under a picture names the photographer)
  const copyright = COPYRIGHT_NAME.exec(full);
  if (copyright && p.localName === "p" && !inFigure(p)) return copyright[1]!;
  const text = full.split(/\s[|•]\s/)[0]!;
  const labelled = text.length <= 140 ? labelledByline(text) : "";
  if (labelled) return labelled;
  const chinese = HAN_BYLINE.exec(text);
  if (chinese) return chinese[1]!;
  if (text.length > 60 || !/von|by|par|por|aut|від/i.test(text)) return "";
  // "06.11.2023 13:30 von Olga": a date, then the name
  const dated = DATED_BYLINE.exec(text);
  if (dated) return dated[1]!;
  const cut = text.replace(TAIL, "");
  return (PARAGRAPH_BYLINE.exec(cut) ?? SOLO_BYLINE.exec(cut))?.[1] ?? "";
}

/** A line among others that open with a date: a list of events or releases ("17.11.2022 - Buntspecht"), no byline. */
function datedList(p: Element): boolean {
  const siblings = p.parentElement ? Array.from(p.parentElement.children) : [];
  const i = siblings.indexOf(p);
  return [siblings[i - 1], siblings[i + 1]].some(
    (s) => s && /^\d{1,2}\.\d{1,2}\.\d{4}/.test(cleanSpace(shortText(s, 40))),
  );
}

/** Under a picture: in a <figure>, its caption, or a block named for a caption, credit or photo. */
export function inFigure(el: Element): boolean {
  for (let a = el.parentElement, i = 0; a && i < 4; a = a.parentElement, i++)
    if (
      a.localName === "figure" ||
      a.localName === "figcaption" ||
      /caption|credit|photo|image/i.test(a.getAttribute("class") ?? "")
    )
      return true;
  return false;
}
