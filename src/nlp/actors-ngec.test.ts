// NGEC's actor-resolution unit tests (../shared/eventcoding/ngec_actor_resolution.jsonl) scored as actor → country.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { resolveActorText } from "./actors-resolve.ts";
import { gazetteer } from "./gazetteer.ts";

const FILE = new URL("../../../shared/eventcoding/ngec_actor_resolution.jsonl", import.meta.url);
/** Accuracy reached when the test was written; the test fails if a change drops below it. */
const FLOOR = 0.928;

interface Call {
  method: string;
  input: { text: string; date?: string; query_date?: string; context?: string; known_country?: string };
  expected: Record<string, string | null> | null;
}

/** NGEC writes the EU as EUR, UN bodies as UNO and other intergovernmental organisations as IGO. */
function ngecCode(code: string | undefined): string {
  if (!code) return "";
  const gz = gazetteer();
  if (gz.states.has(code)) return code;
  if (code === "EU") return "EUR";
  const org = gz.entries.find((e) => e.k === "organisation" && e.c === code);
  return code === "UN" || org?.f === "UN" ? "UNO" : "IGO";
}

/** NGEC's "today" and free-form dates → ISO; unknown forms give no date. */
function isoDate(d: string | undefined): string | undefined {
  if (!d) return undefined;
  if (/^today$/i.test(d)) return new Date().toISOString().slice(0, 10);
  const t = Date.parse(d);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

test("NGEC actor resolution: actor → country accuracy stays at or above the floor", () => {
  const calls: Call[] = readFileSync(FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((l) => JSON.parse(l).calls as Call[])
    .filter((c) => c.method !== "query_wiki"); // Wikipedia title look-ups carry no country to score
  let right = 0;
  const misses: string[] = [];
  for (const c of calls) {
    const want = c.expected?.country ?? "";
    const date = isoDate(c.input.query_date ?? c.input.date);
    const got = resolveActorText(c.input.text, date, c.input.context || c.input.known_country);
    const have = ngecCode(got.code);
    if (have === want) right++;
    else misses.push(`${c.input.text} → ${have || "-"} (want ${want || "-"})`);
  }
  const accuracy = right / calls.length;
  console.log(`NGEC actor → country: ${right}/${calls.length} = ${accuracy.toFixed(3)}`);
  if (process.env.NGEC_MISSES) console.log(misses.join("\n"));
  assert.ok(accuracy >= FLOOR, `accuracy ${accuracy.toFixed(3)} < ${FLOOR}\n${misses.join("\n")}`);
});
