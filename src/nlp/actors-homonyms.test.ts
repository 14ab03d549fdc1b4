import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const codes = (text: string) =>
  findActorMentions(text, [], { date: "2012-05-01" }).map((m) => `${m.text}=${m.actor.code}`);

test("a role phrase at a place several states share takes the state its sentence names", () => {
  // Tripoli is Libya's capital and Lebanon's second city.
  assert.deepEqual(codes("Gunmen in Tripoli fired on a Lebanese army checkpoint overnight."), [
    "Gunmen in Tripoli=LBN",
    "Lebanese army=LBN",
  ]);
  // Nothing names another state: the gazetteer's own reading stands.
  assert.deepEqual(codes("Militias in Tripoli agreed to a truce."), ["Militias in Tripoli=LBY"]);
  // The sentence names the capital's own state too: no reason to move it.
  assert.deepEqual(codes("Militias in Tripoli attacked Libyan and Lebanese traders."), [
    "Militias in Tripoli=LBY",
    "Libyan=LBY",
    "Lebanese=LBN",
  ]);
});

test("a capital acting alone is not moved, and a small namesake abroad is no homonym", () => {
  // "Tripoli" acting (no role phrase) is the Libyan government, whatever else the sentence names.
  assert.deepEqual(codes("Tripoli protested to Lebanese diplomats."), ["Tripoli=LBY", "Lebanese diplomats=LBN"]);
  // London, Ontario is far smaller than London: police in London stay British beside a Canadian.
  assert.deepEqual(codes("Police in London detained two Canadian tourists."), [
    "Police in London=GBR",
    "Canadian tourists=CAN",
  ]);
});

test("a capital named as a place that is another named state's city is no mention", () => {
  assert.deepEqual(codes("Clashes broke out in Tripoli, Lebanon's second city, on Sunday."), ["Lebanon=LBN"]);
  assert.deepEqual(codes("Syrian troops shelled positions near Tripoli and Lebanese villages."), [
    "Syrian troops=SYR",
    "Lebanese=LBN",
  ]);
  // Libya's own capital stays Libya's.
  assert.deepEqual(codes("Fighting in Tripoli worried Libya's neighbours."), ["Tripoli=LBY", "Libya=LBY"]);
});

test("a sentence that names none of the place's states reads it as the rest of the text does", () => {
  const inText = (...parts: string[]) => {
    const text = parts.join(" ");
    let start = 0;
    const sentences = parts.map((p, index) => {
      const s = { index, start, end: start + p.length, text: p };
      start += p.length + 1;
      return s;
    });
    return findActorMentions(text, sentences, { date: "2012-05-01" }).map((m) => `${m.text}=${m.actor.code}`);
  };
  // The place named again ("Tripoli" above) does not count as naming Libya.
  assert.deepEqual(inText("The Lebanese army entered Tripoli on Monday.", "Tripoli police arrested ten men."), [
    "Lebanese army=LBN",
    "Tripoli=LBY",
    "Tripoli police=LBN",
  ]);
  assert.deepEqual(inText("Libyan rebels advanced.", "Militias in Tripoli agreed to a truce."), [
    "Libyan rebels=LBY",
    "Militias in Tripoli=LBY",
  ]);
  // A text naming both states leaves the gazetteer's reading.
  assert.deepEqual(inText("Lebanon and Libya sent envoys.", "Militias in Tripoli agreed to a truce."), [
    "Lebanon=LBN",
    "Libya=LBY",
    "Militias in Tripoli=LBY",
  ]);
});
