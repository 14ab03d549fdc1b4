// World actors by kind (armed groups and militias, peoples, parties, forces of named states, courts, UN bodies):
// the ones the text ties to a state resolve to it; generic ones ("gunmen", "security forces") stay unresolved.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runCli } from "../../test/run-cli.ts";
import { findActorMentions } from "./actors.ts";

const first = (text: string) => {
  const m = findActorMentions(text, [], { date: "2025-06-01" })[0];
  return m ? `${m.text}=${m.actor.code}/${m.actor.role ?? ""}` : "-";
};

test("named armed groups and militias resolve to the state they fight in", () => {
  assert.equal(first("The Oath Keepers stormed the building."), "Oath Keepers=USA/rebels");
  assert.equal(first("Proud Boys members clashed with police."), "Proud Boys=USA/rebels");
  assert.equal(first("The Nuer White Army attacked the base."), "Nuer White Army=SSD/rebels");
  assert.equal(first("SPLM-IO forces shelled the town."), "SPLM-IO=SSD/rebels");
  assert.equal(first("The KNLA seized an army outpost."), "KNLA=MMR/rebels");
  assert.equal(first("The Balochistan Liberation Army claimed the bombing."), "Balochistan Liberation Army=PAK/rebels");
  assert.equal(first("Mai-Mai fighters attacked the camp."), "Mai-Mai=COD/rebels");
  assert.equal(first("Ambazonian separatists kidnapped teachers."), "Ambazonian separatists=CMR/rebels");
  assert.equal(first("Los Choneros gunmen stormed the studio."), "Los Choneros=ECU/rebels");
});

test("peoples of one state and that state's parties and regional forces resolve to it", () => {
  assert.equal(first("Dinka militias burned the village."), "Dinka militias=SSD/rebels");
  assert.equal(first("The African National Congress rejected the bill."), "African National Congress=ZAF/government");
  // The acronym alone is South Africa's, but another state's "ANC" is its own (Venezuela's, Chile's assemblies).
  assert.equal(first("The ANC rejected the bill."), "ANC=ZAF/government");
  assert.equal(first("Venezuela's ANC rejected the sanctions."), "Venezuela's ANC=VEN/government");
  assert.equal(first("ZANU-PF officials denied the claim."), "ZANU-PF=ZWE/government");
  assert.equal(first("Likud ministers backed the plan."), "Likud=ISR/government");
  assert.equal(first("The Kuomintang criticised Beijing."), "Kuomintang=TWN/opposition");
  assert.equal(first("Peshmerga fighters repelled the attack."), "Peshmerga=IRQ/military");
  assert.equal(first("The Azov Brigade held the line."), "Azov Brigade=UKR/military");
});

test("generic armed men, and names that also mean something else, stay unresolved", () => {
  assert.equal(first("Gunmen killed five people."), "-");
  assert.equal(first("Security forces opened fire on demonstrators."), "-");
  assert.equal(first("Government troops recaptured the town."), "-");
  assert.equal(first("Militiamen attacked the camp."), "-");
  assert.equal(first("The White Army retreated in 1920."), "-"); // the Russian Civil War's, no Nuer militia
  assert.equal(first("The ships sailed into the Sea of Azov."), "-");
  assert.equal(first("The story was reported by PTI on Monday."), "-"); // the Press Trust of India, no party
});

test("orbit analyze codes an attack by a named militia to its state", async () => {
  const stdin = [
    "Nuer White Army fighters attacked Ugandan troops on Monday.",
    "Gunmen attacked Ugandan troops on Monday.",
  ]
    .map((text, k) => JSON.stringify({ id: `w${k}`, text, published: "2025-06-01" }))
    .join("\n");
  const r = await runCli(["analyze"], { stdin });
  assert.equal(r.code, 0, r.stderr);
  const [militia, gunmen] = r.stdout
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l).events as { source: string; target: string }[]).map((e) => `${e.source}>${e.target}`));
  assert.deepEqual(militia, ["SSD>UGA"]);
  assert.deepEqual(gunmen, []);
});

test("a warship class built for one navy stands for that state's military; a class named like a place does not", () => {
  assert.equal(
    first("An Arleigh Burke-class destroyer sailed through the strait."),
    "Arleigh Burke-class=USA/military",
  );
  assert.equal(first("A Type 055 destroyer shadowed the carrier."), "Type 055=CHN/military");
  assert.equal(first("Two Karakurt-class corvettes fired cruise missiles."), "Karakurt-class=RUS/military");
  assert.equal(first("Students in the Virginia class of 2020 graduated."), "-");
  assert.equal(first("Type 2 diabetes is rising."), "-");
});

test("post-Soviet security and border services, ombudsmen and regional leaders resolve to their state", () => {
  assert.equal(
    first("Ukraine's State Border Guard Service said troops massed."),
    "Ukraine's State Border Guard Service=UKR/military",
  );
  assert.equal(first("The Tajik GKNB arrested the activist."), "Tajik GKNB=TJK/government");
  assert.equal(first("The GKNB detained journalists in Bishkek."), "GKNB=KGZ/government");
  assert.equal(first("Ukraine's Ombudsman said prisoners were tortured."), "Ukraine's Ombudsman=UKR/government");
  assert.equal(first("The Gagauz leader was sentenced."), "Gagauz leader=MDA/government");
  assert.equal(first("Kadyrov threatened Kyiv."), "Kadyrov=RUS/government");
  assert.equal(first("Kazakh Railways signed a deal."), "Kazakh Railways=KAZ/business");
  // A newspaper's ombudsman is no state's.
  assert.equal(first("The newspaper's ombudsman replied to readers."), "-");
});
