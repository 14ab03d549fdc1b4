import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

/** [text, code, role] of each mention. */
const triples = (text: string) =>
  findActorMentions(text, [], { date: "2025-08-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a party the gazetteer does not list is the opposition (or, 'ruling', the government) of the state in view", () => {
  assert.deepEqual(triples("The fundamentalist Umma (Nation) party threatened to boycott the vote, Algeria said.")[0], [
    "Umma (Nation) party",
    "DZA",
    "opposition",
  ]);
  assert.deepEqual(triples("The Communist Party criticized the government in Moldova.")[0], [
    "Communist Party",
    "MDA",
    "opposition",
  ]);
  assert.deepEqual(triples("The ruling Zanu party in Zimbabwe won.")[0], ["Zanu party", "ZWE", "government"]);
});

test("a newspaper the gazetteer does not list is the media of the state in view", () => {
  assert.deepEqual(triples("Nicaragua's government closed the opposition newspaper La Prensa.")[1], [
    "the opposition newspaper La Prensa",
    "NIC",
    "media",
  ]);
  assert.deepEqual(triples("The Turkish daily Cumhuriyet said police raided the office.")[1], [
    "daily Cumhuriyet",
    "TUR",
    "media",
  ]);
  assert.deepEqual(triples("The Kathimerini newspaper reported that Greece would act.")[0], [
    "Kathimerini newspaper",
    "GRC",
    "media",
  ]);
});

test("no party or paper: a gathering, a weekday after 'weekly', several states in view", () => {
  assert.ok(!triples("He attended a Christmas party in Moscow.").some(([text]) => text.includes("party")));
  assert.deepEqual(triples("The weekly Friday prayers in Iran drew crowds."), [["Iran", "IRN", ""]]);
  assert.deepEqual(
    triples("Hezbollah and the Baath Party met in Syria.").map((t) => t[0]),
    ["Hezbollah", "Syria"],
  );
});

test("no party: a word that opens the sentence and points at it, or one that makes it a task group or a side", () => {
  const parties = (text: string) => triples(text).filter(([text]) => /party/i.test(text));
  for (const text of [
    "Her party praised Ukraine.",
    "Their party condemned Turkey.",
    "A party spokesman in Armenia criticised Baku.",
    "Every party in Georgia backed the bill.",
    "That party opposed Turkey.",
    "Third party sellers in Kazakhstan broke the rules.",
    "Working Party members in Belgium met.",
    "The Injured Party sued Moscow clinics.",
  ])
    assert.deepEqual(parties(text), [], text);
  assert.deepEqual(triples("The Pirate Party in Iceland won seats.")[0], ["Pirate Party", "ISL", "opposition"]);
});

test("a body does not take the state its own verb acts on ('the tabloid Bild criticised Russia' is no Russian paper)", () => {
  for (const text of [
    "The tabloid Bild criticised Russia for the attack.",
    "The Kathimerini newspaper accused Turkey of provoking tensions.",
    "The Freedom Party accused the United States of meddling.",
  ])
    assert.deepEqual(
      triples(text).filter(([, , role]) => role === "media" || role === "opposition"),
      [],
      text,
    );
  assert.deepEqual(triples("The Communist Party criticized the government in Moldova.")[0], [
    "Communist Party",
    "MDA",
    "opposition",
  ]);
});

test("nor does an opposition or a movement named bare ('the Muslim Brotherhood condemned Israel' is no Israeli group)", () => {
  for (const text of ["The Muslim Brotherhood condemned Israel.", "The opposition praised Turkey for its support."])
    assert.deepEqual(
      triples(text).filter(([, , role]) => role === "opposition"),
      [],
      text,
    );
  // Where the state is not what the group acts on, the group is still that state's.
  assert.deepEqual(triples("Egyptian police arrested Muslim Brotherhood members in Cairo.")[1]?.slice(1), [
    "EGY",
    "opposition",
  ]);
  const jordan = triples("Jordan's Muslim Brotherhood criticised the government.");
  assert.deepEqual(
    jordan.filter(([, , role]) => role === "opposition").map(([, code]) => code),
    ["JOR"],
  );
});

const partyAt = (t: string, date: string) =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a party is its state's government only in the periods it governed, else the opposition", () => {
  assert.deepEqual(partyAt("Likud condemned Hamas.", "2020-05-01")[0], "Likud=ISR/government");
  assert.deepEqual(partyAt("Likud condemned Hamas.", "2022-03-01")[0], "Likud=ISR/opposition");
  assert.deepEqual(partyAt("The KMT criticised Beijing.", "2010-05-01")[0], "KMT=TWN/government");
  assert.deepEqual(partyAt("The KMT criticised Beijing.", "2024-05-01")[0], "KMT=TWN/opposition");
  assert.deepEqual(partyAt("The BJP accused Pakistan.", "2010-05-01")[0], "BJP=IND/opposition");
  assert.deepEqual(partyAt("The BJP accused Pakistan.", "2020-05-01")[0], "BJP=IND/government");
  assert.deepEqual(partyAt("The PRI criticised Washington.", "2015-05-01")[0], "PRI=MEX/government");
  assert.deepEqual(partyAt("The PRI criticised Washington.", "2021-05-01")[0], "PRI=MEX/opposition");
});

test("a listed party its sentence calls ruling, governing or the opposition has that role whatever its terms say", () => {
  // The table's terms may miss a period or lag a change of government; the sentence's own word is the better witness.
  assert.deepEqual(partyAt("The ruling Likud party criticised Cairo.", "2022-03-01")[0], "Likud=ISR/government");
  assert.deepEqual(partyAt("The governing BJP accused Pakistan.", "2010-05-01")[0], "BJP=IND/government");
  assert.deepEqual(partyAt("A Likud government protested to Washington.", "2022-03-01")[0], "Likud=ISR/government");
  assert.deepEqual(partyAt("The opposition BJP accused Pakistan.", "2020-05-01")[0], "BJP=IND/opposition");
  // Without such a word the dated terms decide.
  assert.deepEqual(partyAt("Likud criticised Cairo.", "2022-03-01")[0], "Likud=ISR/opposition");
});

test("parties' terms reach back to the governments of the 1970s-1990s they led", () => {
  assert.deepEqual(partyAt("Likud criticised Cairo.", "1983-03-01")[0], "Likud=ISR/government");
  assert.deepEqual(partyAt("Likud criticised Cairo.", "1990-03-01")[0], "Likud=ISR/government");
  assert.deepEqual(partyAt("Likud criticised Cairo.", "1995-03-01")[0], "Likud=ISR/opposition");
  assert.deepEqual(partyAt("The Congress Party accused Pakistan.", "1985-03-01")[0], "Congress Party=IND/government");
  assert.deepEqual(partyAt("The PML-N accused India.", "1998-06-01")[0], "PML-N=PAK/government");
});
