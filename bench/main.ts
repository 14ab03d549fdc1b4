// `npm run bench [-- topic...]`: runs every bench/<topic>.ts module and prints one table, each figure beside its baseline.
import { readdirSync } from "node:fs";
import { type BenchModule, type BenchRow, ratio } from "./bench-row.ts";

const SKIP = new Set(["main.ts", "bench-row.ts", "load.ts"]);
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const topics = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !SKIP.has(f))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((t) => wanted.length === 0 || wanted.includes(t))
  .sort();

const fmt = (n: number | undefined) =>
  n === undefined ? "" : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

const rows: (BenchRow & { topic: string })[] = [];
for (const topic of topics) {
  const started = Date.now();
  process.stderr.write(`bench ${topic}…\n`);
  try {
    const mod = (await import(`./${topic}.ts`)) as { default: BenchModule };
    for (const row of await mod.default()) rows.push({ ...row, topic });
  } catch (err) {
    rows.push({
      topic,
      name: `FAILED: ${err instanceof Error ? err.message : String(err)}`,
      value: Number.NaN,
      unit: "",
    });
  }
  process.stderr.write(`bench ${topic} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const header = ["topic", "measure", "value", "unit", "baseline", "baseline value", "ratio", "target"];
const body = rows.map((r) => [
  r.topic,
  r.name,
  fmt(r.value),
  r.unit,
  r.baseline ?? "",
  fmt(r.baselineValue),
  r.baseline ? `${fmt(ratio(r))}×` : "",
  r.target ?? "",
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const b of body) console.log(line(b));
