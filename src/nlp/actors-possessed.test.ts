// Possessed role phrases ("its troops", "their diplomats") and the mention each stands for.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2010-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("a possessive opening a clause gives its role phrase the owner before it: 'said its troops', 'on its troops'", () => {
  assert.deepEqual(find("Russia said its troops had shelled Ukrainian positions."), [
    ["Russia", "RUS", ""],
    ["its troops", "RUS", "military"],
    ["Ukrainian", "UKR", ""],
  ]);
  // An ambassador is a person: "its" stands for the state before him.
  assert.deepEqual(find("Turkey summoned the Swedish ambassador after its foreign ministry protested.").at(-1), [
    "its foreign ministry",
    "TUR",
    "government",
  ]);
  assert.deepEqual(find("Azerbaijan said Armenian forces had fired on its troops.").at(-1), [
    "its troops",
    "AZE",
    "military",
  ]);
  assert.deepEqual(find("NATO said its forces would stay.").at(-1), ["its forces", "NATO", "military"]);
  assert.deepEqual(find("Russian officials said their troops had left.").at(-1), ["their troops", "RUS", "military"]);
  // The owner is looked for before the possessive, never in a mention added after it.
  const chad = find("In Chad, protesters said its troops had fired on them, NATO said.");
  assert.deepEqual(
    chad.find((m) => m[0] === "its troops"),
    ["its troops", "TCD", "military"],
  );
});

test("a possessed role phrase as a verb's object, or owned by coordinated states, is no party", () => {
  assert.deepEqual(find("Russia withdrew its troops from the border with Ukraine."), [
    ["Russia", "RUS", ""],
    ["Ukraine", "UKR", ""],
  ]);
  assert.deepEqual(find("Armenia accused Azerbaijan of moving its troops."), [
    ["Armenia", "ARM", ""],
    ["Azerbaijan", "AZE", ""],
  ]);
  assert.deepEqual(find("Iran and Iraq said their forces would withdraw."), [
    ["Iran", "IRN", ""],
    ["Iraq", "IRQ", ""],
  ]);
});

test("a possessive opening a sentence that names no one before it stands for the subject of the sentence before", () => {
  const text = "The Russian army said it had advanced. Its commanders met Ukrainian envoys.";
  const sentences = [
    { index: 0, start: 0, end: 38, text: text.slice(0, 38) },
    { index: 1, start: 39, end: text.length, text: text.slice(39) },
  ];
  const found = findActorMentions(text, sentences, { date: "2023-01-01" });
  assert.deepEqual(
    found.map((m) => [m.text, m.actor.code, m.sentence]),
    [
      ["Russian army", "RUS", 0],
      ["Its commanders", "RUS", 1],
      ["Ukrainian envoys", "UKR", 1],
    ],
  );
});

test("a force or guard that names one body owns 'its': 'Ukraine's air force said its air defences…'", () => {
  assert.deepEqual(find("Ukraine's air force said its defence systems shot down 59 Russian drones.").at(1), [
    "its defence systems",
    "UKR",
    "military",
  ]);
  assert.deepEqual(find("Lithuania's coast guard said its air defences tracked the balloons.").at(1), [
    "its air defences",
    "LTU",
    "military",
  ]);
});

test("an unowned air defence reported by a state's body is that state's: 'the ministry said air defences…'", () => {
  assert.deepEqual(find("Russia's defence ministry said air defence systems destroyed 44 Ukrainian drones.").at(1), [
    "air defence systems",
    "RUS",
    "military",
  ]);
  assert.deepEqual(find("Kyiv said air defences shot down 30 Russian drones.").at(1), [
    "air defences",
    "UKR",
    "military",
  ]);
  // Troops a report leaves unowned may be the enemy's; a person cannot own the air defence; no report, no owner.
  assert.deepEqual(
    find("Russia said troops had crossed the border.").map((m) => m[0]),
    ["Russia"],
  );
  assert.deepEqual(
    find("Air defences shot down 30 drones over the region.").map((m) => m[1]),
    [],
  );
});
