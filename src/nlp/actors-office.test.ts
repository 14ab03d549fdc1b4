import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { officeIn } from "./actors-office.ts";
import { roughSentences } from "./rough-sentences.ts";

/** The code the bare office phrase `phrase` takes in `text` ("" when it is left unresolved or not found). */
function codeOf(text: string, phrase: string, date = "2025-03-10"): string {
  const sentences = roughSentences(text, 0, text.length, 0);
  const at = text.lastIndexOf(phrase);
  const m = findActorMentions(text, sentences, { date }).find((x) => x.start === at);
  return m ? `${m.actor.code}/${m.actor.role}` : "";
}

test("a bare office takes the state of the nearest earlier titled holder", () => {
  assert.equal(
    codeOf(
      "President Tokayev met Vladimir Putin in Moscow on Monday. The president later spoke to reporters.",
      "The president",
    ),
    "KAZ/government",
  );
  assert.equal(
    codeOf(
      "Kazakh President Kassym-Jomart Tokayev visited Beijing. The president signed a deal with China.",
      "The president",
    ),
    "KAZ/government",
  );
  assert.equal(
    codeOf(
      "Armenian Foreign Minister Ararat Mirzoyan met Russian officials. The foreign minister later left.",
      "The foreign minister",
    ),
    "ARM/government",
  );
});

test("a person's term of office on the article's date makes them the holder when the text gives no title", () => {
  // Vance is the vice-president: only Erdogan holds the presidency here.
  assert.equal(
    codeOf("Vice President Vance met Erdogan in Ankara. The president said Turkey would buy jets.", "The president"),
    "TUR/government",
  );
});

test("the government refers back to a state's government, not to its diplomats or soldiers", () => {
  assert.equal(
    codeOf(
      "Kazakhstan's government expelled two Russian diplomats on Monday. The government also accused Moscow.",
      "The government",
    ),
    "KAZ/government",
  );
  assert.equal(
    codeOf(
      "The Georgian government summoned Russian troops' commanders. The government said more would follow.",
      "The government",
    ),
    "GEO/government",
  );
});

test("without an earlier holder, the office is that of the state the lead is about", () => {
  assert.equal(
    codeOf(
      "Kazakhstan expelled two Russian diplomats. The foreign minister said more would follow.",
      "The foreign minister",
    ),
    "KAZ/government",
  );
  // A short phrase set off by a comma may open the lead before its subject.
  for (const opening of ["In a statement, ", "After the talks, ", "On Monday, "])
    assert.equal(
      codeOf(
        `${opening}Kazakhstan expelled two Russian diplomats. The foreign minister said more would follow.`,
        "The foreign minister",
      ),
      "KAZ/government",
      opening,
    );
  // A lead whose first state is not its subject is about no one state.
  assert.equal(
    codeOf("Talks with Chinese officials ended in Hanoi. The foreign minister later left.", "The foreign minister"),
    "",
  );
});

test("only the text's first sentence is its lead, and a lead about two states gives the office to neither", () => {
  // A lead on a body the gazetteer does not name: a later sentence's state is no subject of the text.
  assert.equal(
    codeOf(
      "Senate Republicans pushed a budget bill on Monday. Ukraine's foreign minister visited Washington. " +
        "The president is expected to sign the bill.",
      "The president",
    ),
    "",
  );
  for (const text of [
    "Russia and Ukraine blamed each other for the attack. The government said it would respond.",
    "The United States and Iran held talks in Oman. The foreign minister said progress had been made.",
    "France, Britain and Germany pledged troops. The government said details would follow.",
  ]) {
    const phrase = text.includes("The government") ? "The government" : "The foreign minister";
    assert.equal(codeOf(text, phrase), "", text);
  }
});

test("a bare office stays unresolved when two states' holders precede it or the subject changes", () => {
  // Two titled presidents in one sentence.
  assert.equal(
    codeOf("Kazakh President Tokayev met Russian President Vladimir Putin. The president later left.", "The president"),
    "",
  );
  // Two untitled holders by term.
  assert.equal(codeOf("Tokayev met Vladimir Putin in Moscow. The president later left.", "The president"), "");
  // The subject moves to another state between the holder and the phrase.
  assert.equal(
    codeOf("President Tokayev visited Ankara. Russia announced sanctions. The president later left.", "The president"),
    "",
  );
  // Other states before the phrase in its own sentence.
  assert.equal(
    codeOf(
      "President Tokayev visited Ankara. After talks with Russia and Ukraine, the president left.",
      "the president",
    ),
    "",
  );
});

