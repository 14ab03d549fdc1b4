// Ingest throughput: charset detection on undeclared pages, feed parsing, JSONL reading, each against a plain baseline.
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { XMLParser } from "fast-xml-parser";
import iconv from "iconv-lite";
import { decodeBytes, parseFeed, stdinSource } from "../src/ingest/index.ts";
import type { BenchRow } from "./bench-row.ts";

const page = readFileSync(new URL("../test/fixtures/pages/article-cyrillic.txt", import.meta.url), "utf8");
const rss = readFileSync(new URL("../test/fixtures/feeds/rss2.xml", import.meta.url), "utf8");

function perSecond(fn: () => void, minMs = 400): number {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n++;
  }
  return (n * 1000) / (performance.now() - t0);
}

export default async function run(): Promise<BenchRow[]> {
  // A 30 KB Cyrillic page in windows-1251 with no declaration: detection has to decode it six ways.
  const bytes = iconv.encode(page.repeat(20).replace('<meta charset="utf-8">', ""), "win1251");
  const mb = bytes.length / 1024 / 1024;
  const sniff = perSecond(() => decodeBytes(bytes)) * mb;
  const known = perSecond(() => iconv.decode(bytes, "win1251")) * mb;
  // An 8 KB German page in windows-1252 with no declaration: most candidates read its ä, ö, ü and ß alike
  const german =
    "<p>Der Außenminister sagte am Montag, die Gespräche würden fortgesetzt, und für Österreich sei das gut.</p>";
  const western = iconv.encode(`<html><body>${german.repeat(75)}</body></html>`, "windows-1252");
  const westernMb = western.length / 1024 / 1024;
  const sniffWestern = perSecond(() => decodeBytes(western)) * westernMb;
  const knownWestern = perSecond(() => iconv.decode(western, "windows-1252")) * westernMb;

  // A feed of 300 items.
  const items = rss.match(/<item>[\s\S]*?<\/item>/g)!.join("\n");
  const big = rss.replace(/<item>[\s\S]*<\/item>/, items.repeat(100));
  const raw = new XMLParser({ ignoreAttributes: false });
  const feed = perSecond(() => parseFeed(big, "bench.xml")) * 300;
  const bare = perSecond(() => raw.parse(big)) * 300;

  // 5,000 JSONL lines through the stdin reader.
  const jsonl = Buffer.from(
    Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: page.slice(0, 600) })).join("\n"),
  );
  const t0 = performance.now();
  let docs = 0;
  for await (const item of stdinSource(Readable.from([jsonl])).items()) if ("doc" in item) docs++;
  const linesPerSec = (docs * 1000) / (performance.now() - t0);
  const t1 = performance.now();
  const parsed = jsonl
    .toString("utf8")
    .split("\n")
    .map((l) => JSON.parse(l) as unknown).length;
  const splitPerSec = (parsed * 1000) / (performance.now() - t1);

  return [
    {
      name: "charset sniffing (undeclared windows-1251)",
      value: sniff,
      unit: "MB/s",
      baseline: "iconv decode, charset known",
      baselineValue: known,
    },
    {
      name: "charset sniffing (undeclared windows-1252, 8 KB)",
      value: sniffWestern,
      unit: "MB/s",
      baseline: "iconv decode, charset known",
      baselineValue: knownWestern,
    },
    {
      name: "feed parsing (RSS, 300 items)",
      value: feed,
      unit: "items/s",
      baseline: "bare fast-xml-parser",
      baselineValue: bare,
    },
    {
      name: "JSONL reader (validated docs)",
      value: linesPerSec,
      unit: "lines/s",
      baseline: "split + JSON.parse",
      baselineValue: splitPerSec,
    },
  ];
}
