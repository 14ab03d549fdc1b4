// A criticism whose object points back to an act just done is aimed at its doer; sentences are made up.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";

const criticisms = (text: string) => dyadsOf(text, 2).filter((d) => d.endsWith(":11"));

describe("a criticism of an act just done", () => {
  it("is aimed at whoever did the act its object points back to", () => {
    assert.deepEqual(criticisms("Israeli jets struck targets in Lebanon. Jordan condemned the strikes."), [
      "JOR>ISR:11",
    ]);
    assert.deepEqual(criticisms("Georgia froze the deal with the EU. Brussels criticised the move."), ["EU>GEO:11"]);
  });
  it("sanctions, a ban, arrests, a visit or a deal just reported point back to their doers", () => {
    assert.deepEqual(criticisms("The EU imposed new sanctions on Iran on Monday. Tehran condemned the sanctions."), [
      "IRN>EU:11",
    ]);
    assert.deepEqual(criticisms("Russia banned imports of Moldovan wine. Chisinau condemned the ban."), ["MDA>RUS:11"]);
    assert.deepEqual(criticisms("Iran arrested two French citizens. Paris condemned the arrests."), ["FRA>IRN:11"]);
    assert.deepEqual(criticisms("Orban visited Moscow on Friday. The EU criticised the visit."), ["EU>HUN:11"]);
    assert.deepEqual(criticisms("China held military drills near Taiwan on Monday. Japan condemned the exercises."), [
      "JPN>CHN:11",
    ]);
    assert.deepEqual(criticisms("Armenia signed a defence deal with France. Azerbaijan condemned the deal."), [
      "AZE>ARM:11",
      "AZE>FRA:11",
    ]);
  });
  it("a rejection or praise of such an act points back too; an act of another kind does not", () => {
    const dyads = (text: string) => dyadsOf(text, 2).slice(1);
    assert.deepEqual(dyads("The EU imposed new sanctions on Iran. Tehran rejected the sanctions as illegal."), [
      "IRN>EU:12",
    ]);
    assert.deepEqual(dyads("The EU imposed new sanctions on Iran. Washington welcomed the sanctions."), ["USA>EU:05"]);
    // The sentence before reports a visit, not sanctions: the object points to nothing just done.
    assert.deepEqual(dyads("Orban visited Moscow on Friday. The EU condemned the sanctions."), []);
  });
  it("an act named by its noun may lie a few sentences back, across a paragraph; 'the move' may not", () => {
    const far =
      "Russia struck Kyiv overnight. Ukraine shot down 40 drones. Officials called it the largest attack this year.";
    assert.deepEqual(criticisms(`${far}\n\nPoland condemned the strikes.`), ["POL>RUS:11"]);
    assert.deepEqual(criticisms(`${far} Poland criticised the move.`), []);
    // Only the latest such act is meant.
    const two = "Israel struck Gaza on Monday. Russia struck Kyiv on Tuesday. Ukraine shot down 40 drones.";
    assert.deepEqual(criticisms(`${two} France condemned the strikes.`), ["FRA>RUS:11"]);
  });
  it("an object that names its own doer or its own content is no pointer back", () => {
    assert.deepEqual(
      criticisms(
        "Turkey bombed Kurdish positions in Iraq. Iraq condemned the attack by Kurdish militants on a Turkish base.",
      ),
      [],
    );
    assert.deepEqual(
      criticisms("Russia invaded Ukraine in 2022. Three years later, Hungary criticised the decision to admit Sweden."),
      [],
    );
    assert.deepEqual(criticisms("Russia shelled Kharkiv. France condemned the move to expel its diplomats."), []);
    // A participle's "by" names the doer too, a few sentences back as well as just before.
    assert.deepEqual(
      criticisms(
        "Israel struck Beirut. Five people died. Pakistan condemned the strikes carried out by India in Kashmir.",
      ),
      [],
    );
    assert.deepEqual(
      criticisms(
        "The EU imposed sanctions on Belarus. China criticised the sanctions imposed on its firms by Washington.",
      ),
      [],
    );
  });
});
