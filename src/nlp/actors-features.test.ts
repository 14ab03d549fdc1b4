import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const codes = (text: string) =>
  findActorMentions(text, [], { date: "2023-01-01" }).map((m) => `${m.text}=${m.actor.code}`);

test("a state or city named in a sea, gulf or strait is no actor: the Gulf of Oman, the Sea of Japan", () => {
  assert.deepEqual(codes("Iranian drones attacked a tanker in the Gulf of Oman."), ["Iranian drones=IRN"]);
  assert.deepEqual(codes("Russian jets buzzed a US drone over the Sea of Japan."), ["Russian jets=RUS", "US=USA"]);
  assert.deepEqual(codes("Chinese ships sailed through the Strait of Taiwan and the Gulf of Aden."), ["Chinese=CHN"]);
});

test("'of' after other capitalised words still names the state: the Republic of Korea, the Bank of Japan", () => {
  assert.deepEqual(codes("The Republic of Korea protested."), ["Republic of Korea=KOR"]);
  assert.deepEqual(codes("The Bank of Japan raised rates."), ["Bank of Japan=JPN"]);
  assert.deepEqual(codes("The gulf of mistrust with Oman grew."), ["Oman=OMN"]);
});
