import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2024-05-01") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a state hyphenated to 'brokered' is no actor; one hyphenated to 'backed' stays beside a group it does not know", () => {
  assert.deepEqual(found("US-brokered talks between Armenia and Azerbaijan resumed."), [
    "Armenia=ARM/",
    "Azerbaijan=AZE/",
  ]);
  // The coder aims words about a backed group at its patron ("blamed Iran-backed militias": at Iran), so the patron
  // of a head that is no office stays in view.
  assert.deepEqual(found("Washington blamed Iran-backed paramilitary groups."), ["Washington=USA/", "Iran=IRN/"]);
  assert.deepEqual(
    found("Russian-backed Libyan strongman Khalifa Haftar threatened Turkey.", "2020-05-01").at(-1),
    "Turkey=TUR/",
  );
  // A backed armed group acts for itself, in the state its sentence places it (analysts' rule); unplaced, it is
  // known only by its patron (code and patron alike), which the coder pairs with no state for its own acts.
  assert.deepEqual(found("Ukrainian troops attacked Kremlin-backed rebels."), [
    "Ukrainian troops=UKR/military",
    "rebels=RUS/rebels",
  ]);
  assert.deepEqual(found("Ukrainian troops attacked Kremlin-backed rebels in Donetsk."), [
    "Ukrainian troops=UKR/military",
    "rebels=UKR/rebels",
  ]);
  // A backed government or leader acts for its own state, not its patron's; a state's installed officials are its own.
  assert.deepEqual(found("The US-backed Afghan government accused Pakistan."), [
    "Afghan government=AFG/government",
    "Pakistan=PAK/",
  ]);
  assert.deepEqual(found("The Kremlin-friendly leader of Hungary praised Moscow."), [
    "leader of Hungary=HUN/government",
    "Moscow=RUS/",
  ]);
  assert.deepEqual(found("A Russia-linked oligarch funded the Moldovan opposition."), [
    "Moldovan opposition=MDA/opposition",
  ]);
  assert.deepEqual(found("Russian-installed officials in Kherson accused Ukraine.", "2023-05-01")[0], "Russian=RUS/");
  // A verb after a state is no modifier.
  assert.deepEqual(found("Britain backed Ukraine."), ["Britain=GBR/", "Ukraine=UKR/"]);
});

test("'-led' before a body of states only describes it; a state leading forces is theirs", () => {
  assert.deepEqual(found("Armenia froze its part in the Russia-led Collective Security Treaty Organization."), [
    "Armenia=ARM/",
    "Collective Security Treaty Organization=CSTO/",
  ]);
  assert.deepEqual(found("Armenia asked the Russian-led alliance for help."), ["Armenia=ARM/"]);
  assert.deepEqual(found("US-led forces attacked Mosul.", "2017-05-01"), ["US-led forces=USA/military"]);
});

test("an organisation naming a state's membership ('NATO ally Turkey') is no actor of its own", () => {
  // The state's mention takes in the phrase before it, so no noun of the phrase reads as the subject's head.
  assert.deepEqual(found("The United States imposed sanctions on NATO ally Turkey."), [
    "United States=USA/",
    "NATO ally Turkey=TUR/",
  ]);
  assert.deepEqual(found("EU member states Latvia and Estonia protested."), [
    "EU member states Latvia=LVA/",
    "Estonia=EST/",
  ]);
  assert.deepEqual(found("NATO warned Turkey."), ["NATO=NATO/", "Turkey=TUR/"]);
  // The state holding a body's rotating chair or hosting it acts, not the body.
  assert.deepEqual(found("BRICS chair Brazil invited Indonesia to the summit."), [
    "BRICS chair Brazil=BRA/",
    "Indonesia=IDN/",
  ]);
  assert.deepEqual(found("G20 host India welcomed the African Union."), ["G20 host India=IND/", "African Union=AU/"]);
});

test("an armed group's name before an open participle of affiliation describes another group", () => {
  assert.deepEqual(found("Last week, the al Qaeda linked group claimed to have killed three US soldiers."), [
    "US soldiers=USA/military",
  ]);
  // A verb after the name is the group's act.
  assert.deepEqual(found("Hamas linked the attack to Israel."), ["Hamas=PSE/rebels", "Israel=ISR/"]);
});

