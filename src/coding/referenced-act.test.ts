// Acts named only to date or explain the sentence's news are not coded again (referenced-act.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => [...new Set(dyadsOf(text, 2))];

describe("acts a sentence only refers to", () => {
  it("an act in a temporal since-clause dates the news: the visit is coded, the old war is not", () => {
    assert.deepEqual(
      roots("The Iraqi minister has met his Turkish counterpart twice since Turkey launched an offensive."),
      ["IRQ>TUR:04", "TUR>IRQ:04"],
    );
    assert.deepEqual(roots("Exports to Russia have doubled since Moscow invaded Ukraine."), []);
    // a joint subject too (it was coded PER<>BOL 05)
    assert.deepEqual(roots("Trade has grown since Peru and Bolivia signed a border treaty."), []);
    assert.deepEqual(
      roots("The Argentine envoy visited Beijing, his first trip since launching the blockade of Chile."),
      ["ARG>CHN:04"],
    );
  });

  it("an act the since-clause dates to the last few days is kept: it is most often the news itself", () => {
    assert.deepEqual(roots("Talks have stalled since Peru expelled the Chilean consul on Tuesday."), ["PER>CHL:16"]);
    assert.deepEqual(roots("Flights are grounded since Bolivia shot down a Peruvian drone two days ago."), [
      "BOL>PER:19",
    ]);
    assert.deepEqual(roots("Trade has collapsed since Peru expelled the Chilean consul."), []);
  });

  it("the clause ends at its comma: an act after it is the sentence's own", () => {
    assert.ok(
      roots(
        "The Chilean leader's trip to Beijing, his first since the war began, drew criticism from Washington.",
      ).includes("USA>CHL:11"),
    );
  });

  it("a since-date in an earlier year with a when-clause is background; a date of this year keeps its act", () => {
    assert.deepEqual(
      roots(
        "The Hungarian minister is on his third visit to Moscow since March 3, 2023, when Russia shelled Ukrainian ports.",
      ),
      ["HUN>RUS:04"],
    );
    assert.deepEqual(roots("Ties have warmed since June, when Chile sent aid to Peru."), ["CHL>PER:07"]);
  });

  it("an act years before another, 'nine years after they broke off relations', dates it", () => {
    assert.deepEqual(
      roots("Peru and Bolivia signed a border treaty nine years after they broke off diplomatic relations."),
      ["PER>BOL:05", "BOL>PER:05"],
    );
    // A few days after is often the news itself, and stays.
    assert.ok(roots("Two days after Iran attacked Israel, oil prices rose.").includes("IRN>ISR:19"));
  });

  it("a sentence that opens with Since gives a reason, and its act stays", () => {
    assert.deepEqual(roots("Since Moscow refused the deal, Ankara has sought other partners."), []);
    assert.ok(roots("Since Iran attacked Israel, oil prices have risen.").includes("IRN>ISR:19"));
    assert.ok(
      roots("And since it is the first summit following Iran's attack on Israel, leaders were wary.").includes(
        "IRN>ISR:19",
      ),
    );
  });

  it("a noun act tied to an unrelated change by 'in the wake of', 'in light of', 'in the context of'", () => {
    assert.deepEqual(roots("Oil prices rose in the wake of Iran's seizure of a British tanker."), []);
    assert.deepEqual(roots("Trade fell sharply in the context of the Saudi blockade of Qatar."), []);
  });

  it("a noun act judged by a text or a body ('a resolution condemning') is the text's topic, not news", () => {
    assert.deepEqual(roots("Ghana abstained on a resolution condemning Israel's bombardment of Gaza."), []);
    // The party's own judging verb is still its act.
    assert.deepEqual(roots("Kenya condemned Russia's invasion of Ukraine."), ["KEN>RUS:11"]);
  });

  it("an act in an after- or when-clause dated two or more years back dates the news; a recent one is kept", () => {
    assert.deepEqual(roots("Relations between Latvia and Belarus worsened after Russia invaded Georgia in 2008."), []);
    assert.deepEqual(roots("After Armenia seized the district in September 2019, thousands fled to Georgia."), []);
    assert.deepEqual(roots("Ties soured when Turkey shot down a Russian jet in 2015."), []);
    // the probes are published in 2025: last year's act may still be the report's news
    assert.deepEqual(roots("Ties soured when Turkey shot down a Russian jet in 2024."), ["TUR>RUS:19"]);
    assert.deepEqual(roots("Kenya condemned the attack after Russia shelled Odesa on Monday."), ["RUS>UKR:19"]);
  });
});

describe("feltCause", () => {
  it("a noun act named as the cause of a feeling is its reference, not an act reported", () => {
    assert.deepEqual(dyadsOf("Ghana has been angered by recent Togolese security agreements with Benin.", 2), []);
    assert.deepEqual(dyadsOf("Ecuador voiced dissatisfaction with Peru's progress in border talks with Chile.", 2), []);
    assert.deepEqual(dyadsOf("The ministers shared concerns over Serbian military cooperation with Russia.", 2), []);
  });
  it("the act done, and the feeling's own act on its cause, still code", () => {
    assert.deepEqual(dyadsOf("Togo signed security agreements with Benin, angering Ghana.", 2), [
      "TGO>BEN:05",
      "BEN>TGO:05",
    ]);
    assert.deepEqual(dyadsOf("Ghana voiced alarm at Togo's attack on Benin.", 2), ["GHA>TGO:11"]);
  });
});

describe("feltCause with the act's own doer", () => {
  it("an act that names its doer with 'by' after it is reported as done", () => {
    assert.deepEqual(dyadsOf("Officials voiced concern over the shelling by Armenia of Azerbaijani villages.", 2), [
      "ARM>AZE:19",
    ]);
  });
});
