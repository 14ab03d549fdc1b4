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

test("a state or demonym naming a war or a language is no actor; a state's own war stays its", () => {
  assert.deepEqual(codes("Pelosi resisted calls to defund the Iraq War."), ["Pelosi=USA"]);
  assert.deepEqual(codes("Veterans of the Vietnam War and the Korean War marched."), []);
  assert.deepEqual(codes("He opposed the Iraq war in 2003."), []);
  assert.deepEqual(codes("The campaign announced two new Spanish-language TV ads."), []);
  assert.deepEqual(codes("Russia's war in Ukraine continued."), ["Russia=RUS", "Ukraine=UKR"]);
  assert.deepEqual(codes("Russian war crimes were documented."), ["Russian=RUS"]);
});

test("a state, demonym or city naming a thing's or person's origin is no actor; one that leads forces stays", () => {
  assert.deepEqual(codes("Regulators fined a Japanese-owned bank in Ohio."), []);
  assert.deepEqual(codes("Investigators found Iranian-made parts in the wreckage of a Turkish owned plane."), []);
  // a state before the same word unhyphenated is a verb's subject: it acts
  assert.deepEqual(codes("Qatar built a school and Egypt made an offer."), ["Qatar=QAT", "Egypt=EGY"]);
  assert.deepEqual(codes("A Nairobi-based watchdog and an Australian-born lawyer sued the firm."), []);
  // A state leading forces is theirs; one backing the Houthis only describes them (the patron rides on their
  // mention, actors-modifiers.ts).
  assert.deepEqual(codes("Saudi-led forces clashed with Iran-backed Houthi rebels."), [
    "Saudi-led forces=SAU",
    "Houthi rebels=YEM",
  ]);
});

test("a surname after a state's possessive and a title is that state's office-holder, not a namesake abroad", () => {
  const found = findActorMentions("Mubarak held talks with Jordan's King Hussein.", [], { date: "1995-01-01" });
  assert.deepEqual(
    found.map((m) => `${m.text}=${m.actor.code}`),
    ["Mubarak=EGY", "Jordan's King Hussein=JOR"],
  );
});

test("a hyphenated pair opening a body's name is no party; a pair's summit or talks still name both", () => {
  assert.deepEqual(codes("He voiced his support for an annual US-Caribbean Banking Forum."), []);
  assert.deepEqual(codes("The US-China Business Council urged talks."), []);
  assert.deepEqual(codes("Leaders met at the EU-China summit."), ["EU=EU", "China=CHN"]);
  assert.deepEqual(codes("Armenia-Azerbaijan peace talks resumed."), ["Armenia=ARM", "Azerbaijan=AZE"]);
  // A short form of a territory: the BVI is the British Virgin Islands.
  assert.deepEqual(codes("BVI Premier Andrew Fahie was detained."), ["BVI Premier=VGB"]);
});

test("a pair joined by a dash or a plus opens a body's name as a hyphenated one does", () => {
  assert.deepEqual(codes("Deals were signed at the Central Asia + Japan Business Forum."), []);
  assert.deepEqual(codes("Talks were held at the Japan–Central Asia Business Forum."), []);
  assert.deepEqual(codes("Leaders met at the EU–China summit."), ["EU=EU", "China=CHN"]);
});

test("a pair that names a war is no party, whatever joins it; the pair's talks or war crimes still name both", () => {
  assert.deepEqual(codes("The Houthis attacked ships after the start of the Israel–Hamas war."), ["Houthis=YEM"]);
  assert.deepEqual(codes("Prices rose after the Russia-Ukraine war began."), []);
  assert.deepEqual(codes("Veterans of the Iran-Iraq War marched."), []);
  assert.deepEqual(codes("He spoke of Israel-Hezbollah talks."), ["Israel=ISR", "Hezbollah=LBN"]);
  assert.deepEqual(codes("Investigators listed Russia-Ukraine war crimes."), ["Russia=RUS", "Ukraine=UKR"]);
});

test("a hospital, school or museum named after a people or state is a building, no party", () => {
  assert.deepEqual(codes("Israeli tanks surrounded the Indonesian Hospital."), ["Israeli tanks=ISR"]);
  assert.deepEqual(codes("Pupils left the Turkish School early."), []);
  assert.deepEqual(codes("Students of the Lebanese American University marched."), []);
  // A lower-case facility word is the state's own: "Russian hospitals" are Russia's; an embassy is its government.
  assert.deepEqual(codes("Russian hospitals treated the wounded."), ["Russian=RUS"]);
  assert.ok(codes("Protesters gathered outside the Iranian Embassy.").includes("Iranian Embassy=IRN"));
});

test("a newspaper or a sports club named after a place or state is no party of it", () => {
  assert.deepEqual(codes("The Jerusalem Post said Israel struck Gaza."), ["Israel=ISR", "Gaza=PSE"]);
  assert.deepEqual(codes("The Times of India reported the attack."), []);
  assert.deepEqual(codes("The Kyiv Independent reported that Russia shelled Kharkiv."), ["Russia=RUS"]);
  assert.deepEqual(codes("Real Madrid signed the Brazilian striker."), ["Brazilian=BRA"]);
  assert.deepEqual(codes("Fans of Dynamo Kyiv and Red Star Belgrade clashed."), []);
  // State media are listed companies and stay their state's; a lower-case word after a capital leaves it acting.
  assert.deepEqual(codes("Russia Today said Moscow would respond."), ["Russia Today=RUS", "Moscow=RUS"]);
  assert.deepEqual(codes("Moscow today warned Kyiv."), ["Moscow=RUS", "Kyiv=UKR"]);
});

test("the E3 and the Quad are one actor each; a group's name given to the states just listed is no actor", () => {
  assert.deepEqual(codes("The E3 condemned Iran."), ["E3=E3", "Iran=IRN"]);
  assert.deepEqual(codes("China criticised the Quad."), ["China=CHN", "the Quad=QUAD"]);
  // No bare "Quad": a sentence may open on a quad bike.
  assert.deepEqual(codes("Quad bikes were seized by Turkish police."), ["Turkish police=TUR"]);
  assert.deepEqual(codes("France, Germany and Britain, known as the E3, warned Iran."), [
    "France=FRA",
    "Germany=DEU",
    "Britain=GBR",
    "Iran=IRN",
  ]);
  assert.deepEqual(codes("Britain, Germany and the United States, dubbed the Quad, met."), [
    "Britain=GBR",
    "Germany=DEU",
    "United States=USA",
  ]);
  // One party named so is that name's actor: no list to stand for.
  assert.deepEqual(codes("The militant group known as Hamas fired rockets at Israel."), ["Hamas=PSE", "Israel=ISR"]);
});
