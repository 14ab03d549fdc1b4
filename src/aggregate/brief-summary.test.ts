import assert from "node:assert/strict";
import { test } from "node:test";
import { openStore, type UnVote } from "../store/index.ts";
import { buildBrief } from "./brief.ts";
import { detectAlerts } from "./detect-alerts.ts";
import { synthetic } from "./synthetic-events.ts";

// SYNTHETIC votes, not real ones: 2013–2022, 8 resolutions a year. RUS and DEU split on resolutions 0–5. GEO votes the
// RUS line until 2017; from 2018 the DEU line, except that it abstains on resolution 1 and is absent on resolution 2.
const RUS = "YYYNNNYY";
const DEU = "NNNYYYYY";
function votes(): UnVote[] {
  const out: UnVote[] = [];
  for (let year = 2013; year <= 2022; year++)
    for (let i = 0; i < 8; i++) {
      const resolution = `SYN-${year}-${i}`;
      const date = `${year}-${String(10 + (i % 3)).padStart(2, "0")}-0${1 + i}`;
      const geo = year < 2018 ? RUS[i]! : i === 1 ? "A" : i === 2 ? "X" : DEU[i]!;
      out.push({ resolution, date, country: "RUS", vote: RUS[i] as UnVote["vote"] });
      out.push({ resolution, date, country: "DEU", vote: DEU[i] as UnVote["vote"] });
      out.push({ resolution, date, country: "GEO", vote: geo as UnVote["vote"] });
    }
  return out;
}

const POS: Record<string, number> = { Y: 1, A: 0.5, N: 0 };
/** Pooled west_share and agreement with RUS over [from, to], straight from the vote list (not the align rows). */
function expected(vs: UnVote[], from: number, to: number) {
  const by = new Map<string, Record<string, string>>();
  for (const v of vs) {
    const y = Number(v.date.slice(0, 4));
    if (y < from || y > to) continue;
    const r = by.get(v.resolution) ?? {};
    r[v.country] = v.vote;
    by.set(v.resolution, r);
  }
  let wSum = 0;
  let wN = 0;
  let aSum = 0;
  let aN = 0;
  for (const r of by.values()) {
    const [g, ru, de] = [r.GEO!, r.RUS!, r.DEU!];
    if (g === "X") continue;
    aN++;
    aSum += g === ru ? 1 : g === "A" || ru === "A" ? 0.5 : 0;
    if (ru !== de) {
      wN++;
      wSum += Math.min(1, Math.max(0, (POS[g]! - POS[ru]!) / (POS[de]! - POS[ru]!)));
    }
  }
  return { west: Math.round((100 * wSum) / wN), westN: wN, agree: Math.round((100 * aSum) / aN), agreeN: aN };
}

test("every number in the brief summary matches the votes and alerts behind it", async () => {
  const store = await openStore(":memory:");
  try {
    const vs = votes();
    await store.importVotes(vs);
    const brief = await buildBrief(store, "GEO", { generated: "2026-01-01" });
    const summary = brief.split("## Summary\n\n")[1]!.split("\n")[0]!;
    const early = expected(vs, 2013, 2017);
    const late = expected(vs, 2018, 2022);
    // By construction: 6 split votes a year, GEO absent on one of them from 2018; half a point for the abstention.
    assert.deepEqual([late.westN, early.westN, late.west, early.west], [25, 30, 90, 0]);
    const want = [
      `Since 2018 Georgia has voted with Germany rather than Russia on ${late.west}% of the UN General Assembly votes that split the two (n = ${late.westN}; an abstention counts half), up from ${early.west}% in 2013–2017 (n = ${early.westN}).`,
      `Its agreement with Russia over all recorded votes was ${late.agree}% in 2018–2022 (n = ${late.agreeN}) against ${early.agree}% in 2013–2017 (n = ${early.agreeN}).`,
    ];
    for (const s of want) assert.ok(summary.includes(s), `${s}\n  not in\n${summary}`);
    const alerts = await detectAlerts(store, { countries: ["GEO"] });
    assert.ok(alerts.length > 0);
    const top = alerts[0]!;
    const last = summary.slice(summary.indexOf("Orbit finds"));
    assert.equal(
      last,
      `Orbit finds ${alerts.length} change points (${alerts.filter((a) => a.methods.length === 2).length} confirmed by both methods); the first listed is a move ${top.direction === "toward" ? "toward" : "away from"} ${top.pole === "EU" ? "the EU and its members" : "Russia"} from ${top.firstAfter} in UN votes (${top.measure}, ${top.before.toFixed(2)} → ${top.after.toFixed(2)}, found by both CUSUM and BOCPD).`,
    );
    // Nothing else: the summary is exactly these sentences, so no figure in it is unaccounted for.
    assert.equal(summary, `${want.join(" ")} ${last}`);
  } finally {
    await store.close();
  }
});

