import assert from "node:assert/strict";
import { test } from "node:test";
import { findDates, isoDate, labelledDate, parseMachineDate, printsDayFirst } from "./parse-date.ts";

const first = (s: string) => findDates(s, 1)[0]?.date;

test("written dates in many languages", () => {
  assert.equal(first("Berlin, August 1, 2025 — analysts say"), "2025-08-01");
  assert.equal(first("Veröffentlicht am 17. Mai 2024 um 10:00"), "2024-05-17");
  assert.equal(first("publié le 3 mars 2023"), "2023-03-03");
  assert.equal(first("12 de diciembre de 2021"), "2021-12-12");
  assert.equal(first("pubblicato il 5 giugno 2020"), "2020-06-05");
  assert.equal(first("Опубликовано 17 мая 2024 года"), "2024-05-17");
  assert.equal(first("Оновлено 3 травня 2023, 12:40"), "2023-05-03");
  assert.equal(first("Opublikowano 9 września 2022"), "2022-09-09");
  assert.equal(first("on 1st March 2019"), "2019-03-01");
});

test("a slashed date reads day first on a page in any language but US English; machine values stay month first", () => {
  assert.equal(findDates("Brasília 03/05/2022 21:44", 1, true)[0]?.date, "2022-05-03");
  assert.equal(findDates("Brasília 03/05/2022 21:44", 1)[0]?.date, "2022-03-05");
  // no such month: the other order
  assert.equal(findDates("25/12/2022", 1)[0]?.date, "2022-12-25");
  assert.equal(findDates("12/25/2022", 1, true)[0]?.date, "2022-12-25");
  assert.equal(labelledDate("Publicado: 03/05/2022", true), "2022-05-03");
  // a German site's <meta name="date" content="11/01/2023 12:43:42"> was written by US-locale software
  assert.equal(parseMachineDate("11/01/2023 12:43:42"), "2023-11-01");
  for (const lang of ["pt-BR", "de", "es_AR", "fr", "en-GB", "ru"]) assert.equal(printsDayFirst(lang), true, lang);
  for (const lang of ["en", "en-US", "EN_us", undefined, ""]) assert.equal(printsDayFirst(lang), false, String(lang));
  // a lang value that names no language says nothing about the page
  for (const lang of ["{{lang}}", "und", "x-default", "<?php echo $lang ?>"])
    assert.equal(printsDayFirst(lang), false, lang);
});

test("numeric dates: ISO, German dots, slashes", () => {
  assert.equal(first("2024-05-17T10:00"), "2024-05-17");
  assert.equal(first("Stand: 17.05.2024"), "2024-05-17");
  assert.equal(first("posted 11/18/2019"), "2019-11-18");
  assert.equal(first("posted 18/11/2019"), "2019-11-18");
});

test("impossible dates are rejected", () => {
  assert.equal(isoDate(2023, 2, 30), undefined);
  assert.equal(first("version 3.14.15 and 31.02.2020"), undefined);
  assert.equal(first("call 1234-56-78"), undefined);
});

test("machine dates from metadata", () => {
  assert.equal(parseMachineDate("2019-11-18T23:30:00-05:00"), "2019-11-18");
  assert.equal(parseMachineDate("20191118"), "2019-11-18");
  assert.equal(parseMachineDate("Tue, 19 Nov 2019 08:00:00 GMT"), "2019-11-19");
  assert.equal(parseMachineDate("1574150400"), "2019-11-19");
  assert.equal(parseMachineDate("soon"), undefined);
});

test("CJK written dates", () => {
  assert.equal(first("2019年6月24日 12時"), "2019-06-24");
  assert.equal(first("2023년 11월 7일"), "2023-11-07");
  // Korean (and Hungarian) dotted dates put a space after each dot; before, the tail "2. 5. 11" of the date and its
  // hour was read day-month-year: 2011-05-02
  assert.equal(first("입력 2023. 2. 5. 11:40"), "2023-02-05");
  assert.equal(first("2019. 10. 03."), "2019-10-03");
});

test("a two-digit year is never an hour", () => {
  assert.equal(first("2. 5. 11:40"), undefined);
  assert.equal(first("2. 5. 11, 11:40"), "2011-05-02");
});

test("the first date is the first in the text, whatever pattern matched it", () => {
  // the numeric dates come later in the text but from an earlier pattern: position decides
  const text = "Am 22. Mai 2022 öffnet die Messe. 11.01.2022, 09:50 Uhr / Aktualisiert am 21.01.2022";
  assert.equal(first(text), "2022-05-22");
  assert.deepEqual(
    findDates(text, 3).map((d) => d.date),
    ["2022-05-22", "2022-01-11", "2022-01-21"],
  );
});

