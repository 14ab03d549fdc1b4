import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

/** "text=CODE/role/sector>patron" of each mention. */
const refs = (t: string) =>
  findActorMentions(t, [], { date: "2024-05-01" }).map(
    (m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}/${m.actor.sector ?? ""}>${m.actor.patron ?? ""}`,
  );

test("a backed group is placed where it operates, never by the capital where talks with it are held", () => {
  // A sentence of talks: the capital is the venue, so the group stays unplaced (known by its patron only).
  assert.equal(
    refs("Ukraine met Russian-backed separatists in Minsk.")[1],
    "Russian-backed separatists=RUS/rebels/>RUS",
  );
  assert.equal(refs("Kyiv signed a truce with Kremlin-backed rebels in Minsk.")[1], "rebels in Minsk=RUS/rebels/>RUS");
  // A state's or a region's name still places it in talks, and a capital places it where no talks are spoken of.
  assert.equal(refs("Kyiv held talks with Kremlin-backed rebels in eastern Ukraine.")[1], "rebels=UKR/rebels/>RUS");
  assert.equal(refs("Iran-backed militias in Baghdad attacked the embassy.")[0], "militias in Baghdad=IRQ/rebels/>IRN");
});

test("a backed group called forces or troops is no army of the state it is in, and a breakaway region's force is PRE", () => {
  assert.equal(
    refs("Russian-backed forces in Abkhazia detained two Georgian citizens.")[0],
    "Russian-backed forces=GEO/rebels/PRE>RUS",
  );
  assert.equal(refs("Russian-backed troops in Donbas shelled Kramatorsk.")[0], "Russian-backed troops=UKR/rebels/>RUS");
  // Troops with no backer keep their army's role.
  assert.equal(refs("Georgian troops in Abkhazia withdrew.")[0], "Georgian troops=GEO/military/>");
});

test("troops or forces backed by a capital or a seat are the backed group, placed where they operate", () => {
  assert.equal(
    refs("Moscow-backed troops in South Ossetia detained two Georgian citizens.")[0],
    "troops=GEO/rebels/PRE>RUS",
  );
  assert.equal(refs("Kremlin-backed forces in Donbas shelled Kramatorsk.")[0], "forces=UKR/rebels/>RUS");
  // Troops after a capital with no backing participle stay that capital's state's army.
  assert.equal(refs("Moscow troops in Donbas shelled Kramatorsk.")[0], "Moscow troops=RUS/military/>");
});
