// A real SQLite store for API and browser tests: the seed page and two written reports through the real pipeline,
// GDELT-style imported events (more than one page can hold) and a small hand-made UN vote table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Source } from "../src/domain/index.ts";
import { runBatch } from "../src/pipeline/index.ts";
import { type ImportedEvent, openStore, type Store, type UnVote } from "../src/store/index.ts";

export const SHARED = fileURLToPath(new URL("../../shared/", import.meta.url));

/** A page built to attack the dashboard: scripts, handlers and javascript: links that must never run. */
export const HOSTILE_HTML = `<!doctype html><html><head><title>Armenia and Azerbaijan sign peace deal</title>
<meta property="article:published_time" content="2025-08-09">
<script>window.__pwned = "head-script"</script></head>
<body onload="window.__pwned='body-onload'"><article>
<h1>Armenia and Azerbaijan sign peace deal</h1>
<p>Washington, August 9, 2025 — Armenia and Azerbaijan signed a peace agreement in Washington on Friday, officials said.
<img src="x" onerror="window.__pwned='img-onerror'"> <a href="javascript:window.__pwned='js-link'">Read more</a></p>
<p>Russia criticised the agreement on Saturday. &lt;script&gt;window.__pwned='escaped-script'&lt;/script&gt; &lt;img src=x onerror="window.__pwned='escaped-img'"&gt;</p>
<p>Azerbaijan praised the mediation of the United States. <svg onload="window.__pwned='svg'"></svg></p>
<script>window.__pwned = "body-script"</script>
</article></body></html>`;

const REPORTS = [
  {
    id: "report-kaz",
    published: "2025-06-12",
    text: `Astana, June 12, 2025 — Kazakhstan signed an agreement with China on Thursday to expand rail transit, the foreign ministry said.
Russia criticised Kazakhstan for joining Western sanctions on dual-use goods. Kazakhstan's president Kassym-Jomart Tokayev met the European Union's envoy in Astana on Wednesday.`,
  },
  {
    id: "report-arm",
    published: "2025-03-04",
    text: `Yerevan, March 4, 2025 — Armenia accused Azerbaijan of shelling border villages on Monday.
Azerbaijan denied the accusation. Armenia and France signed a defence cooperation agreement in Paris last week, and Russia condemned the deal.`,
  },
];

function listSource(docs: { id: string; text?: string; html?: string; published?: string }[]): Source {
  return {
    name: "fixture",
    async *items() {
      for (const doc of docs) yield { doc };
    },
  };
}

/** 640 imported events, more than the largest API page (500), so exports prove they have no cap. */
export function gdeltEvents(): ImportedEvent[] {
  const pairs: [string, string][] = [
    ["ARM", "AZE"],
    ["AZE", "ARM"],
    ["RUS", "ARM"],
    ["ARM", "FRA"],
    ["KAZ", "CHN"],
  ];
  const codes = [
    ["042", "verbal-cooperation", 1.9],
    ["057", "verbal-cooperation", 8],
    ["061", "material-cooperation", 6.4],
    ["112", "verbal-conflict", -2],
    ["190", "material-conflict", -10],
  ] as const;
  const out: ImportedEvent[] = [];
  for (let i = 0; i < 640; i++) {
    const [source, target] = pairs[i % pairs.length]!;
    const [cameo, quad, goldstein] = codes[(i * 7) % codes.length]!;
    const month = String((i % 12) + 1).padStart(2, "0");
    const year = 2020 + (Math.floor(i / 12) % 5);
    const sentence = `Sample event ${i}: ${source} and ${target} (CAMEO ${cameo}).`;
    out.push({
      key: `gdelt-${i}`,
      source,
      target,
      cameo,
      quad,
      goldstein,
      when: `${year}-${month}-${String((i % 27) + 1).padStart(2, "0")}`,
      evidence: { text: sentence, start: 0, end: sentence.length },
      confidence: 0.5,
      url: `https://example.org/news/${i}`,
    });
  }
  return out;
}

/** Six resolutions a year 2015–2024. ARM votes with RUS until 2019 and with DEU from 2020: a change to find. */
export function votes(): UnVote[] {
  const out: UnVote[] = [];
  for (let year = 2015; year <= 2024; year++)
    for (let r = 0; r < 6; r++) {
      const resolution = `A/RES/${year}/${r}`;
      const date = `${year}-11-${String(r + 10)}`;
      const rus = r % 2 === 0 ? "N" : "Y";
      const deu = r % 2 === 0 ? "Y" : "N";
      const row = (country: string, vote: UnVote["vote"]) => out.push({ resolution, date, country, vote });
      row("RUS", rus);
      row("DEU", deu);
      row("ARM", year < 2020 ? rus : deu);
      row("KAZ", rus);
      row("GEO", deu);
      row("AZE", r === 5 ? "A" : rus);
    }
  return out;
}

export interface Fixture {
  store: Store;
  db: string;
  seedId: string;
  hostileId: string;
}

export async function populatedStore(dir: string): Promise<Fixture> {
  const db = join(dir, "orbit.db");
  const store = await openStore(db);
  const seedText = readFileSync(join(SHARED, "corpus/seed/000_0e0bef2aa06d10f3.txt"), "utf8");
  const docs = [
    { id: "seed", text: seedText },
    { id: "hostile", html: HOSTILE_HTML, published: "2025-08-09", url: "https://example.org/hostile" },
    ...REPORTS,
  ];
  const summary = await runBatch(listSource(docs), store, { workers: 1 });
  if (summary.failures.length) throw new Error(`fixture failed: ${JSON.stringify(summary.failures)}`);
  await store.importEvents(gdeltEvents());
  await store.importVotes(votes());
  return { store, db, seedId: "seed", hostileId: "hostile" };
}
