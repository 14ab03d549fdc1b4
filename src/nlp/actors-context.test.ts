import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { tokenize } from "./tokenize.ts";

/** "text=CODE/role" of each mention. */
const found = (text: string, date = "2019-03-01") =>
  findActorMentions(text, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a diplomatic post or its staff in a place is not the host state's; the sending state keeps it", () => {
  assert.deepEqual(found("Gunmen stormed the embassy in Nairobi."), ["Gunmen=KEN/rebels", "Nairobi=KEN/"]);
  assert.deepEqual(found("Diplomats in Moscow said the talks had stalled."), ["Moscow=RUS/"]);
  assert.deepEqual(found("The Turkish consulate in Erbil was closed."), ["Turkish consulate=TUR/government"]);
  assert.deepEqual(found("The French mission to the talks walked out."), ["French mission=FRA/government"]);
  // Other roles still take the state they work in.
  assert.deepEqual(found("Officials in Kenya denied the report."), ["Officials in Kenya=KEN/government"]);
});

test("a people or faith word before a role and in <state> stays in the mention", () => {
  assert.deepEqual(found("Troops clashed with Kurdish rebels in Iraq."), ["Kurdish rebels in Iraq=IRQ/rebels"]);
  assert.deepEqual(found("Shiite militias in Iraq seized the town."), ["Shiite militias in Iraq=IRQ/rebels"]);
  assert.deepEqual(found("Tamil activists in Sri Lanka were detained."), [
    "Tamil activists in Sri Lanka=LKA/opposition",
  ]);
});

test("a people or faith word before activists or dissidents takes its sentence's state", () => {
  assert.deepEqual(found("Kurdish activists marched as Syria shelled the town."), [
    "Kurdish activists=SYR/opposition",
    "Syria=SYR/",
  ]);
});

test("military branches are military roles", () => {
  assert.deepEqual(found("Saudi air defences intercepted a drone."), ["Saudi air defences=SAU/military"]);
  assert.deepEqual(found("The Japanese coast guard and Indian ground forces responded."), [
    "Japanese coast guard=JPN/military",
    "Indian ground forces=IND/military",
  ]);
});

test("Congress alone is the US legislature; a state's own Congress and named congresses are not", () => {
  assert.deepEqual(found("Congress approved new sanctions on Iran."), ["Congress=USA/government", "Iran=IRN/"]);
  assert.deepEqual(found("Chile's Congress rejected the bill."), ["Chile's Congress=CHL/government"]);
  assert.deepEqual(found("The Mexican Congress met."), ["Mexican Congress=MEX/government"]);
  // The ANC is South Africa's ruling party (seats.json), never the US Congress; a party congress is no actor.
  assert.deepEqual(found("The African National Congress and the party congress met."), [
    "African National Congress=ZAF/government",
  ]);
  assert.deepEqual(found("The World Jewish Congress and the Congress of Deputies met."), []);
});

test("police or a court in a city are its state's; rebels or troops in a city are not", () => {
  assert.deepEqual(found("Police in Calgary arrested two men."), ["Police in Calgary=CAN/police"]);
  assert.deepEqual(found("A court in Porto jailed the suspect."), ["court in Porto=PRT/judiciary"]);
  assert.deepEqual(found("Rebels in Aleppo and troops in Mosul regrouped."), []);
});

test("a court in a city that seats international courts is no court of the host state", () => {
  assert.deepEqual(found("The tribunal in The Hague indicted three generals."), []);
  assert.deepEqual(found("A court in Arusha sentenced the former mayor."), []);
  // The city's police stay its state's.
  assert.deepEqual(found("Police in The Hague arrested two men."), ["Police in The Hague=NLD/police"]);
});

test("no role phrase is made of a place left after a verb of leaving or removing", () => {
  assert.deepEqual(found("The army pushed militants from Mosul."), []);
  assert.deepEqual(found("Moscow redeployed troops from Kherson."), ["Moscow=RUS/"]);
  assert.deepEqual(found("Ukraine moved soldiers from Kharkiv."), ["Ukraine=UKR/"]);
  // Where a group comes from is still its state.
  assert.deepEqual(found("Dissidents from Egypt were detained."), ["Dissidents from Egypt=EGY/opposition"]);
});

test("every diplomatic post the role list names, of one word or two, is the sending state's, not the host's", () => {
  assert.deepEqual(found("The consul general in Iraq was summoned."), ["Iraq=IRQ/"]);
  assert.deepEqual(found("The consulate general in Iraq was closed."), ["Iraq=IRQ/"]);
  assert.deepEqual(found("The permanent mission in Kenya issued a note."), ["Kenya=KEN/"]);
});

