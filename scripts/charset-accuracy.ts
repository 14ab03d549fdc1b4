// Labelled invented texts (test/fixtures/charsets/samples.json) → how often an undeclared page in each language and
// legacy charset is read back as written. Run: node --import tsx scripts/charset-accuracy.ts [--half even|odd]
// [--declared windows-1252]: every page served as declaring that charset (a true declaration for the texts written in
// it, a lie for the rest), to see how often a lie is overruled and a true one kept.
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { decodeBytes } from "../src/ingest/decode-bytes.ts";

interface SampleLanguage {
  language: string;
  charsets: string[];
  texts: string[];
}

export interface Accuracy {
  language: string;
  charset: string;
  right: number;
  total: number;
  /** Each text read wrongly, with the charset it was taken for. */
  misses: { text: string; readAs: string }[];
}

export type Half = "even" | "odd" | "all";

/**
 * Text → bytes as a page in `charset` holds it. windows-1258 has letters for Vietnamese's vowels (â, ê, ô, ă, ơ, ư)
 * but not for their tones: it writes a tone as a combining mark after the vowel, as Vietnamese pages in it do.
 */
export function encodeAs(text: string, charset: string) {
  if (charset !== "windows-1258") return iconv.encode(text, charset);
  const letters = text
    .normalize("NFD")
    .replace(
      /([aeouAEOU])(\u0323?)([\u0302\u0306\u031b])/g,
      (_, v, dot, mark) => `${(v + mark).normalize("NFC")}${dot}`,
    );
  return iconv.encode(letters, charset);
}

const SAMPLES = new URL("../test/fixtures/charsets/samples.json", import.meta.url);

export function loadSamples(): SampleLanguage[] {
  return (JSON.parse(readFileSync(SAMPLES, "utf8")) as { languages: SampleLanguage[] }).languages;
}

/**
 * Each language and charset: the texts of `half` encoded, decoded with no declaration (or declaring `declared`, as an
 * HTTP header would), compared with the original.
 */
export function charsetAccuracy(half: Half = "all", samples = loadSamples(), declared?: string): Accuracy[] {
  const rows: Accuracy[] = [];
  for (const { language, charsets, texts } of samples) {
    const chosen = texts.filter((_, i) => half === "all" || (i % 2 === 0) === (half === "even"));
    for (const charset of charsets) {
      const row: Accuracy = { language, charset, right: 0, total: chosen.length, misses: [] };
      for (const text of chosen) {
        const bytes = encodeAs(text, charset);
        // a text the charset cannot write is no test of the sniffer: iconv-lite writes "?" for what it lacks
        if (iconv.decode(bytes, charset).normalize("NFC") !== text) {
          throw new Error(`test/fixtures/charsets: ${charset} cannot write this ${language} text: ${text}`);
        }
        const got = decodeBytes(bytes, declared ? { contentType: `text/html; charset=${declared}` } : {});
        if (got.text === text) row.right++;
        else row.misses.push({ text, readAs: got.charset });
      }
      rows.push(row);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--half");
  const half = (at > 0 ? process.argv[at + 1] : "all") as Half;
  const declaredAt = process.argv.indexOf("--declared");
  const declared = declaredAt > 0 ? process.argv[declaredAt + 1] : undefined;
  let right = 0;
  let total = 0;
  for (const row of charsetAccuracy(half, loadSamples(), declared)) {
    right += row.right;
    total += row.total;
    const misses = row.misses.map((m) => `\n    as ${m.readAs}: ${m.text}`).join("");
    console.log(`${row.language} ${row.charset}: ${row.right}/${row.total}${half === "odd" ? "" : misses}`);
  }
  console.log(`all: ${right}/${total} (${(right / total).toFixed(3)})`);
}