test("a country with flat votes gets no 'since' claim and no change point", async () => {
  const store = await openStore(":memory:");
  try {
    await store.importVotes(votes().filter((v) => Number(v.date.slice(0, 4)) < 2018));
    const brief = await buildBrief(store, "GEO", { generated: "2026-01-01" });
    const summary = brief.split("## Summary\n\n")[1]!.split("\n")[0]!;
    assert.match(
      summary,
      /^In 2016–2017 Georgia voted with Germany rather than Russia on 0% .*\(n = 12;.*unchanged from 0% in 2013–2014 \(n = 12\)/,
    );
    assert.match(summary, /Neither change detector \(CUSUM, BOCPD\) finds a significant shift\.$/);
  } finally {
    await store.close();
  }
});

test("the events' dates read as one date or as a span", async () => {
  const store = await openStore(":memory:");
  try {
    const event = (key: string, when: string) => {
      const text = `Sample event ${key}: Kazakhstan and Russia (CAMEO 120).`;
      return {
        key,
        source: "KAZ",
        target: "RUS",
        cameo: "120",
        quad: "verbal-conflict" as const,
        goldstein: -4,
        when,
        evidence: { text, start: 0, end: text.length },
        confidence: 0.5,
      };
    };
    // Two reports of one act (same parties, code and day) are one act.
    await store.importEvents([event("a", "2025-08-01"), event("b", "2025-08-01")]);
    let brief = await buildBrief(store, "KAZ", { generated: "2026-01-01" });
    assert.match(brief, /Of the acts recorded on 2025-08-01, 0 of 1 with Russia/);
    assert.match(brief, /^Events on 2025-08-01, both directions\.$/m);
    await store.importEvents([event("c", "2024-03")]);
    brief = await buildBrief(store, "KAZ", { generated: "2026-01-01" });
    assert.match(brief, /Of the acts recorded from 2024-03 to 2025-08-01, 0 of 2 with Russia/);
    assert.match(brief, /^Events from 2024-03 to 2025-08-01, both directions\.$/m);
  } finally {
    await store.close();
  }
});

/** The brief of a store holding only these events, as of `generated`. */
async function briefOf(country: string, events: ReturnType<typeof synthetic>[], generated = "2026-01-01") {
  const store = await openStore(":memory:");
  try {
    if (events.length) await store.importEvents(events);
    return await buildBrief(store, country, { generated });
  } finally {
    await store.close();
  }
}

test("the summary names every pole with events, Russia first, even when other poles have more", async () => {
  const brief = await briefOf("KAZ", [
    ...Array.from({ length: 6 }, (_, i) => synthetic(`c${i}`, "KAZ", "CHN", "057", `2024-0${1 + i}-10`)),
    ...Array.from({ length: 6 }, (_, i) => synthetic(`u${i}`, "USA", "KAZ", "040", `2024-0${1 + i}-11`)),
    synthetic("r1", "RUS", "KAZ", "120", "2024-02-01"),
    synthetic("r2", "KAZ", "RUS", "040", "2024-03-01"),
  ]);
  assert.match(
    brief,
    /Of the acts recorded from 2024-01-10 to 2024-06-11, 1 of 2 with Russia \(too few to judge\), 6 of 6 with the United States \(100%\) and 6 of 6 with China \(100%\) were cooperative\./,
  );
  // What the measures rest on: events with a pole and the months they fall in.
  assert.match(brief, /14 events involving KAZ, 14 distinct acts \(14 with a pole, dated in 6 months\)/);
});

test("a year-by-year table says since when a balance holds, and marks a year with too few acts", async () => {
  const brief = await briefOf("ARM", [
    ...Array.from({ length: 5 }, (_, i) => synthetic(`a${i}`, "ARM", "RUS", "057", `2022-0${1 + i}-01`)),
    ...Array.from({ length: 6 }, (_, i) => synthetic(`b${i}`, "ARM", "RUS", "111", `2024-0${1 + i}-01`)),
    synthetic("c1", "ARM", "RUS", "111", "2023-05-01"),
    synthetic("e1", "EU", "ARM", "040", "2024-02-02"),
  ]);
  const table = brief.split("## Events by year\n\n")[1]!.split("\n\n")[0]!;
  assert.equal(
    table,
    [
      "| year | RUS | EU |",
      "|---|---:|---:|",
      "| 2022 | 1.00 (5) |  |",
      "| 2023 | – (1) |  |",
      "| 2024 | 0.00 (6) | – (1) |",
    ].join("\n"),
  );
});

test("with no votes and too few events the summary says there is too little evidence, not 'no shift'", async () => {
  const none = await briefOf("GEO", []);
  assert.match(none, /There is no evidence to measure: no UN votes of Georgia and no events between Georgia/);
  assert.doesNotMatch(none, /Neither change detector/);
  const few = await briefOf("GEO", [synthetic("g1", "GEO", "TUR", "057", "2024-05-16")]);
  assert.match(few, /There is too little evidence to look for a shift: no UN votes of Georgia are in the store/);
  // the change-point section agrees with the summary rather than reporting "no change" found
  for (const brief of [none, few]) {
    const section = brief.split("## Change points\n\n")[1]!.split("\n\n")[0]!;
    assert.match(section, /^There is (no|too little) evidence/);
    assert.doesNotMatch(section, /No significant change detected/);
  }
});

test("events dated after the brief's own date are left out of its counts and change points, and it says how many", async () => {
  const events = [
    ...Array.from({ length: 6 }, (_, i) => synthetic(`p${i}`, "GEO", "EU", "057", `2024-0${1 + i}-10`)),
    synthetic("f1", "GEO", "EU", "164", "2028"),
    synthetic("f2", "GEO", "EU", "172", "2027-03"),
    synthetic("m1", "GEO", "EU", "057", "2026-01"),
  ];
  const brief = await briefOf("GEO", events, "2026-01-31");
  assert.match(
    brief,
    /^_2 events are dated after 2026-01-31 \(the latest 2028\) and left out of the alignment index and the change points: .* Read them with `orbit events --actor GEO --since 2026-02-01`\._$/m,
  );
  // A month that has begun ("2026-01") may hold an act before the brief's date: it is kept.
  assert.match(brief, /7 events involving GEO/);
  assert.match(brief, /^\| EU \| 7 \| 7 \| 7 \| 0 \|/m);
  assert.doesNotMatch(brief, /2027-03|2028 ·/);
  const later = await briefOf("GEO", events, "2029-01-01");
  assert.doesNotMatch(later, /dated after/);
  assert.match(later, /^\| EU \| 9 \| 9 \| 7 \| 2 \|/m);
});

test("a date known only to its year is not counted as a month", async () => {
  const brief = await briefOf("KAZ", [
    synthetic("a", "KAZ", "CHN", "057", "2019"),
    synthetic("b", "KAZ", "CHN", "057", "2024-03"),
    synthetic("c", "KAZ", "CHN", "057", "2024-03-12"),
    synthetic("d", "KAZ", "RUS", "057", "2024-05-02"),
  ]);
  assert.match(
    brief,
    /4 events involving KAZ, 4 distinct acts \(4 with a pole, dated in 2 months, 1 only to the year\)/,
  );
});

test("the brief says where most of its evidence falls when a recalled date lies decades before the rest", async () => {
  const brief = await briefOf("ARM", [
    synthetic("old", "TUR", "ARM", "086", "1993"),
    ...Array.from({ length: 12 }, (_, i) =>
      synthetic(`r${i}`, "ARM", "EU", "057", `2024-${String(i + 1).padStart(2, "0")}-03`),
    ),
  ]);
  assert.match(
    brief,
    /^Events from 1993 to 2024-12-03, both directions\. Most fall from 2024-01 to 2024-12; outside that: 1 event dated 1993, long before the rest \(background an article recalls\)\.$/m,
  );
  // The summary does not read one recalled date as three decades of evidence.
  assert.match(
    brief,
    /^Of the acts recorded \(most from 2024-01 to 2024-12-03; 1 event dated 1993, recalled background\), /m,
  );
  const recent = await briefOf("ARM", [
    synthetic("r", "ARM", "EU", "057", "2024-02-03"),
    synthetic("s", "ARM", "EU", "057", "2024-05"),
  ]);
  assert.match(recent, /^Events from 2024-02-03 to 2024-05, both directions\.$/m);
});

test("the years table says how many events have no date, so its counts can fall short of the balance", async () => {
  const store = await openStore(":memory:");
  try {
    const dated = Array.from({ length: 5 }, (_, i) => synthetic(`d${i}`, "AZE", "RUS", "112", `2025-0${1 + i}-02`));
    const { when: _, ...undated } = synthetic("u", "RUS", "AZE", "194", "2024-12-25");
    await store.importEvents([...dated, undated]);
    const brief = await buildBrief(store, "AZE", { generated: "2026-01-01" });
    assert.match(brief, /^\| RUS \| 6 \| 6 \| 0 \| 6 \|/m);
    assert.match(brief, /^\| 2025 \| 0\.00 \(5\) \|$/m);
    assert.match(
      brief,
      /1 event has no date \(neither its own nor its article's\): counted in the balance above, in no year\._$/m,
    );
  } finally {
    await store.close();
  }
});