test("an office owned by what follows it is no reference back", () => {
  const text = "President Trump spoke. Zippy Duvall, the president of the Farm Bureau, wrote about China and Mexico.";
  assert.equal(codeOf(text, "the president"), "");
});

test("a company's, a university's or a commission's president is no state's, even where a state is named", () => {
  for (const [text, phrase] of [
    [
      "Harvard University's president Alan Garber said the school would sue. The president said Chinese students would suffer.",
      "The president",
    ],
    [
      "Microsoft said its president Brad Smith would visit China. The president said the lab would stay.",
      "The president",
    ],
    // Named after the state's holder, the other president is the nearer one.
    [
      "President Trump attacked Harvard. Alan Garber, the university's president, said it would sue. The president said Chinese students were welcome.",
      "The president",
    ],
    ["Alan Garber, the president of Harvard, met Chinese diplomats in Beijing.", "the president"],
    [
      "Serbia's President Aleksandar Vucic met Chinese officials. The president of the European Commission warned Belgrade.",
      "The president",
    ],
  ])
    assert.equal(codeOf(text, phrase), "", text);
  // A vice-president holds no office, and "the president of the country" is its sentence's state's.
  assert.equal(
    codeOf("Vice President JD Vance visited Kyiv. The president is expected to follow.", "The president"),
    "USA/government",
  );
  assert.equal(
    codeOf("The president of the country, a former general, visited Kenya.", "The president"),
    "KEN/government",
  );
});

test("a bare office is not given to its sentence's state when the text names only other states' holders of it", () => {
  const trump = "President Trump signed the tariff order. Canada's prime minister Mark Carney criticised it.";
  assert.equal(codeOf(`${trump} The president said Canada would pay.`, "The president"), "");
  // The sentence's own state is among the holders: it is left to the sentence, as before.
  assert.equal(
    codeOf(`${trump} The president said the United States would not back down.`, "The president"),
    "USA/government",
  );
  // "The government" is every state's: its sentence's state keeps it.
  assert.equal(codeOf(`${trump} The government said Canada would respond.`, "The government"), "CAN/government");
});

test("a title before a new name is no reference back", () => {
  const text = "President Tokayev visited Ankara. President Abdelaziz Bouteflicka later left.";
  assert.equal(codeOf(text, "President Abdelaziz Bouteflicka"), "");
});

test("an office is read from its words; a vice-president or a former one holds no office", () => {
  assert.equal(officeIn("the president"), "president");
  assert.equal(officeIn("the premier"), "prime minister");
  assert.equal(officeIn("minister of foreign affairs"), "foreign minister");
  assert.equal(officeIn("the defense minister"), "defence minister");
  assert.equal(officeIn("the regime"), "government");
  assert.equal(officeIn("vice president"), undefined);
  assert.equal(officeIn("former president"), undefined);
});

test("offices under other names: a secretary of state is a foreign minister, an armed forces minister a defence one", () => {
  assert.equal(officeIn("secretary of state"), "foreign minister");
  assert.equal(officeIn("secretary of state for defence"), "defence minister");
  assert.equal(officeIn("armed forces minister"), "defence minister");
  assert.equal(officeIn("chancellor"), "prime minister");
  assert.equal(officeIn("chancellor of the exchequer"), undefined);
  // Rubio holds the office by his term on the article's date, with no title in the text.
  assert.equal(
    codeOf(
      "Rubio met Chinese officials in Kuala Lumpur. The foreign minister later flew home.",
      "The foreign minister",
      "2025-07-11",
    ),
    "USA/government",
  );
});

test("'the head of state' refers back to the president; 'the head of government' to the prime minister", () => {
  assert.equal(
    codeOf("Tajik President Emomali Rahmon met Chinese Premier Li Qiang. The head of state thanked China.", "The head"),
    "TJK/government",
  );
  assert.equal(
    codeOf(
      "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida. The head of government left.",
      "The head",
      "2023-11-17",
    ),
    "JPN/government",
  );
  assert.equal(codeOf("The Russian head of state criticised Kyiv.", "Russian head of state"), "RUS/government");
});

