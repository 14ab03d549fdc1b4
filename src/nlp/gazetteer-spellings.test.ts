import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { spellingVariants } from "./gazetteer-spellings.ts";

test("spellingVariants: each state's transliteration habits, one word at a time", () => {
  assert.deepEqual(spellingVariants("Kassym-Jomart Tokayev", "KAZ").sort(), [
    "Kassym-Jomart Tokaev",
    "Kassym-Jomart Toqaev",
    "Kassym-Jomart Toqayev",
    "Qassym-Jomart Tokayev",
    "Qasym-Jomart Tokayev",
  ]);
  assert.deepEqual(spellingVariants("Aliev", "AZE"), ["Aliyev"]);
  assert.deepEqual(spellingVariants("Lukashenko", "BLR"), ["Lukashenka"]);
  assert.deepEqual(spellingVariants("Pashinyan", "ARM"), ["Pashinian"]);
  assert.deepEqual(spellingVariants("Zelenskyy", "UKR").sort(), [
    "Zelenski",
    "Zelenskii",
    "Zelenskiy",
    "Zelensky",
    "Zelenskyi",
  ]);
  assert.deepEqual(spellingVariants("Sadyr Japarov", "KGZ"), ["Sadyr Zhaparov", "Sadyr Dzhaparov"]);
  assert.deepEqual(spellingVariants("Tsikhanouskaya", "BLR"), ["Tsikhanovskaya"]);
  assert.deepEqual(spellingVariants("Rashid Meredov", "TKM"), ["Rashid Meredow"]);
});

test("spellingVariants: Russian-style given names in their other house spellings", () => {
  assert.deepEqual(spellingVariants("Sergey Kiriyenko", "RUS"), ["Sergei Kiriyenko"]);
  assert.deepEqual(spellingVariants("Nikolai Patrushev", "RUS"), ["Nikolay Patrushev"]);
  assert.deepEqual(spellingVariants("Dmitry Peskov", "RUS"), ["Dmitri Peskov", "Dmitriy Peskov"]);
  assert.deepEqual(spellingVariants("Alexei Overchuk", "RUS"), ["Alexey Overchuk", "Aleksei Overchuk"]);
  assert.deepEqual(spellingVariants("Andriy Sybiha", "UKR").includes("Andrii Sybiha"), true);
  // A surname alone, or a name from a state that does not write through Russian, has none.
  assert.deepEqual(spellingVariants("Sergey", "RUS"), []);
  assert.deepEqual(spellingVariants("Dmitry Kozak", "CZE"), []);
});

test("spellingVariants: no variant where the state's names are not written so", () => {
  assert.deepEqual(spellingVariants("Mikhail Medvedev", "RUS"), []); // consonant before -ev: no -yev form
  assert.deepEqual(spellingVariants("Hakan Fidan", "TUR"), []);
  assert.deepEqual(spellingVariants("Liam Byrne", "GBR"), []);
  assert.deepEqual(spellingVariants("Jenko", "SVN"), []); // -enko/-enka is Belarusian only
});

test("a leader written in another house spelling resolves to the leader's state", () => {
  const cases: [string, string][] = [
    ["Tokaev signed the decree on Monday.", "KAZ"],
    ["Toqaev hosted the summit in Astana.", "KAZ"],
    ["Sergei Kiriyenko visited Sukhumi.", "RUS"],
    ["Lukashenka warned Poland.", "BLR"],
    ["Aliev met the envoy in Baku.", "AZE"],
    ["Pashinian said talks would resume.", "ARM"],
    ["Mirziyoev visited Moscow.", "UZB"],
    ["Zelenskyi thanked allies.", "UKR"],
  ];
  for (const [text, code] of cases) {
    const first = findActorMentions(text, [], { date: "2025-06-01" })[0];
    assert.equal(first?.kind, "person", text);
    assert.equal(first?.actor.code, code, text);
  }
});
