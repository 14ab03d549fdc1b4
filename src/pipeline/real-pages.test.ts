// Real news pages must never crash a stage: a page may be refused with a reason (empty, binary, too large),
// but a programming error (INTERNAL: a TypeError, an index past the end) on a page fails this test. The pipeline
// bench once found a coder crash on 2 of 1,970 real pages that no unit test had met.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../ingest/index.ts";
import { analyzeDocument, loadAnalyzer, StageFailure } from "./index.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const SETS = ["article-extraction/html", "trafilatura-eval/html", "htmldate-eval/html"];
// All 181 news pages of article-extraction (the pages most like Orbit's input) and every sixth page of the two
// larger sets (~480 pages, a few seconds), in a fixed order.
const STRIDE = 6;

function samplePages(): string[] {
  return SETS.flatMap((set, s) =>
    readdirSync(join(SHARED, set))
      .sort()
      .filter((_, i) => s === 0 || i % STRIDE === 0)
      .map((file) => join(set, file)),
  );
}

describe("analysis of real news pages", () => {
  it("no page fails with a programming error in any stage", async () => {
    await loadAnalyzer();
    const internal: string[] = [];
    let analysed = 0;
    for (const name of samplePages()) {
      const raw = readFileSync(join(SHARED, name));
      const bytes = name.endsWith(".gz") ? gunzipSync(raw) : raw;
      try {
        analyzeDocument({ id: name, html: decodeBytes(bytes).text, origin: name });
        analysed++;
      } catch (err) {
        assert.ok(err instanceof StageFailure, `${name}: not a StageFailure: ${String(err)}`);
        if (err.code === "INTERNAL") internal.push(`${err.stage}: ${err.message}`);
      }
    }
    assert.deepEqual(internal, []);
    assert.ok(analysed > 450, `only ${analysed} pages analysed`);
  });
});
