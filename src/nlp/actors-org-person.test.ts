import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2024-06-01") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}`);

test("an organisation's office with its portfolio before a person makes the person the organisation's", () => {
  assert.deepEqual(found("EU Special Representative for Dialogue Miroslav Lajcak met Serbian officials."), [
    "EU Special Representative for Dialogue Miroslav Lajcak=EU",
    "Serbian officials=SRB",
  ]);
  // Office words alone, as before.
  assert.deepEqual(found("U.N. mediator Diego Cordovez met Afghan officials."), [
    "U.N. mediator Diego Cordovez=UN",
    "Afghan officials=AFG",
  ]);
});

test("a dash after a group of states or a state word ends its phrase: the person after it is listed, not titled", () => {
  assert.deepEqual(
    found(
      "Japan hosted the leaders of the five Central Asian nations -- Kassym-Jomart Tokayev of Kazakhstan and others.",
    ),
    ["Japan=JPN", "Central Asian nations=CENTRAL_ASIA", "Kassym-Jomart Tokayev of Kazakhstan=KAZ"],
  );
});
