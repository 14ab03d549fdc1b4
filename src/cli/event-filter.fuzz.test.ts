// Fuzz: the CLI's event filter parser accepts only well-formed filters and refuses everything else with a BAD_OPTION
// AppError naming the option, whatever the user types.
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { fuzz } from "../../test/fuzz/fuzz-harness.ts";
import { AppError, isActorCode, QUADS } from "../domain/index.ts";
import { parseEventFilter, type RawEventFilter } from "./event-filter-options.ts";

const hostile = fc.constantFrom(
  "RUS' OR '1'='1",
  "RUS; DROP TABLE events;--",
  "%",
  "_",
  "\\",
  "\u0000",
  "💥",
  "__proto__",
  "constructor",
  "RUS:AZE:GEO",
  ":",
  "rus",
  " eu ",
  "2024-13",
  "2024-02-30",
  "20240101",
  "1",
  "99999",
  "190",
  "verbal-conflict",
  "gdelt",
  "orbit",
  "x".repeat(201),
  "NATO",
  "A1",
  "Z9Z9Z9Z9Z9Z",
);
const junk = fc.oneof(hostile, fc.string({ maxLength: 30 }), fc.string({ maxLength: 300, unit: "binary" }));
/** Mostly well-formed values, so the accepting paths run too; junk often enough that every check is tried. */
const either = (good: fc.Arbitrary<string>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: junk, weight: 1 });
const actor = fc.oneof(
  fc.constantFrom("RUS", "aze", " eu ", "NATO", "WEST", "A1", "G7", "CENTRAL_ASIA", "WESTERN_BALKANS"),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{1,9}(?:_[A-Za-z0-9]{1,5})?$/),
);
const day = fc.oneof(
  fc
    .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 1990, max: 2030 }).map(String),
);
const raw: fc.Arbitrary<RawEventFilter> = fc.record(
  {
    actor: either(actor),
    dyad: either(fc.tuple(actor, actor).map(([a, b]) => `${a}:${b}`)),
    symmetric: fc.boolean(),
    cameo: either(fc.stringMatching(/^\d{2,4}$/)),
    quad: either(fc.constantFrom(...QUADS)),
    since: either(day),
    until: either(day),
    text: either(fc.string({ maxLength: 220 })),
    article: either(fc.string({ maxLength: 40 })),
    origin: either(fc.constantFrom("orbit", "gdelt")),
  },
  { requiredKeys: [] },
);

test("parseEventFilter: any options give a valid filter or a BAD_OPTION naming the option", (t) => {
  fuzz(t, "cli.parseEventFilter", raw, (options) => {
    let filter: ReturnType<typeof parseEventFilter>;
    try {
      filter = parseEventFilter(options);
    } catch (err) {
      assert.ok(err instanceof AppError && err.code === "BAD_OPTION", String(err));
      assert.ok(err.where, "the error names the option");
      throw err;
    }
    for (const code of [filter.actor, filter.dyad?.source, filter.dyad?.target])
      if (code !== undefined) assert.ok(isActorCode(code) && code === code.toUpperCase(), code);
    if (filter.cameo) assert.match(filter.cameo, /^\d{2,4}$/);
    if (filter.quad) assert.ok((QUADS as readonly string[]).includes(filter.quad));
    for (const d of [filter.since, filter.until]) if (d) assert.match(d, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (filter.since && filter.until) assert.ok(filter.since <= filter.until);
    if (filter.text) assert.ok(filter.text.length <= 200);
    if (filter.origin) assert.ok(filter.origin === "orbit" || filter.origin === "gdelt");
  });
});
