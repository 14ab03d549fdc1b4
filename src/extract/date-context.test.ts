import assert from "node:assert/strict";
import { test } from "node:test";
import { inSentence, talkedAbout } from "./date-context.ts";
import { findDates } from "./parse-date.ts";

/** Whether the first date of `text` is one the text talks about. */
const talked = (text: string) => {
  const d = findDates(text, 1, true)[0];
  assert.ok(d, `no date in ${text}`);
  return talkedAbout(text, d);
};

test("the day a cited source was read is no date line, in several languages", () => {
  for (const t of [
    "Journal für Psychologie. Abgerufen am 09.11.2022",
    "www.zfdg.de/sonderband/2, Zugriff am 20.05.2018.",
    "Retrieved 3 May 2021 from the archive",
    "BBC News, accessed on 12 March 2020",
    "Le Monde, consulté le 4 mars 2021",
    "Коммерсант (дата обращения: 17.05.2024)",
    "Українська правда (дата звернення: 17.05.2024)",
  ])
    assert.ok(talked(t), t);
});

test("an example of how to write a date, and an appointment with its hours, are no date lines", () => {
  for (const t of [
    "Datumsangaben ohne Abstand (z.B.: 9.9.2019)",
    "Write dates in full, e.g. 3 May 2021",
    "Укажите дату, например 17.05.2024",
    "Workshop Sa., 22.01.2022, 9:00 – 17:00",
    "Open day 3 May 2022, 10:00-12:00",
  ])
    assert.ok(talked(t), t);
  // a date line with one time, or a dateline, is the page's own
  for (const t of [
    "Veröffentlicht am 22.01.2022, 9:00 Uhr",
    "Kyiv, 17 May 2024 – The ministry said",
    "Publié le 4 mars 2021 à 10:00",
  ])
    assert.ok(!talked(t), t);
});

test("a date well inside a sentence of its paragraph is one the text cites; one opening the paragraph is not", () => {
  const p =
    "Was allerdings die Genehmigungsmöglichkeiten anbelangt, so dürften die durch die am 28.07.2022 veröffentlichten";
  assert.ok(inSentence(p, 0, p.indexOf("28.07")));
  const line = "Hamburg, den 02. Dezember 2022 – Nordex und das Fraunhofer IWES intensivieren die Zusammenarbeit";
  assert.ok(!inSentence(line, 0, line.indexOf("02.")));
  // near the paragraph's start only a long run of sentence words makes it a sentence
  const near = "Угоду про транзит, за словами міністра, підписали ще 3 березня 2023 року";
  assert.ok(inSentence(near, 0, near.indexOf("3 березня")));
  const byline = "Автор: Иван Петров, специальный корреспондент, 17 мая 2024";
  assert.ok(!inSentence(byline, 0, byline.indexOf("17 мая")));
});

test("a date after Russian 'от' or Ukrainian 'від' (dated), or after a time and a dash, is a date line", () => {
  for (const t of [
    "Новость от 03.03.2025",
    "Новина від 3 березня 2025",
    "10:45 - 03.03.2025",
    "Київ, 10:45 – 3 березня 2025",
  ])
    assert.ok(!talked(t), t);
  // "since", "until" and a range's last day still are dates the text talks about
  for (const t of ["Действует с 03.03.2025", "Діє до 3 березня 2025", "Tagung am 21. - 22. Mai 2022"])
    assert.ok(talked(t), t);
});

test("Chinese, Japanese and Korean update labels, before the date or after it", () => {
  // before: only labels set off by spaces before the date were read, so a page printing its update first was dated by it
  for (const t of [
    "最終更新日：2024年5月18日",
    "更新时间：2024-05-18 10:20",
    "수정 2024.05.18 09:00",
    "2024年5月18日 10:30 更新",
  ])
    assert.ok(talked(t), t);
  for (const t of ["2024年5月17日 公開", "发布时间：2024-05-17 10:20", "입력 2024.05.17 10:20"])
    assert.ok(!talked(t), t);
});
