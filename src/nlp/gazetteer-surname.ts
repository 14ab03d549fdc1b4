// Which word of a person's listed name is their surname, the word news names them by after a title or a first full
// mention ("President Lee", "Marcos said"). Mostly the last word; but Chinese and Korean names put the surname first
// in English too ("Xi Jinping", "Lee Jae-myung", "Kim Jong Un", "Lai Ching-te"), and a generational suffix after the
// surname is no surname ("Ferdinand Marcos Jr.", "King Abdullah II").
import { type GazToken, gazTokens } from "./gazetteer-tokens.ts";

/**
 * States whose people English news names surname first. Hong Kong and Macau are left out: their officials often go
 * by an English given name before the surname ("John Lee", "Carrie Lam").
 */
const SURNAME_FIRST = new Set(["CHN", "TWN", "KOR", "PRK"]);

/**
 * One syllable, as Chinese and Korean surnames are romanised ("Xi", "Wang", "Huang", "Lee", "Park", "Choe"). Hong
 * Kong and Macau officials are listed under China with an English given name first ("Ambrose Lee", "Michael Suen",
 * "Rita Fan"): that word is no surname, or "Prince Michael" would be Hong Kong's secretary. A hyphenated given name
 * after the first word ("Ahn Gyu-back") marks the order too.
 */
const ONE_SYLLABLE = /^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|rk|[hklmnprt])?$/i;

/**
 * English given names of one syllable that Hong Kong and Macau officials listed under China go by ("York Chow",
 * "Mark Chen"): none is a Chinese or Korean surname (Sam is one: Macau's "Sam Hou Fai"), so the name is read given name first and "Minister
 * York" names no one, while "Minister Chow" names him.
 */
const ENGLISH_GIVEN = new Set(
  (
    "york paul mark sean tom ken ray roy rex joe jim bob ted ben max guy neil dean carl matt rick jack fred " +
    "jean joan ann anne kate ruth rose jane grace"
  ).split(" "),
);

/** Generational suffixes that may end a name after the surname; a regnal number too ("Pope Leo XIV", "Charles III"). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const REGNAL = /^[ivxl]{2,}$/;

/**
 * The surname token of the name `name` of a person of state `code`, or undefined when it is too short to be one (an
 * initial). A surname written first may have two letters ("Li Qiang", "Hu Jintao"); a last word needs three.
 */
export function surnameOf(name: string, code: string): GazToken | undefined {
  const toks = gazTokens(name);
  while (
    toks.length > 1 &&
    (SUFFIXES.has(toks.at(-1)!.norm) || (REGNAL.test(toks.at(-1)!.norm) && toks.at(-1)!.shape === 2))
  )
    toks.pop();
  const first =
    toks.length > 1 &&
    SURNAME_FIRST.has(code) &&
    !ENGLISH_GIVEN.has(toks[0]!.norm) &&
    (ONE_SYLLABLE.test(name.slice(toks[0]!.start, toks[0]!.end)) || /\s\S+-\S/.test(name));
  const surname = first ? toks[0] : toks.at(-1);
  return surname && surname.end - surname.start > (first ? 1 : 2) ? surname : undefined;
}
