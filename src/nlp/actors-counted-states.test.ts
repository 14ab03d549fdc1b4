import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { roughSentences } from "./rough-sentences.ts";

/** The members "the N countries" (the last such phrase in `text`) stands for, sorted; "" when it names no one. */
function membersOf(text: string, phrase = "the three countries"): string {
  const sentences = roughSentences(text, 0, text.length, 0);
  const at = text.lastIndexOf(phrase);
  const m = findActorMentions(text, sentences, { date: "2026-03-01" }).find((x) => x.start === at);
  return m?.actor.members ? [...m.actor.members].sort().join(" ") : "";
}

test("'the three countries' stands for the three states the sentence before names", () => {
  assert.equal(
    membersOf("Peru signed a deal with Chile and Bolivia. Later the three countries met in Lima."),
    "BOL CHL PER",
  );
  assert.equal(
    membersOf("Ghana, Togo, Benin and Niger held talks. The four nations then criticised Mali.", "The four nations"),
    "BEN GHA NER TGO",
  );
  // In its own sentence before it.
  assert.equal(membersOf("Chad, Sudan and Libya said the three countries would patrol the border."), "LBY SDN TCD");
});

test("a named group of that many members comes first; the phrase's own sentence names the other party", () => {
  assert.equal(
    membersOf(
      "The Baltic states expelled Russian diplomats. Estonia cited Russia's war on Ukraine. Moscow summoned envoys of the three countries.",
    ),
    "EST LTU LVA",
  );
  // France acts on the three; it is none of them.
  assert.equal(
    membersOf("Mali, Niger and Burkina Faso left the bloc. France criticised the three countries."),
    "BFA MLI NER",
  );
});

test("a count that does not fit, or no states named, names no one", () => {
  assert.equal(membersOf("Peru signed a deal with Chile. Later the three countries met in Lima."), "");
  assert.equal(membersOf("Talks were held in Geneva. Later the three countries met in Lima."), "");
  assert.equal(membersOf("Peru, Chile and Bolivia met. Later the three countries of the Andes signed a pact."), "");
});
