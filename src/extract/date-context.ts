// A date found in a text → whether it is the text's own date line or a date the text talks about: one inside a
// sentence, after "since" or "until", labelled as an update, the day a cited source was read, an example, or an
// appointment.

/**
 * A paragraph this long may be prose; a date inside one of its sentences is one the story talks about, not its date
 * line. (120 until session 20: a short paragraph's cited date, "…підписали ще 3 березня 2023 року в Анкарі", then
 * dated a page whose own date line stood below the story.)
 */
export const PROSE = 60;
/** A date this near a paragraph's start is its date line ("Hamburg, 2. Dezember 2022 –", "27.1.2022 - Bei ..."). */
const LINE_START = 60;

/**
 * Lower-case words a sentence has before a date and a date line does not: a byline or dateline is mostly names
 * and labels ("KRAMATORSK, Donetsk region, eastern Ukraine (Reuters), Tuesday", "Von Tobias Kuske und Petra Ruland,
 * Korrespondenten in Washington"), a sentence has verbs, articles and common nouns.
 */
const SENTENCE_WORDS = 4;

/**
 * The date at `at` stands well inside the paragraph that starts at `start`, after words that read as a sentence
 * ("Das Bundesgericht kassiert ein Urteil ... vom 24.01.2020"): one the story cites, not its date line.
 */
export function inSentence(text: string, start: number, at: number): boolean {
  const lower = text.slice(start, at).match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)?.length ?? 0;
  // near the start, only a run of words no date line has ("Угоду про транзит, за словами міністра, підписали ще")
  return at < start + LINE_START ? lower >= SENTENCE_WORDS + 3 : lower >= SENTENCE_WORDS;
}

/**
 * A date that follows "since", "until" or ends a range ("21. und 22. Mai 2022") is one the story talks about, not
 * the date line; "on", "am", "le", "vom" are left out because date lines use them ("Publié le", "Mitteilung vom"),
 * and so are Russian "от" and Ukrainian "від", which mean "dated" before a date ("Новость от 03.03.2025"). A time
 * before a dash ("10:45 - 03.03.2025") is a date line's time, not a range's first day.
 */
const TALKED_ABOUT =
  /(?:(?<![\p{L}])(?:seit|bis|ab|since|from|until|till|depuis|jusqu'au|desde|hasta|dal|fino al|od|з|с|до|із)(?:\s+(?:dem|den|zum|the))?|(?<!:\d)\d\.?\s*(?:und|bis|and|to|et|au|y|al|e|и|і|-|–|—))\s*$/iu;

/** A date labelled as an update ("Update vom 03. Mai", "Оновлено:") is not when the story came out. */
const UPDATED =
  /(?<![\p{L}])(?:update[ds]?|last updated|aktualisiert|letzte änderung|geändert|mis à jour|actualizado|actualización|aggiornato|обновлено|оновлено|güncellendi|güncelleme|zaktualizowano|aktualizováno)[^\p{L}\d]*(?:\p{L}+\s*){0,2}[^\p{L}\d]*$/iu;

/**
 * Chinese, Japanese and Korean update labels ("更新时间：", "最終更新日：", "수정 "): these scripts do not part words
 * with spaces, so the label may follow other letters. Japanese and Korean also put the label after the date and its
 * time ("2024年5月18日 10:30 更新"), where a page prints its publication date the same way ("2024年5月17日 公開").
 */
const UPDATED_CJK = /(?:更新|修改|수정|업데이트)[^\d\n]{0,6}$/u;
const UPDATED_AFTER = /^\s*(?:\d{1,2}[:：]\d{2}\s*)?(?:に)?(?:更新|修正|수정|업데이트)/u;

/**
 * The day a cited source was read ("Zugriff am 20.05.2018", "Abgerufen am", "accessed 3 May 2021", "consulté le",
 * "дата обращения"): references and footnotes carry it, never the page's own date.
 */
const ACCESSED =
  /(?<![\p{L}])(?:zugriff(?:\s+am)?|zugegriffen\s+am|abgerufen(?:\s+am)?|aufgerufen\s+am|accessed(?:\s+on)?|retrieved(?:\s+on)?|last\s+visited|consulté\s+le|consultado\s+(?:el|em)|visitato\s+il|consultato\s+il|dostęp|geraadpleegd\s+op|дата\s+обращения|дата\s+звернення|erişim(?:\s+tarihi)?)\s*[:.,]?\s*$/iu;

/** A date given as an example of how to write one ("z.B.: 9.9.2019", "e.g. 3 May 2021", "например"). */
const EXAMPLE =
  /(?<![\p{L}])(?:z\.\s?b\.|zum beispiel|beispielsweise|e\.\s?g\.|for example|for instance|par exemple|p\.\s?ex\.|por ejemplo|p\.\s?ej\.|ad esempio|ad es\.|bijvoorbeeld|bv\.|np\.|na przykład|например|наприклад|напр\.|örneğin)\s*[:,]?\s*$/iu;

/**
 * A date followed by a span of hours ("Sa., 22.01.2022, 9:00 – 17:00", "3 May 2022, 10:00-12:00") is an
 * appointment in a list of events: a page's own date line gives one time, never a span.
 */
const HOURS_SPAN =
  /^[,\s]*(?:\p{L}{1,4}\.?\s*)?\d{1,2}[:.]\d{2}\s*(?:uhr|h|am|pm)?\s*(?:[-–—]|bis|to|à|a)\s*\d{1,2}[:.]\d{2}/iu;

/**
 * A date line whose date is labelled as an update ("Updated 14 May", "Обновлено вчера, 14:30"): the label stands
 * before the line's first digit, or is the whole of a line without one ("Обновлено вчера").
 */
export function updateLine(line: string): boolean {
  const digit = line.search(/\d/);
  const before = (digit < 0 ? line : line.slice(0, digit)).slice(-30);
  return UPDATED.test(before) || UPDATED_CJK.test(before);
}

/**
 * The date `d` found in `text` is one the text talks about, not when it was written: after "since" or "until",
 * labelled as an update (before it, or after it in Chinese, Japanese and Korean), the day a source was read, an
 * example, or an appointment with its hours.
 */
export function talkedAbout(text: string, d: { index: number; length: number }): boolean {
  const at = d.index;
  const before = text.slice(Math.max(0, at - 30), at);
  return (
    TALKED_ABOUT.test(text.slice(Math.max(0, at - 12), at)) ||
    UPDATED.test(before) ||
    UPDATED_CJK.test(before) ||
    UPDATED_AFTER.test(text.slice(at + d.length, at + d.length + 20)) ||
    ACCESSED.test(before) ||
    EXAMPLE.test(before) ||
    HOURS_SPAN.test(text.slice(at + d.length, at + d.length + 30))
  );
}
