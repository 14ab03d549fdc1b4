// A noun act that is its clause's subject takes its mood from its own predicate: scheduled, guessed or done.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2).sort();

describe("noun predicate", () => {
  it("'a Dutch UN peacekeeper was wounded': peacekeepers harmed are victims, not a deployment", () => {
    assert.deepEqual(roots("A Dutch UN peacekeeper was wounded in Sarajevo."), []);
    assert.deepEqual(roots("Two Indian UN peacekeepers were killed in Congo."), []);
    assert.ok(roots("NATO peacekeepers arrived in Bosnia.").includes("NATO>BIH:07"));
  });
  it("'talks could start next week': a guessed act is no event", () => {
    assert.deepEqual(roots("Talks between Armenia and Azerbaijan could start as early as next month."), []);
    assert.deepEqual(roots("Talks between the EU and India are expected to resume in the spring."), []);
  });
  it("'talks are due to start', 'a visit is planned for December': a schedule is an intent (036), not a meeting", () => {
    assert.deepEqual(roots("Talks between Russia and Ukraine are due to start in Istanbul next week."), [
      "RUS>UKR:03",
      "UKR>RUS:03",
    ]);
    assert.deepEqual(roots("The visit, the first by a Japanese leader to China in five years, is planned for May."), [
      "JPN>CHN:03",
    ]);
  });
  it("'a deal between X and Y would reshape the region', 'any attack on X would': what an act would do", () => {
    assert.deepEqual(roots("A deal between Israel and Saudi Arabia would reshape the region."), []);
    assert.deepEqual(roots("Any attack on Iranian nuclear sites by Israel would trigger a war."), []);
    assert.deepEqual(roots("A deal between Israel and Saudi Arabia would reshape the region, officials said."), []);
  });
  it("'talks would resume on Sunday, Tehran said': a reported schedule, the speaker before or after", () => {
    const both = ["IRN>USA:03", "USA>IRN:03"];
    assert.deepEqual(roots("Tehran said talks between Iran and the US would resume on Sunday."), both);
    assert.deepEqual(roots("Talks between Iran and the US would resume on Sunday, Tehran said."), both);
    assert.deepEqual(roots("Talks between Iran and the US would resume on Sunday, according to Tehran."), both);
  });
  it("'talks were not held': a negated predicate negates the noun act", () => {
    assert.deepEqual(roots("Talks between Russia and Ukraine were not held."), []);
    assert.deepEqual(roots("The session was not attended by France and Germany."), []);
    assert.deepEqual(roots("The summit did not bring together the leaders of Armenia and Azerbaijan."), []);
    assert.deepEqual(roots("The session was attended by France and Germany."), ["DEU>FRA:04", "FRA>DEU:04"]);
  });
  it("a predicate that asserts the act, or says what it did, leaves it done", () => {
    assert.deepEqual(roots("Talks between Russia and Ukraine took place in Istanbul on Monday."), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
    assert.deepEqual(roots("Talks between Russia and Ukraine ended without a deal on Monday."), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
  });
  it("'Chinese investment in Hungary has surged', 'aid to Ukraine fell by half': a moving figure is no act", () => {
    assert.deepEqual(roots("Chinese investment in Hungary has surged."), []);
    assert.deepEqual(roots("German aid to Ukraine fell by half last year."), []);
    assert.deepEqual(roots("Russian attacks on Ukraine have surged."), ["RUS>UKR:19"]);
  });
});

describe("a noun act opening a relative 'where' or 'when' clause", () => {
  it("takes its predicate's schedule: talks still to take place are an intent to meet (03)", () => {
    assert.deepEqual(
      dyadsOf("Zelensky arrived in Turkey, where talks between Ukraine and Russia are to take place.", 2),
      ["UKR>TUR:04", "UKR>RUS:03", "RUS>UKR:03"],
    );
    assert.deepEqual(dyadsOf("The first talks between Greece and Turkey since 2023 will be held in Athens.", 2), [
      "GRC>TUR:03",
      "TUR>GRC:03",
    ]);
  });
  it("stays a meeting when the talks were held", () => {
    assert.deepEqual(dyadsOf("Delegates arrived in Doha, where talks between Pakistan and Afghanistan were held.", 2), [
      "PAK>AFG:04",
      "AFG>PAK:04",
    ]);
  });
  it("a tie that grows is a state of relations; a tie launched is an act", () => {
    assert.deepEqual(dyadsOf("Cooperation between Georgia and Armenia in transport is developing steadily."), []);
    assert.deepEqual(dyadsOf("Relations between Mongolia and Kazakhstan continue to deepen."), []);
    assert.deepEqual(dyadsOf("Cooperation between Georgia and Armenia in transport was launched in March.", 2), [
      "GEO>ARM:06",
      "ARM>GEO:06",
    ]);
  });

  it("a planned or scheduled occasion said to have taken place was held, not only intended", () => {
    assert.deepEqual(roots("A long-planned visit by the Turkish president to Azerbaijan took place on Tuesday."), [
      "TUR>AZE:04",
    ]);
    assert.deepEqual(roots("A planned visit by the Turkish president to Azerbaijan took place on Tuesday."), [
      "TUR>AZE:04",
    ]);
    assert.deepEqual(roots("The scheduled talks between Russia and Ukraine went ahead in Istanbul on Friday."), [
      "RUS>UKR:04",
      "UKR>RUS:04",
    ]);
    // Still to come, or only awaited: an intent.
    assert.deepEqual(roots("The planned visit by the Turkish president to Azerbaijan will take place next week."), [
      "TUR>AZE:03",
    ]);
  });
});
