import assert from "node:assert/strict";
import { test } from "node:test";
import { dyadsOf } from "../../test/code-text.ts";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2025-06-01") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("an office every state has, followed by 'of' and a state, is that state's", () => {
  assert.deepEqual(found("The Ministry of Defence of Ukraine accused Russia."), [
    "Ministry of Defence of Ukraine=UKR/government",
    "Russia=RUS/",
  ]);
  assert.deepEqual(found("The National Security Council of Armenia met."), [
    "National Security Council of Armenia=ARM/government",
  ]);
  assert.deepEqual(found("The State Security Service of Georgia detained him."), [
    "State Security Service of Georgia=GEO/government",
  ]);
  assert.deepEqual(found("The National Security Committee of Kyrgyzstan detained him."), [
    "National Security Committee of Kyrgyzstan=KGZ/government",
  ]);
  // A state word before it works as before.
  assert.deepEqual(found("Armenia's Ministry of Defence said."), ["Armenia's Ministry of Defence=ARM/government"]);
});

test("alone, such an office is the listed state's only in a text that names that state", () => {
  // The United Kingdom named: its Ministry of Defence.
  assert.deepEqual(dyadsOf("The Ministry of Defence in London accused Russia of spying.", 2), ["GBR>RUS:11"]);
  // Not named: the office is the one of the state the text is about (here the lead's subject)…
  assert.deepEqual(
    dyadsOf("Ukraine downed 40 drones overnight. The Ministry of Defence accused Russia of the attack.", 2),
    ["UKR>RUS:11"],
  );
  // … and never the state its own verb acts on.
  assert.deepEqual(dyadsOf("The Ministry of Defence accused Iran of sending drones."), []);
  assert.deepEqual(dyadsOf("The National Security Council condemned Azerbaijan."), []);
  // The White House's council in a text about the United States.
  assert.deepEqual(dyadsOf("President Trump's National Security Council condemned Iran.", 2), ["USA>IRN:11"]);
});

test("central banks are their state's government, named by 'national bank of' or by their own names", () => {
  assert.deepEqual(found("The National Bank of Kazakhstan raised rates."), [
    "National Bank of Kazakhstan=KAZ/government",
  ]);
  assert.deepEqual(found("The Reserve Bank of India cut rates."), ["Reserve Bank of India=IND/government"]);
});

test("such an office followed by 'in' and a capital sits in that capital's state", () => {
  assert.deepEqual(found("The Ministry of Defence in Moscow accused Kyiv of shelling the plant."), [
    "Ministry of Defence in Moscow=RUS/government",
    "Kyiv=UKR/",
  ]);
  assert.deepEqual(found("The National Security Council in Yerevan criticised Azerbaijan."), [
    "National Security Council in Yerevan=ARM/government",
    "Azerbaijan=AZE/",
  ]);
  assert.deepEqual(dyadsOf("The Ministry of Defence in Moscow accused Ukraine of shelling the plant.", 2), [
    "RUS>UKR:11",
  ]);
  // A city that is no capital says where the office stands, not whose it is.
  assert.deepEqual(found("The Ministry of Defence in Kharkiv was hit."), []);
});
