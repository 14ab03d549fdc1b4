import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { codeText, dyadsOf } from "../../test/code-text.ts";
import type { CodedEvent } from "../domain/index.ts";

const code = codeText;
const dyads = (events: CodedEvent[]) => events.map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, 2)}`).sort();

describe("codeEvents: direction", () => {
  it("reads an active clause subject → object", () => {
    const [e] = code("Russia attacked Georgia on Monday.");
    assert.equal(`${e?.source}>${e?.target}`, "RUS>GEO");
    assert.equal(e?.quad, "material-conflict");
    assert.ok(e?.plover && e.goldstein < 0);
  });
  it("turns a passive clause round: the by-phrase is the source", () => {
    assert.deepEqual(dyads(code("Georgia was attacked by Russia.")), ["RUS>GEO:19"]);
  });
  it("reads a nominal act: the downing of X's plane by a Y missile is Y → X, with date and deaths", () => {
    const [e] = code(
      "The downing of an Azerbaijani passenger plane by a Russian missile in December 2024, killing 38 people, shocked Baku.",
    );
    assert.equal(`${e?.source}>${e?.target}`, "RUS>AZE");
    assert.equal(e?.when, "2024-12");
    assert.equal(e?.fatalities, 38);
  });
  it("codes coordinated parties both ways", () => {
    assert.deepEqual(dyads(code("Armenia and Azerbaijan signed a peace treaty.")), ["ARM>AZE:05", "AZE>ARM:05"]);
  });
  it("treats talks with Y as mutual", () => {
    assert.deepEqual(dyads(code("Turkey is holding talks with Greece.")), ["GRC>TUR:04", "TUR>GRC:04"]);
  });
  it("gives a relative clause its antecedent as subject", () => {
    const events = code("Armenia joined the International Criminal Court, which has indicted Putin.");
    assert.ok(
      events.some((e) => e.source === "ICC" && e.target === "RUS"),
      JSON.stringify(dyads(events)),
    );
  });
  it("takes the agent of a nominal act from 'protests from X' and aims it at the clause's actor", () => {
    assert.deepEqual(dyads(code("Despite diplomatic protests from Baku, Russia issued no real apology.")), [
      "AZE>RUS:11",
    ]);
  });
});

describe("codeEvents: negation, modality, attribution", () => {
  it("drops negated acts", () => {
    assert.deepEqual(code("Russia issued no apology to Azerbaijan."), []);
    assert.deepEqual(code("Armenia did not sign the treaty with Azerbaijan."), []);
    assert.deepEqual(code("Turkey will not attend the talks with Greece."), []);
    assert.deepEqual(dyads(code("Armenia is pursuing peace talks with Azerbaijan without Russian mediation.")), [
      "ARM>AZE:04",
      "AZE>ARM:04",
    ]);
  });
  it("drops hypothetical acts", () => {
    assert.deepEqual(code("Russia could cut gas supplies to Moldova."), []);
    assert.deepEqual(code("The EU may impose sanctions on Belarus."), []);
  });
  it("codes 'threatened to X' as a threat and 'refused to X' as a rejection", () => {
    assert.deepEqual(dyads(code("Russia threatened to attack Ukraine.")), ["RUS>UKR:13"]);
    assert.deepEqual(dyads(code("Georgia refused to sign the agreement with Russia.")), ["GEO>RUS:12"]);
  });
  it("turns a promised cooperation into an intent (03)", () => {
    assert.deepEqual(dyads(code("Finland will give Tanzania a loan.")), ["FIN>TZA:03"]);
  });
  it("keeps the speaker out of the parties and in attribution", () => {
    const events = code("Russia attacked Georgia, Ukrainian officials said.");
    assert.deepEqual(dyads(events), ["RUS>GEO:19"]);
    assert.match(events[0]?.attribution ?? "", /Ukrainian/);
    const [e] = code("Iraq said it would allow the return of inspectors to Kuwait.");
    assert.equal(e?.source, "IRQ");
  });
  it("reads a present-tense saying verb the tagger takes for a noun as the report it is", () => {
    // "reports" after a name and before a party or "that" is the verb; the outlet reports, it is no party.
    const events = code("TASS reports China condemned the Philippines.");
    assert.deepEqual(dyads(events), ["CHN>PHL:11"]);
    assert.match(events[0]?.attribution ?? "", /TASS/);
    assert.deepEqual(dyads(code("Reuters reports that Japan condemned North Korea.")), ["JPN>PRK:11"]);
    assert.deepEqual(dyads(code("The reports that China condemned the Philippines were false.")), []);
  });
});

describe("codeEvents: patron, places, dates", () => {
  it("codes an act about a patron-backed entity toward the patron", () => {
    const events = code("Kazakhstan has rejected recognition of Russian-backed “people’s republics” in Ukraine.");
    assert.deepEqual(dyads(events), ["KAZ>RUS:12"]);
  });
  it("keeps a place after 'in' out of the parties and reports it as the location", () => {
    const events = code("Azerbaijan detained several Russian nationals in Baku.");
    assert.deepEqual(dyads(events), ["AZE>RUS:17"]);
    assert.equal(events[0]?.location?.country, "AZE");
  });
  it("never lets the dateline city act", () => {
    const events = code("Berlin, August 1, 2025 — Azerbaijan condemned Russia.");
    assert.ok(events.every((e) => e.source !== "DEU" && e.target !== "DEU"));
    assert.deepEqual(dyads(events), ["AZE>RUS:11"]);
  });
  it("dates an event from its clause, else from the article", () => {
    assert.equal(code("Two Azerbaijani citizens died in Russian police custody in mid-2025.")[0]?.when, "2025");
    assert.equal(code("Russia attacked Georgia.", "2024-03-05")[0]?.when, "2024-03-05");
  });
  it("gives explicit verbs higher confidence than nominal, context-aimed acts", () => {
    const [verb] = code("Russia attacked Georgia.");
    const [noun] = code("Despite diplomatic protests from Baku, Russia issued no real apology.");
    assert.ok(verb && noun && verb.confidence > noun.confidence);
  });
  it("codes a demand, disapproval or rejection said in the future as that act, and never a negated or possible one", () => {
    assert.deepEqual(
      dyads(code("Greek officials said Greece would veto Turkey's bid to join the European Union.")).filter((d) =>
        d.startsWith("GRC>"),
      ),
      ["GRC>TUR:12"],
    );
    assert.deepEqual(dyads(code("The European Union will criticise China over its human rights record.")), [
      "EU>CHN:11",
    ]);
    assert.deepEqual(dyads(code("Russia will not reject the American proposal.")), []);
    assert.deepEqual(dyads(code("Egypt could reject the Israeli plan.")), []);
  });
});

describe("codeEvents: a joint subject's mutual act", () => {
  it("is between the two sides when its only object is one side's own people (the topic, not a third party)", () => {
    assert.deepEqual(dyads(code("Russia and Ukraine held talks on the withdrawal of Russian troops from Kherson.")), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
    assert.deepEqual(dyads(code("Kenya and Somalia negotiated a deal for Kenyan soldiers to leave Kismayo.")), [
      "KEN>SOM:04",
      "SOM>KEN:04",
    ]);
  });
  it("still reaches a third party it is done with", () => {
    assert.deepEqual(dyads(code("Armenia and Azerbaijan signed a deal with Russia.")), [
      "ARM>RUS:05",
      "AZE>RUS:05",
      "RUS>ARM:05",
      "RUS>AZE:05",
    ]);
  });
});

describe("acts done to 'each other'", () => {
  it("a joint subject that blames or criticises each other acts on each other", () => {
    assert.deepEqual(dyadsOf("Armenia and Azerbaijan blamed each other for the flare-up.", 2), [
      "ARM>AZE:11",
      "AZE>ARM:11",
    ]);
    assert.deepEqual(dyadsOf("India and Pakistan criticised one another at the UN.", 2), ["IND>PAK:11", "PAK>IND:11"]);
  });
});
