// Quality floor on the shared body benchmark: a regression in body F1 fails CI. Date, title and author floors live in
// metadata-quality.test.ts, which decodes pages as ingest does.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { extractArticle } from "./index.ts";

const SHARED = new URL("../../../shared/", import.meta.url);
function tryExtract(raw: Parameters<typeof extractArticle>[0]) {
  try {
    return extractArticle(raw);
  } catch {
    return undefined;
  }
}

test("body F1 on the Zyte article-extraction benchmark (all 181 pages)", async () => {
  const scorer = await import(new URL("tools/score-extraction.mjs", SHARED).href);
  const truthJson = JSON.parse(readFileSync(new URL("article-extraction/ground-truth.json", SHARED), "utf8"));
  const truth: Record<string, string> = {};
  const pred: Record<string, string> = {};
  const dir = new URL("article-extraction/html/", SHARED);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".html.gz"))) {
    const id = f.replace(".html.gz", "");
    truth[id] = truthJson[id].articleBody;
    pred[id] = tryExtract({ id, html: gunzipSync(readFileSync(new URL(f, dir))).toString("utf8") })?.text ?? "";
  }
  const { f1, precision, recall } = scorer.score(truth, pred, { bootstrap: 0 }).summary;
  console.log(`article-extraction: F1 ${f1.toFixed(4)} P ${precision.toFixed(4)} R ${recall.toFixed(4)}`);
  assert.ok(f1 >= 0.98, `body F1 ${f1.toFixed(4)} fell below the 0.98 floor`);
  assert.ok(
    precision >= 0.975 && recall >= 0.984,
    `body P ${precision.toFixed(4)} / R ${recall.toFixed(4)} fell below 0.975 / 0.984`,
  );
});
