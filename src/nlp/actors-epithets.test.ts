import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { roughSentences } from "./rough-sentences.ts";

/** The code (and role) the phrase `phrase` takes in `text`, "" when it names no one. */
function codeOf(text: string, phrase: string, date = "2026-03-01"): string {
  const sentences = roughSentences(text, 0, text.length, 0);
  const at = text.lastIndexOf(phrase);
  const m = findActorMentions(text, sentences, { date }).find((x) => x.start === at);
  return m ? [m.actor.code, m.actor.role].filter(Boolean).join("/") : "";
}

test("a kind of state refers back to the nearest earlier state of that kind", () => {
  assert.equal(codeOf("Oman hosted the talks. The Gulf state then criticised Iran.", "The Gulf state"), "OMN");
  assert.equal(
    codeOf("Kyrgyzstan signed a deal with China. The Central Asian republic then thanked Beijing.", "The Central"),
    "KGZ",
  );
  // China is the nearer state, but no former Soviet republic.
  assert.equal(
    codeOf("Moldova signed a deal with China. The former Soviet republic then thanked Beijing.", "The former"),
    "MDA",
  );
  assert.equal(codeOf("Bolivia hosted Chile's president. The landlocked nation asked for access.", "The land"), "BOL");
  assert.equal(
    codeOf("Serbia met Germany's chancellor. The Balkan country then rejected sanctions.", "The Balkan"),
    "SRB",
  );
  assert.equal(codeOf("Japan met France's president. The island nation then protested.", "The island"), "JPN");
});

test("a possessive epithet takes the role after it", () => {
  assert.equal(
    codeOf("Lithuania closed its border. The small Baltic state's foreign ministry summoned an envoy.", "The small"),
    "LTU/government",
  );
});

test("an epithet names no one when no state of its kind was named before it", () => {
  assert.equal(codeOf("Voters went to the polls. The Gulf state then criticised Iran.", "The Gulf state"), "");
  assert.equal(codeOf("France hosted the talks. The Gulf state then criticised Iran.", "The Gulf state"), "");
  // Named only after it.
  assert.equal(codeOf("The Gulf state criticised Iran, Kuwait's paper said.", "The Gulf state"), "");
});

test("two states of the kind in the nearest sentence leave it unresolved; a nearer sentence decides", () => {
  assert.equal(codeOf("Qatar and Bahrain held talks. The Gulf state then criticised Iran.", "The Gulf state"), "");
  assert.equal(codeOf("Oil-rich Nigeria met Russia. The oil-rich nation then signed.", "The oil-rich"), "");
  assert.equal(
    codeOf(
      "Bahrain hosted a summit. Later Qatar sent envoys to Iran. The Gulf state then criticised Iran.",
      "The Gulf",
    ),
    "QAT",
  );
});

test("an indefinite, plural or named phrase is no epithet", () => {
  assert.equal(codeOf("Qatar hosted talks. A Gulf state then criticised Iran.", "A Gulf state"), "");
  assert.equal(codeOf("Qatar hosted talks. The Gulf states then criticised Iran.", "The Gulf states"), "");
  // "the Baltic state of Latvia": the name itself follows, and is the mention.
  assert.equal(codeOf("Estonia hosted talks. The Baltic state of Latvia protested.", "The Baltic state"), "");
  // A word that picks out another state keeps it out.
  assert.equal(codeOf("Qatar hosted talks. The neighbouring Gulf state protested.", "The neighbouring"), "");
});

test("'the NATO member', 'the EU member state' refer back to the nearest earlier member of the organisation", () => {
  assert.equal(
    codeOf("Romania shot down a drone. It was the first time the NATO member had fired on Russian assets.", "the NATO"),
    "ROU",
  );
  assert.equal(
    codeOf("Lithuania expelled Russian citizens. Moscow called it a crime by the EU member state.", "the EU member"),
    "LTU",
  );
  // China is no member; Armenia is the CSTO's.
  assert.equal(codeOf("Armenia met China's envoy. The CSTO ally then froze its dues.", "The CSTO"), "ARM");
  // A member state named in the next sentence is no part of "the EU member states" before it.
  assert.equal(codeOf("Moscow blamed the EU member states. Estonia protested.", "Estonia"), "EST");
  // Two members in the nearest sentence: no telling which.
  assert.equal(codeOf("Estonia and Finland protested. The NATO ally said more.", "The NATO ally"), "");
  // No member named before: the organisation stays as it was found.
  assert.equal(codeOf("China protested. The NATO member said more.", "The NATO member"), "");
});

test("'of' and a verb's object after an epithet keep it one ('accused the Gulf state of meddling')", () => {
  assert.equal(codeOf("Bahrain hosted the talks. Iran accused the Gulf state of meddling.", "the Gulf state"), "BHR");
  assert.equal(codeOf("Romania scrambled jets. Moscow accused the NATO member of provoking it.", "the NATO"), "ROU");
});

test("the first state its own sentence names, its subject, is another party than the epithet", () => {
  assert.equal(
    codeOf(
      "Turkey bought Russian missiles. US officials threatened sanctions after the NATO ally kept them.",
      "the NATO",
    ),
    "TUR",
  );
  // A state named later in the sentence than its subject is what the epithet refers to.
  assert.equal(
    codeOf("China recalled its envoy to Lithuania and told the Baltic nation to undo the move.", "the Baltic"),
    "LTU",
  );
  // A dateline opens the text, not the sentence: the state it names is no subject.
  assert.equal(
    codeOf(
      "TASHKENT - Protesters met at the Chinese embassy as Wang Yi visited the Central Asian country.",
      "the Central",
    ),
    "UZB",
  );
});

test("an official of a state of the kind reporting on the kind leaves the epithet unresolved", () => {
  // His own republic is as likely as the one named before: name no one rather than guess.
  assert.equal(
    codeOf(
      "Tajikistan signed a deal with Iran. Kyrgyz President Japarov said the Central Asian republic had closed a border post.",
      "the Central",
    ),
    "",
  );
  assert.equal(
    codeOf(
      "Moldova signed a deal with Romania. Armenia's foreign minister told reporters the former Soviet republic had expelled an envoy.",
      "the former",
    ),
    "",
  );
  // A state named as the speaker means another state; so does an official whose state is of another kind.
  assert.equal(
    codeOf(
      "Moldova signed a deal with Romania. Moscow said the former Soviet republic had expelled an envoy.",
      "the former",
    ),
    "MDA",
  );
  assert.equal(
    codeOf(
      "Tajikistan signed a deal with Iran. China's foreign minister said the Central Asian republic had agreed.",
      "the Central",
    ),
    "TJK",
  );
});

test("an organisation's members are those of the article's day", () => {
  const text =
    "Norway protested to Russia. Sweden also summoned the Russian envoy. Moscow accused the NATO member of lying.";
  assert.equal(codeOf(text, "the NATO", "2015-05-01"), "NOR");
  assert.equal(codeOf(text, "the NATO", "2025-05-01"), "SWE");
  const left = "Britain imposed sanctions on Russia. Moscow accused the EU member of hostility.";
  assert.equal(codeOf(left, "the EU", "2016-05-01"), "GBR");
  assert.equal(codeOf(left, "the EU", "2023-05-01"), "");
});
