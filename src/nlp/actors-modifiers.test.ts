import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";

const found = (t: string, date = "2024-05-01") =>
  findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a state hyphenated to 'brokered' is no actor; one hyphenated to 'backed' stays beside a group it backs", () => {
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
  // A backed armed group stays its patron's (PLOVER codes its acts to the patron).
  assert.deepEqual(found("Ukrainian troops attacked Kremlin-backed rebels."), [
    "Ukrainian troops=UKR/military",
    "Kremlin=RUS/government",
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
  assert.deepEqual(found("The United States imposed sanctions on NATO ally Turkey."), [
    "United States=USA/",
    "Turkey=TUR/",
  ]);
  assert.deepEqual(found("EU member states Latvia and Estonia protested."), ["Latvia=LVA/", "Estonia=EST/"]);
  assert.deepEqual(found("NATO warned Turkey."), ["NATO=NATO/", "Turkey=TUR/"]);
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
  // A backed armed group keeps its patron (the modifier rule), and no government is read into it.
  assert.deepEqual(found("The Iran-backed militias attacked US troops."), ["Iran=IRN/", "US troops=USA/military"]);
});