test("news epithets of Russia-led blocs and of the UN's top court name the body itself", () => {
  assert.deepEqual(found("Armenia suspended its participation in a Russia-led security bloc."), [
    "Armenia=ARM/",
    "Russia-led security bloc=CSTO/",
  ]);
  assert.deepEqual(found("Kazakhstan joined the Russian-led economic union."), [
    "Kazakhstan=KAZ/",
    "Russian-led economic union=EAEU/",
  ]);
  // The court is the ICJ, not a court of the state the sentence names.
  assert.deepEqual(found("The UN's top court ordered Russia to halt its offensive."), [
    "The UN's top court=ICJ/",
    "Russia=RUS/",
  ]);
});

test("'the US-backed government' is the government of the state in view, like 'the government'", () => {
  assert.deepEqual(found("The US-backed government in Kabul accused Pakistan of sheltering militants.", "2019-05-01"), [
    "government in Kabul=AFG/government",
    "Pakistan=PAK/",
  ]);
  assert.deepEqual(found("The Western-backed government in Tripoli accused Haftar of attacking the capital."), [
    "government in Tripoli=LBY/government",
    "Haftar=LBY/military",
  ]);
  // A backed armed group is no government, nor the patron's, nor of the party it attacks.
  assert.deepEqual(found("The Iran-backed militias attacked US troops."), [
    "militias=IRN/rebels",
    "US troops=USA/military",
  ]);
});

test("a backed armed group acts for the state it fights in and carries its patron", () => {
  const refs = (t: string) =>
    findActorMentions(t, [], { date: "2024-05-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.patron ?? ""}`);
  assert.deepEqual(refs("Iran-backed Houthis fired missiles at Saudi Arabia."), [
    "Houthis=YEM/IRN",
    "Saudi Arabia=SAU/",
  ]);
  assert.deepEqual(refs("Russian-backed separatists in Luhansk shelled the town."), [
    "Russian-backed separatists=UKR/RUS",
  ]);
  assert.deepEqual(refs("Kremlin-backed separatists in Luhansk shelled the town."), ["separatists=UKR/RUS"]);
  assert.deepEqual(refs("Iran-backed militias attacked US troops in Iraq."), [
    "militias=IRQ/IRN",
    "US troops=USA/",
    "Iraq=IRQ/",
  ]);
  // Without "-backed" nothing is added.
  assert.deepEqual(refs("Houthis fired missiles at Saudi Arabia."), ["Houthis=YEM/", "Saudi Arabia=SAU/"]);
});

test("a backer in a comma-closed aside after the head only describes it", () => {
  assert.deepEqual(found("Wagner, backed by Moscow, attacked villages in Mali.", "2023-05-01"), [
    "Wagner=RUS/military",
    "Mali=MLI/",
  ]);
  // Without the aside's commas the participle may be a verb's ("was backed by Poland") and the backer stays.
  assert.deepEqual(found("Ukraine was backed by Poland, officials said."), ["Ukraine=UKR/", "Poland=POL/"]);
  assert.deepEqual(found("Britain, joined by France, condemned Iran."), ["Britain=GBR/", "France=FRA/", "Iran=IRN/"]);
});

test("a backer before a head with a nationality of its own only describes it", () => {
  assert.deepEqual(found("Russian-backed Libyan strongman Khalifa Haftar threatened Turkey.", "2020-05-01"), [
    "Libyan=LBY/",
    "Khalifa Haftar=LBY/military",
    "Turkey=TUR/",
  ]);
  // An armed head keeps the backer as its patron (coded to the state of its nationality).
  assert.deepEqual(found("Iran-backed Iraqi militias attacked US troops."), [
    "Iraqi militias=IRQ/rebels",
    "US troops=USA/military",
  ]);
});

test("'NATO-member Turkey' names the member as 'NATO member Turkey' does", () => {
  assert.deepEqual(found("NATO-member Turkey delayed Sweden's bid."), ["NATO-member Turkey=TUR/", "Sweden=SWE/"]);
});

test("a body hyphenated to 'controlled' acts for the state that controls it, as the state's own body does", () => {
  assert.deepEqual(found("Russian-controlled border guards detained two Georgian farmers."), [
    "Russian-controlled border guards=RUS/military",
    "Georgian farmers=GEO/civilians",
  ]);
  assert.deepEqual(
    found("Russia-controlled so-called border guards detained a shepherd.")[0],
    "Russia-controlled so-called border guards=RUS/military",
  );
  assert.deepEqual(
    found("Villagers were abducted by Russian controlled forces.")[0],
    "Russian controlled forces=RUS/military",
  );
  // A state that controls a place names no body: "Russian-controlled territory" is ground, not an actor's role.
  assert.deepEqual(found("Shelling hit Russian-controlled territory near Donetsk."), ["Russian=RUS/"]);
});
