import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { annotate } from "../nlp/index.ts";
import { codeEvents, maySoloTrigger, parsePatterns, soloTriggers } from "./index.ts";

const SHARED = new URL("../../../shared/", import.meta.url);
const article = (id: string, text: string, published = "2025-08-01") => ({
  id,
  text,
  published,
  contentHash: "",
  fingerprint: "",
});

test("each way a pattern codes with one party makes its head a solo trigger; acts between two do not", () => {
  const solo = soloTriggers(
    parsePatterns(
      [
        "141 march", // a protest: aimed at the protesters' own government
        "173 arrest", // coercion: on a side of the source's own state, or by unnamed police
        "190 shell", // force: on the state of the place it hits
        "042 arrive", // a visit goes to a place
        "087 withdraw", // a retreat yields to the state of the place it leaves
        "172 impose * curfew ; own=T", // falls on the source's own people
        "054 open * consulate ; at=T", // the state of the place it sits in
        "040 meet $T ; sym",
        "112 accuse $T",
        "020 ask|request by $S ; subj=T", // its subject is the target, but the source must be named
        "120 reject these accusations", // a reply to the sentence before ("rejected these accusations")
        "120 deny * accusations * by $T",
        "--- shell * company",
      ].join("\n"),
    ),
  );
  for (const w of ["march", "arrest", "shell", "arrive", "withdraw", "impose", "open", "reject"]) assert.ok(solo(w), w);
  for (const w of ["meet", "accuse", "ask", "request", "curfew", "company", "deny"]) assert.ok(!solo(w), w);
});

/** Each sentence names one party or none, and codes one event through one of the coder's paths. */
const SOLO_SENTENCES = [
  "Thousands of Iraqi Kurds marched through the streets on Sunday.", // protest at home
  "Thousands demonstrated in Jakarta on Friday.", // unnamed protesters
  "The Egyptian army imposed a curfew on Tuesday.", // own people
  "Iranian police cracked down on Tuesday.",
  "The Sudanese army attacked rebel positions in Darfur.", // a side of its own state
  "A French journalist was detained in Iran on Monday.", // passive arrest by unnamed police
  "Ten Russian soldiers were killed in Ukraine last week.", // unnamed force against foreign troops
  "Israeli troops shelled targets in Jericho.", // force on a place's state
  "Israeli police arrested 20 people in Hebron.",
  "The Turkish president arrived in Aleppo on Monday.", // a visit's destination
  "Russia withdrew its troops from Kherson.", // a retreat
  "The French president expressed condolences in Beirut.", // at=T
  "Germany opened a consulate in Erbil.",
  "The Egyptian government released political prisoners on Monday.",
];

test("every event of a sentence naming at most one party is headed by a solo trigger", () => {
  for (const text of SOLO_SENTENCES) {
    const doc = annotate(article("solo", text));
    // A country named as where the act happens ("in Iran") is a place here, whatever else it may be.
    const parties = doc.actors.filter((a) => !doc.places.some((p) => p.start === a.start));
    assert.ok(parties.length <= 1, `${text}: ${parties.length} parties`);
    const events = codeEvents(doc);
    assert.equal(events.length, 1, text);
    const trigger = (events[0]?.trigger ?? "").split(/\s+/)[0]?.toLowerCase();
    const head = doc.tokens.find((t) => t.text.toLowerCase() === trigger);
    assert.ok(head && maySoloTrigger((head.lemma ?? head.text).toLowerCase()), `${text}: ${trigger}`);
  }
});

test("over two event suites, no sentence with one party or none codes an event without a solo trigger", () => {
  let solos = 0;
  for (const suite of ["plover_gsr_cameo", "petrarch2_gsr_validation"]) {
    const lines = readFileSync(new URL(`eventcoding/${suite}.jsonl`, SHARED), "utf8")
      .split("\n")
      .filter(Boolean);
    for (const line of lines) {
      const r = JSON.parse(line) as { text?: unknown; date?: string };
      if (typeof r.text !== "string") continue;
      const doc = annotate(article(suite, r.text, r.date));
      for (const e of codeEvents(doc)) {
        const inside = (x: { start: number }) => x.start >= e.evidence.start && x.start < e.evidence.end;
        if (doc.actors.filter(inside).length > 1) continue;
        solos++;
        const words = doc.tokens.filter(inside).flatMap((t) => [t.text.toLowerCase(), (t.lemma ?? "").toLowerCase()]);
        assert.ok(words.some(maySoloTrigger), `${e.cameo} ${e.trigger}: ${e.evidence.text}`);
      }
    }
  }
  assert.ok(solos > 5, `only ${solos} events with one party`);
});
