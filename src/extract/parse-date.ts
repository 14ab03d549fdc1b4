// Date strings in many shapes and languages → ISO "YYYY-MM-DD". Pure and deterministic (no clock).

const MONTHS: Record<string, number> = {};
// Full names and common abbreviations; Slavic languages list genitive ("мая", "травня", "maja") and nominative forms.
const MONTH_NAMES: string[][] = [
  [
    "january",
    "jan",
    "januar",
    "jänner",
    "janvier",
    "janv",
    "enero",
    "ene",
    "gennaio",
    "gen",
    "janeiro",
    "januari",
    "styczeń",
    "stycznia",
    "sty",
    "январь",
    "января",
    "янв",
    "січень",
    "січня",
    "ocak",
    "leden",
    "ledna",
  ],
  [
    "february",
    "feb",
    "februar",
    "feber",
    "février",
    "fevrier",
    "févr",
    "fév",
    "febrero",
    "febbraio",
    "fevereiro",
    "fev",
    "februari",
    "luty",
    "lutego",
    "lut",
    "февраль",
    "февраля",
    "фев",
    "лютий",
    "лютого",
    "şubat",
    "subat",
    "únor",
    "února",
  ],
  [
    "march",
    "mar",
    "märz",
    "maerz",
    "mars",
    "marzo",
    "março",
    "marco",
    "maart",
    "marzec",
    "marca",
    "март",
    "марта",
    "березень",
    "березня",
    "mart",
    "březen",
    "března",
    "mär",
  ],
  [
    "april",
    "apr",
    "avril",
    "avr",
    "abril",
    "abr",
    "aprile",
    "kwiecień",
    "kwietnia",
    "kwi",
    "апрель",
    "апреля",
    "апр",
    "квітень",
    "квітня",
    "nisan",
    "duben",
    "dubna",
  ],
  [
    "may",
    "mai",
    "mayo",
    "maggio",
    "mag",
    "maio",
    "mei",
    "maj",
    "maja",
    "май",
    "мая",
    "травень",
    "травня",
    "mayıs",
    "mayis",
    "květen",
    "května",
  ],
  [
    "june",
    "jun",
    "juni",
    "juin",
    "junio",
    "giugno",
    "giu",
    "junho",
    "czerwiec",
    "czerwca",
    "cze",
    "июнь",
    "июня",
    "июн",
    "червень",
    "червня",
    "haziran",
    "červen",
    "června",
  ],
  [
    "july",
    "jul",
    "juli",
    "juillet",
    "juil",
    "julio",
    "luglio",
    "lug",
    "julho",
    "lipiec",
    "lipca",
    "lip",
    "июль",
    "июля",
    "июл",
    "липень",
    "липня",
    "temmuz",
    "červenec",
    "července",
  ],
  [
    "august",
    "aug",
    "août",
    "aout",
    "agosto",
    "ago",
    "augustus",
    "sierpień",
    "sierpnia",
    "sie",
    "август",
    "августа",
    "авг",
    "серпень",
    "серпня",
    "ağustos",
    "agustos",
    "srpen",
    "srpna",
  ],
  [
    "september",
    "sep",
    "sept",
    "septembre",
    "septiembre",
    "setiembre",
    "settembre",
    "set",
    "setembro",
    "wrzesień",
    "września",
    "wrz",
    "сентябрь",
    "сентября",
    "сен",
    "вересень",
    "вересня",
    "eylül",
    "eylul",
    "září",
  ],
  [
    "october",
    "oct",
    "oktober",
    "okt",
    "octobre",
    "octubre",
    "ottobre",
    "ott",
    "outubro",
    "out",
    "październik",
    "października",
    "paź",
    "октябрь",
    "октября",
    "окт",
    "жовтень",
    "жовтня",
    "ekim",
    "říjen",
    "října",
  ],
  [
    "november",
    "nov",
    "novembre",
    "noviembre",
    "novembro",
    "listopad",
    "listopada",
    "lis",
    "ноябрь",
    "ноября",
    "ноя",
    "листопад",
    "листопада",
    "kasım",
    "kasim",
    "listopadu",
  ],
  [
    "december",
    "dec",
    "dezember",
    "dez",
    "décembre",
    "decembre",
    "déc",
    "diciembre",
    "dic",
    "dicembre",
    "dezembro",
    "grudzień",
    "grudnia",
    "gru",
    "декабрь",
    "декабря",
    "дек",
    "грудень",
    "грудня",
    "aralık",
    "aralik",
    "prosinec",
    "prosince",
  ],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

/** ISO date from parts, or undefined when they are not a real calendar date. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

const W = "(?<![\\p{L}\\p{N}])"; // start of a word
const E = "(?![\\p{L}\\p{N}])"; // end of a word
const PATTERNS: { re: RegExp; order: "ymd" | "dmy" | "mdy" | "dMy" | "Mdy" }[] = [
  { re: new RegExp(`${W}(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`, "gu"), order: "ymd" },
  // Chinese and Japanese 2019年6月24日, Korean 2019년 6월 24일
  { re: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, order: "ymd" },
  { re: new RegExp(`${W}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})${E}`, "gu"), order: "dmy" },
  { re: new RegExp(`${W}(\\d{1,2})/(\\d{1,2})/(\\d{4})${E}`, "gu"), order: "mdy" },
  { re: new RegExp(`${W}(\\d{1,2})-(\\d{1,2})-(\\d{4})${E}`, "gu"), order: "dmy" },
  {
    re: new RegExp(
      `${W}(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s*(?:de\\s+)?(\\d{4})${E}`,
      "giu",
    ),
    order: "dMy",
  },
  {
    re: new RegExp(`${W}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${E}`, "giu"),
    order: "Mdy",
  },
];

export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

/** Every full date (day, month, year) written in the text, in order of position. */
export function findDates(text: string, limit = 50): FoundDate[] {
  const out: FoundDate[] = [];
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    // each pattern's matches come in page order, so a per-pattern cap keeps the first `limit` of all of them
    let n = 0;
    for (let m = re.exec(text); m && n < limit * 2; m = re.exec(text)) {
      const [a, b, c] = [m[1]!, m[2]!, m[3]!];
      let date: string | undefined;
      if (order === "ymd") date = isoDate(+a, +b, +c);
      else if (order === "dmy") date = isoDate(+c, +b, +a);
      else if (order === "mdy") date = isoDate(+c, +a, +b) ?? isoDate(+c, +b, +a);
      else if (order === "dMy") date = isoDate(+c, monthNumber(b) ?? 0, +a);
      else date = isoDate(+c, monthNumber(a) ?? 0, +b);
      if (date) {
        out.push({ date, index: m.index, length: m[0].length });
        n++;
      }
    }
  }
  out.sort((x, y) => x.index - y.index);
  // overlapping matches of two patterns: keep the first (longer patterns are listed later, so prefer the longer)
  const kept: FoundDate[] = [];
  for (const d of out) {
    const prev = kept[kept.length - 1];
    if (prev && d.index < prev.index + prev.length) {
      if (d.length > prev.length) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept.slice(0, limit);
}

/** A machine date from metadata (ISO 8601, RFC 2822, epoch seconds/ms, or a written date) → YYYY-MM-DD. */
export function parseMachineDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    const d = new Date(ms);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return findDates(v, 1)[0]?.date;
}

// the label starts a word: "Erscheinungsdatum" (a book's release date) or "Änderungsdatum" is not a publication label
const LABEL =
  /(?<![\p{L}])(?:(?:datum|date|published|posted|publié|publiée|veröffentlicht|erschienen|erstellt|pubblicato|publicado|opublikowano|опубликовано|опубліковано|дата публикации|дата публікації|yayın tarihi|yayınlanma)\s*(?:am|on|le|il|el|:)?|(?:von|by|par|por|di|przez|от|від)\s+[\p{L}\p{N}._-]+(?:\s+[\p{L}\p{N}._-]+){0,2}\s+(?:am|on|le|el|il|,|\||-|–|—))\s*:?\s*$/iu;

/**
 * A date the page labels as the publication date ("Datum 12.01.2017", "Опубликовано: 17 мая 2024") or prints in
 * its byline ("Submitted by admin on", "Gespeichert von rasos am").
 */
export function labelledDate(text: string): string | undefined {
  for (const d of findDates(text, 100)) if (LABEL.test(text.slice(Math.max(0, d.index - 50), d.index))) return d.date;
  return undefined;
}
