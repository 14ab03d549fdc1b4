// A very long page (a generated 1 MB of news-like paragraphs): analysed in pieces, as the pipeline does
// (src/pipeline/text-pieces.ts), against the same page read whole by nlp and coding, in the same process. CPU time:
// the machine is shared.
import { codingStage } from "../src/coding/index.ts";
import { extractStage } from "../src/extract/index.ts";
import { analyzeDocument, nlpForCoding } from "../src/pipeline/analyze.ts";
import { longPage } from "../test/long-page.ts";
import type { BenchRow } from "./bench-row.ts";

const CHARS = Number(process.env.ORBIT_BENCH_LONG_PAGE_CHARS ?? 1_000_000);

function cpuSeconds(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1e6;
}

export default async function run(): Promise<BenchRow[]> {
  const raw = { id: "long", html: longPage(CHARS, true) };
  analyzeDocument({ id: "warm", html: longPage(20_000, true) }); // load and warm the stages
  const whole = cpuSeconds(() => codingStage.run(nlpForCoding.run(extractStage.run({ ...raw }))));
  const pieces = cpuSeconds(() => analyzeDocument({ ...raw }));
  return [
    {
      name: `a ${(CHARS / 1e6).toFixed(1)} MB page of generated news paragraphs (test/long-page.ts), HTML → events, one thread, read in pieces`,
      value: pieces,
      unit: "CPU s",
      baseline: "the same page read whole",
      baselineValue: whole,
      lowerIsBetter: true,
    },
  ];
}
