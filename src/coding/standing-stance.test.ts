// Lasting positions are not acts at a time: a stance in a relative clause, a perfect over a span of years.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const roots = (text: string) => dyadsOf(text, 2);

describe("habitual acts", () => {
  it("'has long supported', 'has for decades funded', 'has armed X for years': a policy, not an event", () => {
    assert.deepEqual(roots("Russia has long supported separatists in Moldova."), []);
    assert.deepEqual(roots("Iran has for decades funded armed groups in Yemen."), []);
    assert.deepEqual(roots("China has armed Pakistan for years."), []);
    assert.deepEqual(roots("Russia has always backed Serbia."), []);
  });
  it("'has increasingly turned to', 'has backed X since the start of the war': a drift or a stance kept up", () => {
    assert.deepEqual(roots("Mali has increasingly turned to Russia and Turkey for military help."), []);
    assert.deepEqual(roots("Latvia has backed Ukraine since the beginning of Russia's invasion."), []);
    assert.deepEqual(roots("Latvia has backed Ukraine's bid to join NATO."), ["LVA>UKR:05"]);
  });
  it("'Since the start of the invasion, X has sent Y 30 tanks': fronted, the beginning makes a running total", () => {
    assert.deepEqual(roots("Since the start of the Russian invasion, Germany has sent Ukraine 30 tanks."), []);
    assert.deepEqual(roots("Since the beginning of the war, Latvia has backed Ukraine."), []);
    // A deed done at a time, and a perfect with no beginning before it, are still events.
    assert.deepEqual(roots("Germany has sent Ukraine 30 tanks."), ["DEU>UKR:07"]);
    assert.deepEqual(roots("At the start of the invasion, Germany sent Ukraine 30 tanks."), ["DEU>UKR:07"]);
  });
  it("'usually condemns', 'often accuses', 'every year ... accuse', 'tends to respond': what is done as a rule", () => {
    assert.deepEqual(roots("Washington usually condemns Russian strikes on Kyiv."), []);
    assert.deepEqual(roots("The Kremlin often accuses Western governments of meddling."), []);
    assert.deepEqual(roots("Every year Greece and Turkey accuse each other of violating airspace."), []);
    assert.deepEqual(roots("Russia tends to respond to Western sanctions with sanctions of its own."), []);
    assert.deepEqual(roots("The Kremlin accused Western governments of meddling."), ["RUS>WEST:11"]);
    // A deed done as a rule is still a deed the report attests.
    assert.deepEqual(roots("Russian soldiers routinely beat Ukrainian prisoners, a court was told."), ["RUS>UKR:18"]);
  });
  it("'meet every year', 'meet annually', 'hold exercises every two years': a period of repetition after the verb", () => {
    assert.deepEqual(roots("The foreign ministers of Georgia and Armenia meet every year."), []);
    assert.deepEqual(roots("The presidents of Kyrgyzstan and Tajikistan meet annually to review the border."), []);
    assert.deepEqual(roots("India holds a summit with the Nordic states every two years."), []);
    assert.deepEqual(roots("Mongolia and China conduct joint exercises every year."), []);
    // A meeting dated beside the habit, and one held every day of a dated stretch, happened.
    assert.deepEqual(roots("The presidents of Georgia and Armenia met on Monday and meet every year."), [
      "GEO>ARM:04",
      "ARM>GEO:04",
    ]);
    assert.deepEqual(roots("Mongolia and China conducted joint exercises last week."), ["MNG>CHN:06", "CHN>MNG:06"]);
  });
  it("the same verbs done at a time, or over days, are events", () => {
    assert.deepEqual(roots("Russia supported separatists in Moldova."), ["RUS>MDA:05"]);
    assert.deepEqual(roots("Russia has shelled Kharkiv for days."), ["RUS>UKR:19"]);
    assert.deepEqual(roots("Each day this week, Russia accused Ukraine of shelling the plant."), ["RUS>UKR:11"]);
  });
  it("a promise or agreement over years is made now: the span belongs to what is promised", () => {
    assert.deepEqual(roots("Germany has pledged to fund Ukraine's army for years to come."), ["DEU>UKR:03"]);
    assert.deepEqual(roots("Russia has agreed to supply gas to China for decades."), ["RUS>CHN:03"]);
    assert.deepEqual(roots("Japan has agreed to provide aid to Ukraine for many years."), ["JPN>UKR:03"]);
    assert.deepEqual(roots("Germany has promised Ukraine air defence support for years to come."), ["DEU>UKR:03"]);
  });
});

describe("standing roles", () => {
  it("'the largest recipient of US aid', 'the biggest provider of aid': a rank, not an act", () => {
    assert.deepEqual(roots("Egypt is the largest recipient of U.S. aid after Israel."), []);
    assert.deepEqual(roots("Germany is the second-biggest supplier of weapons to Ukraine."), []);
    assert.deepEqual(roots("The US sent aid to Egypt."), ["USA>EGY:07"]);
  });
});

describe("ties described by a participle", () => {
  it("'groups linked to X', 'militias allied with X', 'is tied to X': a standing bond, not an act", () => {
    assert.deepEqual(roots("Chad was a reliable partner in the fight against armed groups linked to al-Qaeda."), []);
    assert.deepEqual(roots("Mali hired militias allied with Russia."), []);
    assert.deepEqual(roots("Serbia is closely tied to Russia."), []);
  });

  it("a party that allies itself with another still acts", () => {
    assert.deepEqual(roots("Iran allied with Russia in 2015."), ["IRN>RUS:06", "RUS>IRN:06"]);
  });
});
