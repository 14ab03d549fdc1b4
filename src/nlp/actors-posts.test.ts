import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2019-05-01" }).map((m) => [m.text, m.actor.code, m.actor.role ?? ""]);

test("an ambassador to the UN named with a state before the post is that state's government", () => {
  assert.deepEqual(find("Norway's UN ambassador rejected the Syrian draft."), [
    ["Norway's UN ambassador", "NOR", "government"],
    ["Syrian", "SYR", ""],
  ]);
  assert.deepEqual(find("The Brazilian U.N. ambassadors walked out."), [
    ["Brazilian U.N. ambassadors", "BRA", "government"],
  ]);
});

test("an ambassador to the UN with no state named, or a goodwill ambassador, acts for no one", () => {
  assert.deepEqual(find("A former United Nations ambassador praised Ghana."), [["Ghana", "GHA", ""]]);
  assert.deepEqual(find("U.N. Ambassador Mary Okafor thanked Kenya."), [["Kenya", "KEN", ""]]);
  assert.deepEqual(find("UN goodwill ambassador Tom Reyes visited Jordan."), [["Jordan", "JOR", ""]]);
});

test("the UN's own envoys and bodies stay the UN's", () => {
  assert.deepEqual(find("The UN envoy urged Libya to hold talks."), [
    ["The UN", "UN", ""],
    ["Libya", "LBY", ""],
  ]);
  assert.deepEqual(find("UN officials met the ambassador of Peru."), [
    ["UN", "UN", ""],
    ["ambassador of Peru", "PER", "government"],
  ]);
});