test("labelled publication dates: a label of its own or a byline", () => {
  assert.equal(
    labelledDate("Am 23.08.2017 fahren wir hin. Gespeichert von rasos am 24. Juli 2017 - 18:55"),
    "2017-07-24",
  );
  assert.equal(labelledDate("See you on 3 May 2021. Submitted by admin on 12 April 2021"), "2021-04-12");
  assert.equal(labelledDate("Зустріч 3 травня 2024. Опубліковано: 17 травня 2024"), "2024-05-17");
  assert.equal(labelledDate("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023"), "2023-11-01");
  // a book's release date is no label of the page's
  assert.equal(labelledDate("Verlag: Heyne. Erscheinungsdatum: 14.08.2017"), undefined);
});

test("month names of the region and beyond, genitive and nominative, with year marks", () => {
  assert.equal(first("Київ, 1 серпня 2025 р. — уряд заявив"), "2025-08-01");
  assert.equal(first("Москва, 1 августа 2025 г."), "2025-08-01");
  assert.equal(first("Минск, 1 жніўня 2025 г."), "2025-08-01");
  assert.equal(first("Мінск, 17 траўня 2024 г."), "2024-05-17");
  assert.equal(first("Тошкент, 17 сентябр 2024 йил"), "2024-09-17");
  assert.equal(first("Душанбе, 3 феврал 2025"), "2025-02-03");
  assert.equal(first("Aşgabat, 17 sentýabr 2024"), "2024-09-17");
  assert.equal(first("Astana, 17 qyrkúıek 2024 jyl"), "2024-09-17");
  assert.equal(first("Astana, 5 säuır 2025"), "2025-04-05");
  assert.equal(first("Улаанбаатар, 2024 оны 5-р сарын 17"), "2024-05-17");
  assert.equal(first("2024 оны 11 дүгээр сарын 3"), "2024-11-03");
  assert.equal(first("Астана, 12 қазан 2024"), "2024-10-12");
  assert.equal(first("Bakı, 3 avqust 2023"), "2023-08-03");
  assert.equal(first("Chișinău, 7 noiembrie 2022"), "2022-11-07");
  assert.equal(first("თბილისი, 9 აგვისტო 2021"), "2021-08-09");
  assert.equal(first("Երևան, 5 օգոստոսի 2020"), "2020-08-05");
  assert.equal(first("Beograd, 14. septembar 2023"), "2023-09-14");
  assert.equal(first("София, 2 юни 2024"), "2024-06-02");
  assert.equal(first("Helsinki 1. elokuuta 2025"), "2025-08-01");
  assert.equal(first("Ankara, 1 Ağustos 2025 Cuma"), "2025-08-01");
  assert.equal(first("Budapest, 2025. augusztus 1."), "2025-08-01");
  assert.equal(first("Vilnius, 2025 m. rugpjūčio 1 d."), "2025-08-01");
  assert.equal(first("Αθήνα, 1 Αυγούστου 2025"), "2025-08-01");
  assert.equal(first("01.08.2025, 14:30"), "2025-08-01");
  // an English modal is not a month when a bare year precedes it
  assert.equal(first("in 2024 may 12 firms merge"), undefined);
  // nor is Portuguese "tem" (has) between two numbers, though Turkish shortens July so ("Tem")
  assert.equal(first("O bairro 12 tem 2000 moradores"), undefined);
});

test("a year with its mark written on to it ('2025р.', '2025г.', '2025ж.', '2025թ.', '2025წ.')", () => {
  // before session 23 none of these was read: the year had to end its word. "2025ж. 12 наурыз" even dated a page
  // by the yearless "12 наурыз" and the current year
  assert.equal(first("Київ, 12 березня 2025р., 14:20"), "2025-03-12");
  assert.equal(first("Опубліковано 12.03.2025р."), "2025-03-12");
  assert.equal(first("Москва, 12 марта 2025г. 14:20"), "2025-03-12");
  assert.equal(first("12.03.2025г."), "2025-03-12");
  assert.equal(first("Астана, 12.03.2025ж."), "2025-03-12");
  assert.equal(first("Астана, 2025ж. 12 наурыз"), "2025-03-12");
  assert.equal(first("Երևան, 12 մարտի 2025թ."), "2025-03-12");
  assert.equal(first("2025թ. մարտի 12"), "2025-03-12");
  assert.equal(first("თბილისი, 12 მარტი 2025წ."), "2025-03-12");
  assert.equal(first("2025წ. 12 მარტი"), "2025-03-12");
  // a word that only starts with such a letter is no mark
  assert.equal(first("12 марта 2025году"), undefined);
});
