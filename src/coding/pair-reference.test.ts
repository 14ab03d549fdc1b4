import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import type { ActorMention } from "../domain/index.ts";
import {
  afterBreak,
  NO_PAIR,
  namePairAfterBetween,
  nextPair,
  pairAntecedent,
  retagPairNouns,
} from "./pair-reference.ts";
import type { Unit } from "./sentence-units.ts";

const mention = (code: string, members?: string[]): ActorMention => ({
  start: 0,
  end: 1,
  text: code,
  kind: "state",
  actor: members ? { code, members } : { code },
  sentence: 0,
});

/** Units of "word/POS" tokens. */
const units = (tagged: string): Unit[] =>
  tagged.split(" ").map((w, k) => {
    const [lower, pos] = w.split("/") as [string, string];
    return { start: k, end: k + 1, lower, lemma: lower, pos, clause: 0 };
  });

describe("pair references", () => {
  it("reads 'the two leaders', 'both sides', 'the two foreign ministers' and 'the sides' before a verb as 'they'", () => {
    for (const text of [
      "the/DET two/NUM leaders/NOUN agreed/VERB",
      "both/DET sides/NOUN signed/VERB",
      "the/DET two/NUM foreign/ADJ ministers/NOUN also/ADV discussed/VERB",
      "the/DET sides/NOUN signed/VERB",
      "both/DET heads/NOUN of/ADP state/NOUN condemned/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      assert.ok(
        u.some((x) => x.lower === "they"),
        text,
      );
    }
  });

  it("reads 'the parties' and the people of the pair ('delegations from both countries') as 'they'", () => {
    const parties = units("the/DET parties/NOUN signed/VERB");
    retagPairNouns(parties);
    assert.equal(parties[1]?.lower, "they");
    for (const text of [
      "delegations/NOUN from/ADP both/DET countries/NOUN signed/VERB",
      "senior/ADJ officials/NOUN of/ADP the/DET two/NUM sides/NOUN met/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      const people = u.findIndex((x) => x.lower === "they");
      assert.equal(u[people - 1]?.lower, people === 1 ? "senior" : undefined, text);
      // with no pair named before, the people are the noun again: "delegations" never stand for one party
      pairAntecedent(u, [mention("RUS")], []);
      assert.ok(!u.some((x) => x.lower === "they"), text);
    }
    // "farmers from both countries" are no envoys of the pair; nor is a phrase that is no clause's subject
    for (const text of [
      "farmers/NOUN from/ADP both/DET countries/NOUN protested/VERB",
      "trade/NOUN with/ADP delegations/NOUN from/ADP both/DET countries/NOUN rose/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      assert.ok(!u.some((x) => x.lower === "they"), text);
    }
  });

  it("leaves a pair noun that is no subject, and 'the officials' with no number", () => {
    for (const text of [
      "trade/NOUN between/ADP the/DET two/NUM countries/NOUN rose/VERB",
      "the/DET officials/NOUN agreed/VERB",
      "the/DET leaders/NOUN of/ADP nato/PROPN agreed/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      assert.ok(!u.some((x) => x.lower === "they"), text);
    }
  });

  it("stands for the pair named before, and a noun for people with no pair is the noun again", () => {
    const pair = [mention("RUS"), mention("TUR")];
    const u = units("the/DET two/NUM leaders/NOUN agreed/VERB");
    retagPairNouns(u);
    assert.deepEqual(pairAntecedent(u, [mention("RUS")], pair), { subject: pair, pairUsed: true });
    const alone = units("the/DET two/NUM leaders/NOUN agreed/VERB");
    retagPairNouns(alone);
    const previous = [mention("RUS")];
    assert.deepEqual(pairAntecedent(alone, previous, []), { subject: previous, pairUsed: false });
    assert.equal(alone[2]?.lower, "leaders");
    assert.equal(alone[2]?.pos, "NOUN");
    // "Both sides said they were hopeful ...": a report of hopes or claims, the previous subject as "they" is
    const says = units("both/DET sides/NOUN said/VERB");
    retagPairNouns(says);
    assert.deepEqual(pairAntecedent(says, previous, pair), { subject: previous, pairUsed: false });
    // "both sides" still reads as "they", the previous subject
    const sides = units("both/DET sides/NOUN agreed/VERB");
    retagPairNouns(sides);
    pairAntecedent(sides, previous, []);
    assert.equal(sides[1]?.lower, "they");
  });

  it("reads 'the leaders', 'the foreign ministers' with no number as the pair only when two people were named", () => {
    const person = (code: string): ActorMention => ({
      ...mention(code),
      kind: "person",
      actor: { code, person: code },
    });
    const people = [person("RUS"), person("TUR")];
    for (const text of [
      "the/DET leaders/NOUN also/ADV discussed/VERB",
      "the/DET foreign/ADJ ministers/NOUN agreed/VERB",
      "the/DET heads/NOUN of/ADP state/NOUN signed/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      assert.deepEqual(pairAntecedent(u, [], people), { subject: people, pairUsed: true }, text);
      // "Russia accused Turkey. The ministers met": two states named have no leaders of their own in the text
      const states = units(text);
      retagPairNouns(states);
      const previous = [mention("RUS")];
      assert.deepEqual(pairAntecedent(states, previous, [mention("RUS"), mention("TUR")]), {
        subject: previous,
        pairUsed: false,
      });
      assert.ok(!states.some((x) => x.lower === "they"), text);
    }
  });

  it("keeps a bare 'the opposition leaders', 'the Baltic ministers' as other people than the pair", () => {
    const people = [mention("RUS"), mention("TUR")].map((m) => ({ ...m, kind: "person" as const }));
    for (const text of [
      "the/DET opposition/NOUN leaders/NOUN condemned/VERB",
      "the/DET baltic/ADJ ministers/NOUN urged/VERB",
    ]) {
      const u = units(text);
      retagPairNouns(u);
      assert.deepEqual(pairAntecedent(u, [], people), { subject: [], pairUsed: false }, text);
      assert.ok(!u.some((x) => x.lower === "they"), text);
    }
  });

  it("keeps the last two parties named together, and no pair for three, a stranger or a group of states", () => {
    const ru = mention("RUS");
    const tr = mention("TUR");
    const pair = { mentions: [ru, tr], breaks: 0 };
    assert.deepEqual(nextPair(NO_PAIR, [ru, tr, ru]).mentions, [ru, tr]);
    assert.deepEqual(nextPair(pair, [tr]).mentions, [ru, tr]);
    assert.equal(nextPair(pair, []), pair);
    assert.deepEqual(nextPair(pair, [mention("IRN")]).mentions, []);
    assert.deepEqual(nextPair(NO_PAIR, [ru, tr, mention("IRN")]).mentions, []);
    assert.deepEqual(nextPair(NO_PAIR, [ru, mention("BALTIC", ["EST", "LVA", "LTU"])]).mentions, []);
  });

  it("lasts into the next paragraph, not beyond it, unless one of the pair is named again", () => {
    const pair = { mentions: [mention("RUS"), mention("TUR")], breaks: 0 };
    assert.equal(afterBreak(pair).mentions.length, 2);
    assert.equal(afterBreak(afterBreak(pair)).mentions.length, 0);
    assert.equal(afterBreak(nextPair(afterBreak(pair), [mention("TUR")])).mentions.length, 2);
  });
});

describe("a pair noun after 'between'", () => {
  it("names the pair named before, in its place, joined by 'and'", () => {
    const u = units("talks/NOUN between/ADP the/DET two/NUM leaders/NOUN ended/VERB");
    const [ru, tr] = [mention("RUS"), mention("TUR")];
    namePairAfterBetween(u, [ru, tr]);
    assert.deepEqual(
      u.map((w) => w.mention?.actor.code ?? w.lower),
      ["talks", "between", "RUS", "and", "TUR", "ended"],
    );
    const alone = units("talks/NOUN between/ADP the/DET two/NUM leaders/NOUN ended/VERB");
    namePairAfterBetween(alone, []);
    assert.equal(alone.length, 6);
  });

  it("codes the talks between the pair; a tie between them or talks with no pair behind them are no act", () => {
    assert.deepEqual(
      dyadsOf("Aliyev hosted Pashinyan in Baku. A border deal was initialled after talks between the two leaders.", 3),
      ["AZE>ARM:040", "AZE>ARM:046", "ARM>AZE:046"],
    );
    assert.deepEqual(dyadsOf("Erdogan received Mitsotakis. Relations between the two countries have improved.", 3), [
      "TUR>GRC:040",
    ]);
    assert.deepEqual(dyadsOf("Talks between the two sides lasted three hours."), []);
  });
});

describe("a bare 'the ministers' after a fronted scene", () => {
  it("'Meanwhile in Brussels, the ministers ...' are other people than the pair", () => {
    const met = ["RUS>TUR:04", "TUR>RUS:04"];
    const code = (text: string) => dyadsOf(text, 2).sort();
    assert.deepEqual(
      code("Putin met Erdogan in Sochi. Meanwhile in Brussels, the ministers approved aid for Ukraine."),
      met,
    );
    assert.deepEqual(
      code("Putin met Erdogan in Sochi. In Brussels, the ministers approved new sanctions on Iran."),
      met,
    );
    assert.deepEqual(code("Putin met Erdogan in Sochi. Meanwhile, the ministers signed a deal on gas."), met);
    // A fronted time or occasion keeps the pair: "During the talks, the ministers agreed ...".
    assert.ok(
      code("Lavrov met Fidan in Moscow. During the talks, the ministers signed a deal on gas.").includes("RUS>TUR:05"),
    );
  });
});

describe("a bare 'the leaders' after a fronted place the index does not know", () => {
  it("'In Geneva, the leaders ...' names another scene; 'In December, the leaders ...' keeps the pair", () => {
    const code = (text: string) => dyadsOf(text, 2).sort();
    const met = ["EGY>TUR:04", "TUR>EGY:04"];
    assert.deepEqual(
      code("Erdogan met Sisi in Ankara on Monday. In Geneva, the leaders condemned Israel's strikes."),
      met,
    );
    assert.deepEqual(
      code("Erdogan met Sisi in Ankara on Monday. In Lausanne, the ministers condemned Israel's strikes."),
      met,
    );
    assert.ok(
      code("Erdogan met Sisi in Ankara on Monday. In December, the leaders condemned Israel's strikes.").includes(
        "TUR>ISR:11",
      ),
    );
  });
});