test("a secretary of state or a speaker of parliament after a state word is its government", () => {
  const found = (t: string) =>
    findActorMentions(t, [], { date: "2020-06-01" }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);
  assert.deepEqual(found("China's foreign minister met the American secretary of state."), [
    "China's foreign minister=CHN/government",
    "American secretary of state=USA/government",
  ]);
  assert.deepEqual(found("The Turkish speaker of parliament visited Baku."), [
    "Turkish speaker of parliament=TUR/government",
    "Baku=AZE/",
  ]);
  // Speakers of a language are no office.
  assert.deepEqual(found("Turkish speakers in Germany voted."), ["Germany=DEU/"]);
});

test("a rally is an event, not its people: the capital after 'a rally in' is no protesters' state", () => {
  assert.deepEqual(found("The opposition leader held a rally in Nairobi."), [
    "The opposition=KEN/opposition",
    "Nairobi=KEN/",
  ]);
  assert.deepEqual(found("Protesters in Nairobi marched."), ["Protesters in Nairobi=KEN/protesters"]);
});

test("a trade or sector noun between a state word and its people or officials keeps them the state's", () => {
  assert.deepEqual(found("Angry French paper workers blocked the bridge."), ["French paper workers=FRA/civilians"]);
  assert.deepEqual(found("Striking Nigerian oil workers shut the terminal."), ["Nigerian oil workers=NGA/civilians"]);
  assert.deepEqual(found("The Iraqi oil minister flew to Vienna."), [
    "Iraqi oil minister=IRQ/government",
    "Vienna=AUT/",
  ]);
  assert.deepEqual(found("Greek dock workers walked out."), ["Greek dock workers=GRC/civilians"]);
  // Unions are a people's own groups, as workers are.
  assert.deepEqual(found("French unions called a strike."), ["French unions=FRA/civilians"]);
  assert.deepEqual(found("Italian trade unions marched."), ["Italian trade unions=ITA/civilians"]);
  // A word that is no trade noun joins nothing: a verb or a conjunction after the state word, or a thing.
  assert.deepEqual(found("The British sent troops."), ["British=GBR/"]);
  assert.deepEqual(found("Troops will stay in Chad unless President Deby asks them to leave.")[0], "Chad=TCD/");
  assert.deepEqual(found("Russian gas supplies fell."), ["Russian=RUS/"]);
  // A trade before a monarch's title names a tycoon, not the state's sovereign; the bare title still is the state's.
  assert.deepEqual(found("The Saudi oil king bought a stake."), ["Saudi=SAU/"]);
  assert.deepEqual(found("The Indian tea king donated money."), ["Indian=IND/"]);
  assert.deepEqual(found("The Saudi king bought a stake."), ["Saudi king=SAU/government"]);
});

test("a monarch's title after a state word is its government only where the state has a monarch", () => {
  assert.deepEqual(found("The Qatari emir met the Jordanian monarch.", "2024-06-01"), [
    "Qatari emir=QAT/government",
    "Jordanian monarch=JOR/government",
  ]);
  assert.deepEqual(found("The Saudi crown prince flew in.", "2024-06-01"), ["Saudi crown prince=SAU/government"]);
  // A jihadist group's emir, a traditional ruler, an emperor of history, a snake: no government.
  assert.deepEqual(found("A Tunisian emir of the group was arrested.", "2024-06-01"), ["Tunisian=TUN/"]);
  assert.deepEqual(found("A Nigerian emir criticised the plan.", "2024-06-01"), ["Nigerian=NGA/"]);
  assert.deepEqual(found("The Chinese emperor unified the realm.", "2024-06-01"), ["Chinese=CHN/"]);
  assert.deepEqual(found("An Indian king cobra bit him.", "2024-06-01"), ["Indian=IND/"]);
});

test("no mention runs across a sentence end: a title or state word in one sentence is not a name's in the next", () => {
  const found = (text: string, date: string) =>
    findActorMentions(text, tokenize(text).sentences, { date }).map(
      (m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`,
    );
  // A government role before the full stop is no title of the name after it.
  assert.deepEqual(found("Officials met US diplomats. Trump said so.", "2025-03-01"), [
    "US diplomats=USA/government",
    "Trump=USA/government",
  ]);
  // A state word with another role before the full stop does not absorb the person either.
  assert.deepEqual(found("He met the Kenyan police. Ruto said so.", "2025-03-01"), [
    "Kenyan police=KEN/police",
    "Ruto=KEN/government",
  ]);
});

test("an acting, interim or caretaker title before a listed holder joins the person's mention", () => {
  assert.deepEqual(found("Acting President Tokayev met the Chinese ambassador.", "2019-03-25"), [
    "Acting President Tokayev=KAZ/government",
    "Chinese ambassador=CHN/government",
  ]);
  assert.deepEqual(found("Caretaker Prime Minister Ishiba phoned Beijing.", "2025-09-10"), [
    "Caretaker Prime Minister Ishiba=JPN/government",
    "Beijing=CHN/",
  ]);
  // Without a title after it the word is no part of a name.
  assert.deepEqual(found("Acting on orders, Tokayev met the Chinese ambassador.", "2019-03-25"), [
    "Tokayev=KAZ/government",
    "Chinese ambassador=CHN/government",
  ]);
});
