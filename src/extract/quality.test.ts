// Quality floors on the shared benchmark sets: a regression in body F1, date or title accuracy fails CI.
// Default runs sample the date and title sets to stay fast; ORBIT_EXTRACT_FULL=1 scores every page and prints the figures.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { extractArticle } from "./index.ts";

const SHARED = new URL("../../../shared/", import.meta.url);
const FULL = process.env.ORBIT_EXTRACT_FULL === "1";
const STEP = FULL ? 1 : 4;

function decode(buf: Buffer): string {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(buf.subarray(0, 4096).toString("latin1"));
  const cs = m?.[1]?.toLowerCase() ?? "utf-8";
  return iconv.decode(buf, iconv.encodingExists(cs) ? cs : "utf-8");
}

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

test("publication-date accuracy on htmldate-eval", () => {
  const gold = JSON.parse(readFileSync(new URL("htmldate-eval/eval_default.json", SHARED), "utf8"));
  let ok = 0;
  let n = 0;
  Object.entries<{ file: string; date: string }>(gold).forEach(([url, g], i) => {
    if (i % STEP) return;
    n++;
    const html = decode(gunzipSync(readFileSync(new URL(`htmldate-eval/html/${g.file}.gz`, SHARED))));
    if (tryExtract({ id: url, url, html })?.published === g.date) ok++;
  });
  console.log(`htmldate-eval: date accuracy ${(ok / n).toFixed(3)} (${ok}/${n})`);
  assert.ok(ok / n >= 0.83, `date accuracy ${(ok / n).toFixed(3)} fell below the 0.83 floor`);
});

test("title and author accuracy on trafilatura-eval", () => {
  const gold = JSON.parse(readFileSync(new URL("trafilatura-eval/evaldata.json", SHARED), "utf8"));
  const norm = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
  let titles = 0;
  let titleOk = 0;
  let authors = 0;
  let authorOk = 0;
  Object.entries<{ file: string; title?: string; author?: string | string[] }>(gold).forEach(([url, g], i) => {
    if (i % STEP || (!g.title && !g.author)) return;
    const html = decode(gunzipSync(readFileSync(new URL(`trafilatura-eval/html/${g.file}.gz`, SHARED))));
    const a = tryExtract({ id: url, url, html });
    if (g.title) {
      titles++;
      if (norm(a?.title) === norm(g.title)) titleOk++;
    }
    const author = Array.isArray(g.author) ? g.author.join("; ") : g.author;
    if (author) {
      authors++;
      if (norm(a?.byline) === norm(author)) authorOk++;
    }
  });
  console.log(
    `trafilatura-eval: title accuracy ${(titleOk / titles).toFixed(3)} (${titleOk}/${titles}), author accuracy ${(authorOk / authors).toFixed(3)} (${authorOk}/${authors})`,
  );
  assert.ok(titleOk / titles >= 0.72, `title accuracy ${(titleOk / titles).toFixed(3)} fell below its floor`);
});
