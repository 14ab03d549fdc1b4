// Fuzz: the GDELT and UN-vote importers' line and table parsers never crash on mutated or random files; every row is
// an event, a skip or a bad line with a reason, and everything they accept is a well-formed record.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { fuzz, mutated } from "../../test/fuzz/fuzz-harness.ts";
import { QUADS } from "../domain/index.ts";
import { parseGdelt, parseGdeltLine } from "./gdelt-events.ts";
import { parseCsv } from "./unga-csv.ts";
import { normaliseDate, parseIdealPoints, parseResolutions, parseVotes, parseVoteValue } from "./unga-votes.ts";

const fixture = (path: string) => {
  const buf = readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url));
  return (path.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
};
const GDELT = fixture("gdelt/20201130.export.CSV");
const GDELT_LINES = GDELT.split("\n").filter((l) => l.trim());

/** A real calendar day: 2023-02-30 is not one, whatever its shape. */
function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

const fieldValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "RUS",
    "USA",
    "EUR",
    "IGO",
    "NGO",
    "0",
    "-0",
    "1e3",
    "NaN",
    "Infinity",
    "-11",
    "10.0001",
    "20240230",
    "20241301",
    "99999999",
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "190",
    "0190",
    "2101",
    "\u0000",
    "http://x",
    "javascript:alert(1)",
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

/** A real GDELT row with a few of its 61 fields replaced, some columns added or dropped. */
const gdeltLine = fc
  .tuple(
    fc.constantFrom(...GDELT_LINES),
    fc.array(fc.tuple(fc.nat(70), fieldValue), { maxLength: 6 }),
    fc.integer({ min: -4, max: 4 }),
  )
  .map(([line, edits, extra]) => {
    const f = line.split("\t");
    for (const [i, v] of edits) f[i % f.length] = v;
    if (extra < 0) f.splice(f.length + extra, -extra);
    else for (let i = 0; i < extra; i++) f.push("x");
    return f.join("\t");
  });

test("GDELT line parser: mutated rows and random text are events, skips or bad lines with a reason", (t) => {
  const check = (line: string) => {
    const r = parseGdeltLine(line);
    if ("event" in r) {
      const e = r.event;
      assert.ok(e.source && e.target && e.source !== e.target);
      assert.match(e.cameo, /^\d{2,4}$/);
      assert.ok((QUADS as readonly string[]).includes(e.quad));
      assert.ok(Number.isFinite(e.goldstein) && Math.abs(e.goldstein) <= 10);
      assert.ok(isRealDay(e.when!), `not a real day: ${e.when}`);
      assert.ok(e.confidence > 0 && e.confidence <= 1);
      if (e.url) assert.match(e.url, /^https?:\/\//);
    } else if ("bad" in r) assert.ok(r.bad.length > 0);
    else assert.equal(r.skip, "no-dyad");
  };
  fuzz(t, "gdelt.parseGdeltLine/mutated-row", gdeltLine, check);
  fuzz(t, "gdelt.parseGdeltLine/random", fc.string({ maxLength: 600 }), check);
  fuzz(
    t,
    "gdelt.parseGdelt/mutated-file",
    mutated([GDELT], fc.oneof(fc.string(), gdeltLine, fc.constantFrom("\r\n", "\t", "\n\n"))),
    (text) => {
      const r = parseGdelt(text);
      assert.ok(r.events.length + r.skipped + r.bad.length === r.lines);
      for (const b of r.bad) assert.ok(b.line >= 1 && b.reason);
    },
  );
});

const RESOLUTIONS = fixture("unga/resolutions.csv");
const VOTES = fixture("unga/votes.csv.gz").slice(0, 20_000);
const VOETEN = fixture("unga/voeten/UNVotes-sample.csv");
const IDEAL = fixture("unga/voeten/IdealPoints-sample.csv");
const csvInsert = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '"',
    '""',
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\ufeff",
    "ccode",
    "vote",
    "date",
    "9",
    "2024-02-30",
    "13/13/2020",
    "__proto__",
    "constructor",
    "toString",
  ),
);

test("UN vote tables: mutated and random CSV gives votes, bad rows with file:line, or a BAD_INPUT AppError", (t) => {
  const validVote = (v: { resolution: string; date: string; country: string; vote: string }) => {
    assert.ok(v.resolution.trim());
    assert.ok(isRealDay(v.date), `not a real day: ${v.date}`);
    assert.match(v.country, /^[A-Z]{3}$/);
    assert.ok(["Y", "N", "A", "X"].includes(v.vote));
  };
  fuzz(
    t,
    "unga.parseCsv",
    fc.oneof(mutated([RESOLUTIONS, VOETEN, IDEAL], csvInsert), fc.string({ maxLength: 400 })),
    (text) => {
      const table = parseCsv(text);
      assert.equal(table.rows.length, table.lines.length);
      for (let i = 1; i < table.lines.length; i++) assert.ok(table.lines[i]! > table.lines[i - 1]!);
    },
  );
  const dates = parseResolutions(parseCsv(RESOLUTIONS), "resolutions.csv");
  fuzz(t, "unga.parseVotes", mutated([VOTES, VOETEN], csvInsert), (text) => {
    const r = parseVotes(parseCsv(text), "votes.csv", dates);
    for (const v of r.votes) validVote(v);
    for (const b of r.bad) assert.match(b.where, /^votes\.csv:\d+$/);
  });
  fuzz(t, "unga.parseResolutions", mutated([RESOLUTIONS], csvInsert), (text) => {
    for (const d of parseResolutions(parseCsv(text), "resolutions.csv").values()) assert.ok(isRealDay(d), d);
  });
  fuzz(t, "unga.parseIdealPoints", mutated([IDEAL], csvInsert), (text) => {
    for (const p of parseIdealPoints(parseCsv(text), "ideal.csv")) {
      assert.match(p.country, /^[A-Z]{3}$/);
      assert.ok(Number.isInteger(p.year) && Number.isFinite(p.value));
    }
  });
  fuzz(t, "unga.normaliseDate+parseVoteValue", fc.oneof(fc.string({ maxLength: 20 }), csvInsert), (s) => {
    const d = normaliseDate(s);
    if (d !== undefined) assert.ok(isRealDay(d), `normaliseDate(${JSON.stringify(s)}) = ${d}`);
    const v = parseVoteValue(s);
    if (v !== undefined) assert.ok(["Y", "N", "A", "X", "member"].includes(v));
  });
});

test("regressions the fuzzer found: impossible days, prototype keys, negative source counts", () => {
  const row = GDELT_LINES[0]!.split("\t");
  const withField = (i: number, v: string) => parseGdeltLine(row.map((f, j) => (j === i ? v : f)).join("\t"));
  assert.ok("bad" in withField(1, "20240230"), "GDELT SQLDATE 2024-02-30 must be a bad line");
  assert.ok("event" in withField(1, "20240229"), "a leap day is a real day");
  const negative = withField(32, "-3");
  assert.ok("event" in negative && negative.event.confidence > 0);
  const group = withField(8, "constructor");
  assert.ok(!("event" in group) || typeof group.event.source === "string");
  assert.equal(normaliseDate("2024-02-30"), undefined);
  assert.equal(normaliseDate("2023-13-01"), undefined);
  assert.equal(normaliseDate("2024/2/29"), "2024-02-29");
  for (const key of ["__proto__", "constructor", "toString"]) assert.equal(parseVoteValue(key), undefined);
});