test("'the head of state' refers back to a monarch or an emir as well as to a president", () => {
  // Without the monarch as a head of state the phrase took the nearest president's state (FRA).
  assert.equal(
    codeOf(
      "King Harald V received Emmanuel Macron at the palace in Oslo. The head of state later thanked Denmark.",
      "The head of state",
    ),
    "NOR/government",
  );
  assert.equal(
    codeOf(
      "Kuwait's emir hosted the Indonesian prime minister. The head of state later praised Egypt.",
      "The head of state",
    ),
    "KWT/government",
  );
  // A president is a head of state too; a king and a president in one sentence leave it unresolved.
  assert.equal(
    codeOf("President Tokayev visited Beijing. The head of state later praised China.", "The head of state"),
    "KAZ/government",
  );
  assert.equal(
    codeOf("President Tokayev met King Mohammed VI in Rabat. The head of state later left.", "The head of state"),
    "",
  );
});

test("a monarch is no president, and an heir or a queen mother holds no office of state", () => {
  assert.equal(officeIn("king"), "king");
  assert.equal(officeIn("qatar 's emir"), "emir");
  assert.equal(officeIn("monarch"), "monarch");
  assert.equal(officeIn("head of state"), "head of state");
  assert.equal(officeIn("president"), "president");
  assert.equal(officeIn("crown prince"), undefined);
  assert.equal(officeIn("queen mother"), undefined);
  // "The president" does not refer back to a king.
  assert.equal(
    codeOf("King Harald V received Emmanuel Macron in Oslo. The president later thanked Denmark.", "The president"),
    "FRA/government",
  );
});

test("a bare office crosses another state's sentence when the text comes back to its holder", () => {
  // The subject moves to Russia, then back to Tokayev: "the president" is his again.
  assert.equal(
    codeOf(
      "The president wants a deal with Kazakhstan's neighbours, Tokayev's aides said. Russia announced sanctions. Tokayev is the one who decides. The president later left.",
      "The president",
    ),
    "KAZ/government",
  );
  // Back to the state, but not to a holder of the office: the reference stays broken.
  assert.equal(
    codeOf(
      "President Tokayev visited Ankara. Russia announced sanctions. Kazakhstan's farmers protested. The president later left.",
      "The president",
    ),
    "",
  );
});

test("'the king' refers back to the last-named king, not to a president or an emperor named beside him", () => {
  assert.equal(
    codeOf("King Charles met President Macron in Paris. The king praised France.", "The king"),
    "GBR/government",
  );
  assert.equal(
    codeOf("King Charles hosted Japan's Emperor Naruhito in London. The king praised Japan.", "The king"),
    "GBR/government",
  );
  // "The head of state" still refers back to a king.
  assert.equal(
    codeOf("King Felipe VI visited Morocco. The head of state met traders.", "The head of state"),
    "ESP/government",
  );
});

test("a queen consort is her state's, holds no office, and is no antecedent of 'the king'", () => {
  assert.equal(codeOf("Queen Camilla met the Japanese emperor.", "Queen Camilla"), "GBR/undefined");
  assert.equal(codeOf("Queen Letizia visited Morocco.", "Queen Letizia"), "ESP/undefined");
  // A queen the gazetteer does not list takes no state from her sentence.
  assert.equal(codeOf("Queen Noor of Ruritania visited Kenya.", "Queen Noor"), "");
  assert.equal(
    codeOf("King Felipe VI and Queen Letizia hosted Macron. The king thanked France.", "The king"),
    "ESP/government",
  );
});

test("'the king' with no king named is not the king of a state that has none", () => {
  // The lead is France's president: the king who welcomes him in Rabat is Morocco's, which the text leaves unnamed.
  assert.equal(
    codeOf(
      "President Macron arrived in Rabat on Monday. The king welcomed him and praised French investment.",
      "The king",
    ),
    "",
  );
  assert.equal(codeOf("Erdogan flew to Amman on Monday. The king thanked Turkey for its support.", "The king"), "");
  // A state that has a monarch still gives the bare title its state.
  assert.equal(
    codeOf("Saudi Arabia opened talks with Iran on Monday. The king thanked China for its help.", "The king"),
    "SAU/government",
  );
});
