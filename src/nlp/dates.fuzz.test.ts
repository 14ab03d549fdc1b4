// Fuzz: nlp's date finder (chrono plus our rules) never crashes or hangs on any text or article date, and every
// mention it returns points at its own text, inside one sentence, with a value at a real precision.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzz } from "../../test/fuzz/fuzz-harness.ts";
import { findDates, tokenize } from "./index.ts";

const PIECES = [
  "on Monday",
  "last week",
  "mid-2025",
  "early March",
  "late June 2024",
  "in 2023",
  "since 2014",
  "the end of 2022",
  "yesterday",
  "next Tuesday",
  "3 March 2025",
  "March 3",
  "2025-06-30",
  "12/31/2024",
  "31.12.2024",
  "two days ago",
  "between 2019 and 2021",
  "Feb 30",
  "February 29, 2023",
  "in 9999",
  "in 0000",
  "at noon",
  "Q3 2024",
  "the 1990s",
  "Russia signed a deal",
  "Kazakhstan said",
  ".",
  ",",
  "!",
  "\n\n",
  "—",
  "Mr.",
  "U.S.",
  "\u00a0",
  "2025",
  "summer 2020",
  "winter",
  "12th",
  "of",
  "the",
  "week",
  "weekend",
  "in the coming months",
  "within hours",
];

const sentenceText = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...PIECES),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: -50, max: 3000 }).map(String),
      ),
      {
        maxLength: 60,
      },
    )
    .map((p) => p.join(" ")),
  fc.string({ maxLength: 400, unit: "grapheme" }),
);
const articleDate = fc.option(
  fc.oneof(
    fc
      .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.constantFrom("2025-02-30", "2025-13-01", "0000-00-00", "2025-06-30T99:99", "not a date", ""),
    fc.string({ maxLength: 20 }),
  ),
  { nil: undefined },
);

test("nlp findDates: random and date-dense text, any article date; mentions are well-formed", (t) => {
  // Load wink's model and chrono before the clock runs: the first case must not pay the load on a busy machine.
  findDates("Talks resumed on 3 March 2025.", tokenize("Talks resumed on 3 March 2025.").sentences);
  fuzz(
    t,
    "nlp.findDates",
    fc.tuple(sentenceText, articleDate),
    ([text, date]) => {
      const { sentences } = tokenize(text);
      for (const m of findDates(text, sentences, date)) {
        assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length);
        assert.equal(m.text, text.slice(m.start, m.end));
        assert.ok(m.sentence >= 0 && m.sentence < sentences.length);
        assert.match(
          m.value,
          /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
          `value ${m.value} for "${m.text}"`,
        );
      }
    },
    { budgetMs: 5000 },
  );
});

// The fuzzer found chrono reading "0000 12/31" as year 0 (rendered "0-12-31"); findDates now drops such values.
test("regression the fuzzer found: chrono's year 0 never becomes a mention value", () => {
  const text = "in 0000 12/31/2024";
  for (const m of findDates(text, tokenize(text).sentences)) assert.match(m.value, /^[1-9]\d{3}/, m.value);
});
