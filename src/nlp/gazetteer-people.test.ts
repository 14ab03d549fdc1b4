// The curated people cover the offices the issue names: for each state, who held its leading office, its foreign
// ministry and its defence ministry on dates across 2024-2025, each by a term of office that covers the date.
import assert from "node:assert/strict";
import { test } from "node:test";
import { holders } from "../../test/office-holders.ts";
import { findActorMentions } from "./actors.ts";
import { gazetteer } from "./gazetteer.ts";

const STATES =
  "ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA RUS TJK TKM UKR UZB USA CHN TUR IRN GBR FRA DEU ITA CAN JPN".split(" ");
/** Offices not yet listed, so the test says what is missing rather than passing over it. */
const DATES = ["2024-03-01", "2024-10-15", "2025-06-01"];

/** "text=CODE/role" of each mention found on `date`. */
const at = (text: string, date: string) =>
  findActorMentions(text, [], { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("every state the issue names has a listed leader, foreign minister and defence minister across 2024-2025", () => {
  const missing: string[] = [];
  for (const date of DATES) {
    const held = holders(date);
    for (const code of STATES)
      for (const office of ["leader", "foreign minister", "defence minister"]) {
        const key = `${code} ${office}`;
        if (!held.has(key)) missing.push(`${key} on ${date}`);
      }
  }
  assert.deepEqual(missing, []);
});

test("the EU's presidents and foreign-policy chief are listed across 2024-2025", () => {
  for (const date of DATES) {
    const offices = new Set(
      gazetteer()
        .entries.filter((e) => e.k === "person")
        .flatMap((e) => e.terms ?? [])
        .filter((t) => t.c === "EU" && t.o && (!t.f || t.f <= date) && (!t.t || date < t.t))
        .map((t) => t.o),
    );
    for (const o of ["commission president", "european council president", "high representative"])
      assert.ok(offices.has(o), `${o} on ${date}`);
  }
});

test("ministers are found by name with their state and role on a date in their term", () => {
  assert.deepEqual(at("Hanno Pevkur visited Kyiv.", "2024-05-01").slice(0, 1), ["Hanno Pevkur=EST/government"]);
  assert.deepEqual(at("Gen Nakatani met Lloyd Austin.", "2024-11-01"), [
    "Gen Nakatani=JPN/government",
    "Lloyd Austin=USA/government",
  ]);
  // An opposition leader speaks for the opposition, not the government.
  assert.deepEqual(at("Sviatlana Tsikhanouskaya met Macron.", "2024-05-01"), [
    "Sviatlana Tsikhanouskaya=BLR/opposition",
    "Macron=FRA/government",
  ]);
});

test("the Baltic and Central Asian defence ministers and the Baltic leaders are listed from 2014 on", () => {
  const missing: string[] = [];
  for (const date of ["2014-06-01", "2016-01-15", "2017-03-01", "2019-06-01", "2022-06-01"]) {
    const held = holders(date);
    for (const code of ["EST", "LVA", "LTU", "TJK", "TKM"])
      for (const office of ["leader", "defence minister"]) {
        const key = `${code} ${office}`;
        if (!held.has(key)) missing.push(`${key} on ${date}`);
      }
  }
  assert.deepEqual(missing, []);
});

test("a minister who left office keeps the state but not the role ('Liam Fox' after 2019, 'Sherali Mirzo' after 2025)", () => {
  assert.deepEqual(at("Liam Fox criticised Brussels.", "2018-05-01")[0], "Liam Fox=GBR/government");
  assert.deepEqual(at("Liam Fox criticised Brussels.", "2023-05-01")[0], "Liam Fox=GBR/");
  assert.deepEqual(at("Sherali Mirzo met his Uzbek counterpart.", "2024-06-01")[0], "Sherali Mirzo=TJK/government");
  assert.deepEqual(at("Sherali Mirzo met his Uzbek counterpart.", "2025-06-01")[0], "Sherali Mirzo=TJK/");
  assert.deepEqual(at("Emomali Sobirzoda visited Tehran.", "2025-06-01")[0], "Emomali Sobirzoda=TJK/government");
});

test("a president whose fixed term has ended keeps the state but not the role ('Boric' after March 2026)", () => {
  assert.deepEqual(at("Gabriel Boric criticised Peru.", "2025-05-01")[0], "Gabriel Boric=CHL/government");
  assert.deepEqual(at("Gabriel Boric criticised Peru.", "2026-05-01")[0], "Gabriel Boric=CHL/");
  assert.deepEqual(at("Gustavo Petro criticised Venezuela.", "2026-09-01")[0], "Gustavo Petro=COL/");
});

/** Not listed: Kyrgyzstan's defence committee chairs changed often and are not checked. */
const UNLISTED = new Set(["KGZ defence minister"]);

test("the post-Soviet states' leaders, foreign and defence ministers are listed from 2014 on", () => {
  const missing: string[] = [];
  for (const date of [
    "2014-06-01",
    "2015-01-15",
    "2015-06-01",
    "2016-01-15",
    "2017-03-01",
    "2019-06-01",
    "2022-06-01",
  ]) {
    const held = holders(date);
    for (const code of ["RUS", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "UZB", "TJK", "TKM"])
      for (const office of ["leader", "foreign minister", "defence minister"]) {
        const key = `${code} ${office}`;
        if (!held.has(key) && !UNLISTED.has(key)) missing.push(`${key} on ${date}`);
      }
  }
  assert.deepEqual(missing, []);
});

test("Maduro keeps Venezuela but not the presidency after 3 January 2026; Delcy Rodríguez acts as president", () => {
  assert.deepEqual(at("Nicolás Maduro criticised Colombia.", "2025-05-01")[0], "Nicolás Maduro=VEN/government");
  assert.deepEqual(at("Nicolás Maduro criticised Colombia.", "2026-05-01")[0], "Nicolás Maduro=VEN/");
  assert.deepEqual(at("Delcy Rodríguez met the envoy.", "2026-05-01")[0], "Delcy Rodríguez=VEN/government");
});

test("terms checked in session 14 put each act on the right office: Radev, Iotova, Zhaksylykov, Kosanov, Sprūds", () => {
  // Radev left the presidency on 23 January 2026 (Iotova took it over) and became prime minister in May 2026.
  assert.deepEqual(holders("2025-06-01").get("BGR leader"), ["Rumen Radev"]);
  assert.deepEqual(holders("2026-03-01").get("BGR leader"), ["Iliana Iotova"]);
  assert.deepEqual(holders("2026-07-01").get("BGR leader")?.sort(), ["Iliana Iotova", "Rumen Radev"]);
  assert.deepEqual(at("Rumen Radev criticised Brussels.", "2026-03-01")[0], "Rumen Radev=BGR/");
  // Kazakhstan's defence ministry changed hands on 8 June 2025.
  assert.deepEqual(holders("2025-06-01").get("KAZ defence minister"), ["Ruslan Zhaksylykov"]);
  assert.deepEqual(holders("2025-09-01").get("KAZ defence minister"), ["Dauren Kosanov"]);
  assert.deepEqual(at("Dauren Kosanov met his Uzbek counterpart.", "2025-09-01")[0], "Dauren Kosanov=KAZ/government");
  assert.deepEqual(at("Zhaksylykov met his Uzbek counterpart.", "2025-09-01")[0], "Zhaksylykov=KAZ/");
  // Turkmen state media spell the defence minister Gundogdyyev.
  assert.deepEqual(
    at("Begench Gundogdyyev met the Turkish minister.", "2024-06-26")[0],
    "Begench Gundogdyyev=TKM/government",
  );
  assert.deepEqual(holders("2026-08-01").get("LVA defence minister"), ["Raivis Melnis"]);
});

test("Moldova's defence ministers are listed from 2014, with the 2017 interim", () => {
  const named = (date: string) => holders(date).get("MDA defence minister");
  assert.deepEqual(named("2016-06-01"), ["Anatol Șalaru"]);
  assert.deepEqual(named("2017-03-01"), ["Gheorghe Galbura"]);
  assert.deepEqual(named("2018-06-01"), ["Eugen Sturza"]);
  assert.deepEqual(named("2020-06-01"), ["Alexandru Pînzari"]);
  assert.deepEqual(named("2026-01-01"), ["Anatolie Nosatii"]);
});

test("office holders real news named in session 14 are listed: CSTO secretaries general, Hun Manet, Gantz, Cho Hyun", () => {
  assert.deepEqual(
    at("CSTO Secretary General Stanislav Zas met Kazakh officers.", "2021-05-01")[0],
    "CSTO Secretary General Stanislav Zas=CSTO/",
  );
  // Tasmagambetov spoke for the CSTO from 2023 to 2025, for Kazakhstan as its defence minister before.
  assert.deepEqual(at("Tasmagambetov met Lavrov.", "2024-05-01")[0], "Tasmagambetov=CSTO/government");
  assert.deepEqual(at("Tasmagambetov met Lavrov.", "2015-05-01")[0], "Tasmagambetov=KAZ/government");
  assert.deepEqual(at("Hun Manet accused Thailand.", "2025-07-24")[0], "Hun Manet=KHM/government");
  assert.deepEqual(at("Benny Gantz approved the order.", "2021-05-01")[0], "Benny Gantz=ISR/government");
  assert.deepEqual(holders("2025-09-01").get("KOR foreign minister"), ["Cho Hyun"]);
  // An envoy and an ambassador named by surname alone act for their own state, not their host's.
  assert.deepEqual(at("Coale discussed Ukraine with Lukashenko.", "2025-12-12")[0], "Coale=USA/government");
  assert.deepEqual(
    at("Vrublevsky was summoned to the Kazakh Foreign Ministry.", "2022-08-23")[0],
    "Vrublevsky=UKR/government",
  );
  // Russian media give Ukraine's president the Russian form of his given name.
  assert.deepEqual(at("Vladimir Zelensky spoke with Tokayev.", "2022-03-01")[0], "Vladimir Zelensky=UKR/government");
});

test("Moldova's defence ministry went back to Gaiciuc in November 2020; Ukrainian spellings name Vrublevsky", () => {
  const named = (date: string) => holders(date).get("MDA defence minister");
  assert.deepEqual(named("2021-03-01"), ["Victor Gaiciuc"]);
  assert.deepEqual(at("Alexandru Pînzari criticised Moscow.", "2021-03-01")[0], "Alexandru Pînzari=MDA/");
  assert.deepEqual(at("Petro Vrublevskyi met Kazakh officials.", "2022-09-01")[0], "Petro Vrublevskyi=UKR/government");
});

test("Balkan and Czech office holders are listed: Dodik acts for BIH while in office, Schmidt for the OHR", () => {
  // Republika Srpska's president acts for Bosnia and Herzegovina's government; after the mandate ended on 2025-08-06
  // he leads the entity's ruling party: still Bosnia's, with no government role.
  assert.deepEqual(at("Milorad Dodik met Viktor Orban.", "2024-05-01"), [
    "Milorad Dodik=BIH/government",
    "Viktor Orban=HUN/government",
  ]);
  assert.deepEqual(at("Dodik met Putin.", "2025-10-01"), ["Dodik=BIH/", "Putin=RUS/government"]);
  assert.deepEqual(at("High Representative Christian Schmidt annulled the law.", "2024-05-01"), [
    "High Representative Christian Schmidt=OHR/government",
  ]);
  assert.deepEqual(at("Plenkovic met Milatovic and Mickoski.", "2024-09-01"), [
    "Plenkovic=HRV/government",
    "Milatovic=MNE/government",
    "Mickoski=MKD/government",
  ]);
  // Babiš: prime minister 2017-2021 and again from 2025-12-09; in opposition between.
  assert.deepEqual(at("Babis criticised Fiala.", "2023-05-01"), ["Babis=CZE/", "Fiala=CZE/government"]);
  assert.deepEqual(at("Babis criticised Fiala.", "2026-02-01"), ["Babis=CZE/government", "Fiala=CZE/"]);
});

test("foreign ministry and government spokespeople speak for their governments", () => {
  assert.deepEqual(at("Wang Wenbin accused Washington of hypocrisy.", "2022-05-01"), [
    "Wang Wenbin=CHN/government",
    "Washington=USA/",
  ]);
  assert.deepEqual(at("Kanaani condemned the sanctions.", "2023-05-01"), ["Kanaani=IRN/government"]);
  assert.deepEqual(at("Matthew Miller criticised Moscow.", "2024-05-01"), [
    "Matthew Miller=USA/government",
    "Moscow=RUS/",
  ]);
});

test("terms checked in session 18: Albania's foreign ministers 2021-2026, Kosovo's presidency after April 2026", () => {
  assert.deepEqual(holders("2022-06-01").get("ALB foreign minister"), ["Olta Xhaçka"]);
  assert.deepEqual(holders("2024-06-01").get("ALB foreign minister"), ["Igli Hasani"]);
  assert.deepEqual(holders("2025-12-01").get("ALB foreign minister"), ["Elisa Spiropali"]);
  assert.deepEqual(holders("2026-06-01").get("ALB foreign minister"), ["Ferit Hoxha"]);
  assert.deepEqual(at("Spiropali met Serbian officials.", "2026-06-01")[0], "Spiropali=ALB/");
  // Osmani's term ended in April 2026 with no successor elected; the Assembly's speaker acts for her.
  assert.deepEqual(at("Haxhiu received the EU envoy.", "2026-06-25")[0], "Haxhiu=XKX/government");
  assert.deepEqual(at("Vjosa Osmani criticised Serbia.", "2026-06-25")[0], "Vjosa Osmani=XKX/");
});
