// The real news pages of the public extraction benchmarks (read from ../shared, never shipped), as raw documents.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { RawDocument } from "../../src/domain/index.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const SETS = ["article-extraction/html", "trafilatura-eval/html", "htmldate-eval/html"];

/** The pages' names ("set/file"), in a fixed order. */
export function realPageNames(): string[] {
  return SETS.flatMap((set) =>
    readdirSync(join(SHARED, set))
      .sort()
      .map((file) => `${set}/${file}`),
  );
}

/** One page's HTML, read from disk. */
export function readRealPage(name: string): string {
  const raw = readFileSync(join(SHARED, name));
  return (name.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
}

let cache: { name: string; html: string }[] | undefined;

export function loadRealPages(): { name: string; html: string }[] {
  cache ??= realPageNames().map((name) => ({ name, html: readRealPage(name) }));
  return cache;
}

/** At least `count` documents: the real pages repeated, each repetition under new ids. */
export function realDocuments(count: number): RawDocument[] {
  const pages = loadRealPages();
  const docs: RawDocument[] = [];
  for (let rep = 0; docs.length < count; rep++) {
    for (const p of pages) {
      if (docs.length >= count) break;
      docs.push({ id: `${p.name}#${rep}`, html: p.html, origin: p.name });
    }
  }
  return docs;
}
