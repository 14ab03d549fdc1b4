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

/**
 * The pages in a fixed pseudo-random order (a Fisher–Yates shuffle driven by `seed`). The sets sit one after the other
 * on disk and cost different amounts (article-extraction's pages ~1.3× the others'), so any leading slice or any part
 * of a run of the pages in disk order holds a different mix than the corpus; a shuffled order does not.
 */
export function shuffledRealPages(seed: number): { name: string; html: string }[] {
  const pages = [...loadRealPages()];
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32: a small, well-mixed 32-bit generator, enough for a reproducible order
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let i = pages.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pages[i], pages[j]] = [pages[j]!, pages[i]!];
  }
  return pages;
}

/**
 * At least `count` documents: the real pages repeated, each repetition under new ids and in its own fixed shuffled
 * order, so every stretch of the run (a first pass, a second half, a leading sample) holds the corpus's mix of pages.
 */
export function realDocuments(count: number): RawDocument[] {
  const docs: RawDocument[] = [];
  for (let rep = 0; docs.length < count; rep++) {
    for (const p of shuffledRealPages(rep + 1)) {
      if (docs.length >= count) break;
      docs.push({ id: `${p.name}#${rep}`, html: p.html, origin: p.name });
    }
  }
  return docs;
}
