import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { roughSentences } from "./rough-sentences.ts";

const found = (text: string) =>
  findActorMentions(text, roughSentences(text, 0, text.length, 0), { date: "2025-06-01" }).map(
    (m) => `${m.text}=${m.actor.code}`,
  );

test("'the bloc', 'the alliance', 'the court' name again the body of that kind named shortly before", () => {
  assert.deepEqual(found("The EU warned Moscow on Monday. Russia accused the bloc of meddling."), [
    "The EU=EU",
    "Moscow=RUS",
    "Russia=RUS",
    "the bloc=EU",
  ]);
  assert.ok(
    found("NATO held drills. Russia said the military alliance was a threat.").includes("the military alliance=NATO"),
  );
  assert.ok(
    found("The International Criminal Court issued a warrant. Washington sanctioned the court.").includes(
      "the court=ICC",
    ),
  );
  assert.ok(found("The IMF praised Ukraine. Kyiv thanked the fund.").includes("the fund=IMF"));
  assert.ok(found("The IAEA board censured Iran. Tehran condemned the board's resolution.").includes("the board=IAEA"));
  assert.ok(found("The UN Security Council met. Russia accused the council of bias.").includes("the council=UN"));
});

test("with no such body before, or another body owned by 'of', the noun names none", () => {
  // A state's sentence makes a bare court its judiciary, as before.
  assert.ok(!found("Russia attacked Ukraine. Kyiv asked the court to rule.").some((m) => m.endsWith("=ICC")));
  assert.deepEqual(found("The EU met. Hungary criticised the union of journalists."), ["The EU=EU", "Hungary=HUN"]);
  // Too far back: four sentences between.
  const far = "NATO met in June. Talks stalled. Markets fell. Prices rose. Snow fell. Russia criticised the alliance.";
  assert.ok(!found(far).includes("the alliance=NATO"));
});

test("'the council' and 'the board' name a body named with that noun; 'the trade union' is no bloc", () => {
  // A plain UN mention leaves a city's council alone; the Security Council or the IAEA's board is named back.
  assert.ok(
    !found("The UN warned of famine. In Kharkiv, the council asked Kyiv for funds.").includes("the council=UN"),
  );
  assert.ok(!found("The UN General Assembly voted. Russia criticised the council.").includes("the council=UN"));
  assert.ok(found("The IAEA's Board of Governors met. Iran condemned the board.").includes("the board=IAEA"));
  assert.ok(!found("The IAEA warned Iran. Later the board approved the company's budget.").includes("the board=IAEA"));
  assert.ok(
    !found("The EU proposed new rules. In France, the trade union criticised Paris.").includes("the trade union=EU"),
  );
  assert.ok(found("The EAEU met in Minsk. Armenia criticised the economic union.").includes("the economic union=EAEU"));
});
