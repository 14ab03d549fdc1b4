// Named groups of states ("the Baltic states", "G7 leaders"): one mention carrying its members, coded end to end as
// each member would be in a list.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runCli } from "../../test/run-cli.ts";
import { findActorMentions } from "./actors.ts";

const find = (text: string) =>
  findActorMentions(text, [], { date: "2024-05-01" }).map((m) => [m.text, m.actor.code, m.actor.members ?? []]);

test("a named group of states is one mention that lists its members", () => {
  assert.deepEqual(find("The Baltic states condemned the decision."), [
    ["Baltic states", "BALTIC", ["EST", "LVA", "LTU"]],
  ]);
  assert.deepEqual(find("The five Central Asian republics met in Astana.")[0], [
    "Central Asian republics",
    "CENTRAL_ASIA",
    ["KAZ", "KGZ", "TJK", "TKM", "UZB"],
  ]);
  assert.deepEqual(find("Gulf monarchies pledged funds."), [
    ["Gulf monarchies", "GULF", ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"]],
  ]);
  assert.deepEqual(find("The South Caucasus states were invited.")[0]?.[2], ["ARM", "AZE", "GEO"]);
  assert.deepEqual(find("Talks between the two Koreas resumed."), [["Koreas", "KOREAS", ["PRK", "KOR"]]]);
  assert.deepEqual(find("G7 leaders agreed on a price cap.")[0]?.[1], "G7_STATES");
  assert.deepEqual(find("The Visegrad countries rejected the quota.")[0]?.[2], ["CZE", "HUN", "POL", "SVK"]);
  // "the Baltics", "the Nordics": the region's plural names its states; the sea alone does not.
  assert.deepEqual(find("Russia threatened the Baltics.")[1], ["Baltics", "BALTIC", ["EST", "LVA", "LTU"]]);
  assert.deepEqual(find("The Nordics pledged aid.")[0]?.[1], "NORDIC");
  assert.deepEqual(find("Ships sailed in the Baltic."), []);
});

test("the group's name in another sense names no group of states", () => {
  // A sea, a fleet, one state of a group, a people's languages or the body itself.
  assert.deepEqual(find("Ships crossed the Baltic Sea."), []);
  assert.deepEqual(find("The Baltic Fleet sailed.")[0]?.[1], "RUS");
  assert.deepEqual(find("A Gulf state hosted the talks."), []);
  assert.deepEqual(find("Turkic languages are spoken there."), []);
  assert.deepEqual(find("The Visegrad Group met.")[0]?.[1], "V4");
  assert.deepEqual(find("The G7 met in Italy.")[0]?.slice(1), ["G7", []]);
});

interface Ev {
  source: string;
  target: string;
  cameo: string;
}

/** The dyads `orbit analyze` codes for each line (one invented article per line). */
async function dyads(lines: string[]): Promise<string[][]> {
  const stdin = lines.map((text, k) => JSON.stringify({ id: `g${k}`, text, published: "2024-05-01" })).join("\n");
  const r = await runCli(["analyze"], { stdin });
  assert.equal(r.code, 0, r.stderr);
  return r.stdout
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l).events as Ev[]).map((e) => `${e.source}>${e.target}`));
}

test("orbit analyze codes an act of or on a group of states for each member, never a member with itself", async () => {
  const [baltic, other, nordic, both, korea, place] = await dyads([
    "The Baltic states condemned Russia on Monday.",
    "Lithuania urged the other Baltic states to cut ties with Moscow.",
    "Russia warned the Nordic countries against joining NATO.",
    "The Baltic states and Lithuania accused Moscow of meddling.",
    "China criticised the two Koreas.",
    "Russian troops held drills near the Baltic Sea.",
  ]);
  assert.deepEqual(baltic, ["EST>RUS", "LVA>RUS", "LTU>RUS"]);
  assert.deepEqual(other, ["LTU>EST", "LTU>LVA"]);
  assert.deepEqual(nordic, ["RUS>DNK", "RUS>FIN", "RUS>ISL", "RUS>NOR", "RUS>SWE"]);
  assert.deepEqual(both, ["EST>RUS", "LVA>RUS", "LTU>RUS"]);
  assert.deepEqual(korea, ["CHN>PRK", "CHN>KOR"]);
  assert.deepEqual(place, []);
  // No group code ever reaches an event.
  assert.ok([baltic, other, nordic, both, korea].flat().every((d) => /^[A-Z]{3}>[A-Z]{3}$/.test(d)));
});
