// A noun act that a receiving verb takes as its object ("faced criticism", "drew condemnation", "came under fire")
// falls on the clause subject, whoever the rest of the sentence names: invented sentences, should / should not code.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

describe("receivingVerb", () => {
  it("the subject of face, draw, receive or win is the target of the noun act, not the topic after it", () => {
    assert.deepEqual(dyadsOf("Norway faced sharp Russian criticism over its treatment of Ukrainian refugees.", 2), [
      "RUS>NOR:11",
    ]);
    assert.deepEqual(dyadsOf("Norway drew criticism from Moscow over its treatment of Ukrainian refugees.", 2), [
      "RUS>NOR:11",
    ]);
    assert.deepEqual(dyadsOf("Canada drew harsh Indian criticism for sheltering Sikh separatists.", 2), ["IND>CAN:11"]);
    assert.deepEqual(
      dyadsOf("Lithuania has faced stiff diplomatic and Chinese condemnation over its new Taiwanese office.", 2),
      ["CHN>LTU:11"],
    );
    assert.deepEqual(dyadsOf("Hungary won praise from Beijing for its stance on Hong Kong.", 2), ["CHN>HUN:05"]);
  });

  it("a drawn or received act keeps its own root: people's protests are a protest (14), not criticism (11)", () => {
    assert.deepEqual(dyadsOf("The Russian embassy received protests from Ukrainians in Berlin.", 2), ["UKR>RUS:14"]);
    assert.deepEqual(dyadsOf("Hungary came under criticism from Croatia.", 3), ["HRV>HUN:110"]);
  });

  it("an aside between the subject and the receiving verb is passed over", () => {
    assert.deepEqual(
      dyadsOf(
        "The Kenyan president's visit to Beijing, his second since the talks began, drew criticism from London.",
        2,
      ),
      ["KEN>CHN:04", "GBR>KEN:11"],
    );
  });

  it("with no agent of its own, the received act is no act of the subject on the topic", () => {
    assert.deepEqual(dyadsOf("Norway faced criticism over its treatment of Ukrainian refugees.", 2), []);
  });

  it("an act the subject does itself keeps its direction", () => {
    assert.deepEqual(dyadsOf("Norway voiced sharp criticism of Russia over the pipeline.", 2), ["NOR>RUS:11"]);
    assert.deepEqual(dyadsOf("Canada condemned the Indian raid on Sikh temples.", 2), ["CAN>IND:11"]);
  });
});

describe("reactingVerbAfter", () => {
  it("a noun act in the subject of a reacting verb is aimed inside its own phrase, not at who reacted", () => {
    // The crackdown falls on Armenia's own protesters; France only reacts.
    assert.deepEqual(dyadsOf("The Armenian government's crackdown on protesters drew French criticism.", 2), [
      "ARM>ARM:17",
      "FRA>ARM:11",
    ]);
    assert.deepEqual(dyadsOf("Cuba's detention of dissidents sparked condemnation from Spain.", 2), ["ESP>CUB:11"]);
    assert.deepEqual(dyadsOf("The Venezuelan army's raid on the border town prompted a rebuke from Brazil.", 2), [
      "BRA>VEN:11",
    ]);
  });

  it("a noun act whose verb is no reaction keeps the party after that verb", () => {
    assert.deepEqual(dyadsOf("Sanctions on Syria were imposed by Canada.", 2), ["CAN>SYR:16"]);
  });
});
