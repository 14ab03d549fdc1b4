// People beyond the post-Soviet core (session 15): leaders, foreign and defence ministers of the G20 and of the states
// the news most often pairs with the poles, and the leaders of breakaway regions, who act for their parent state with
// sector PRE while the acts about them go to the region's patron.
import assert from "node:assert/strict";
import { test } from "node:test";
import { holders } from "../../test/office-holders.ts";
import { findActorMentions } from "./actors.ts";

/** "text=CODE/role/sector>patron" of the first mention found on `date`. */
function first(text: string, date: string): string {
  const a = findActorMentions(text, [], { date })[0];
  return a ? `${a.text}=${a.actor.code}/${a.actor.role ?? ""}/${a.actor.sector ?? ""}>${a.actor.patron ?? ""}` : "";
}

test("a breakaway region's leader acts for the parent state with sector PRE and the region's patron", () => {
  assert.equal(first("Gagloev met Putin.", "2024-05-01"), "Gagloev=GEO/government/PRE>RUS");
  assert.equal(first("Badra Gunba met Lavrov.", "2025-06-01"), "Badra Gunba=GEO/government/PRE>RUS");
  assert.equal(first("Krasnoselsky accused Chisinau.", "2023-03-01"), "Krasnoselsky=MDA/government/PRE>RUS");
  assert.equal(first("Pushilin spoke in Donetsk.", "2019-03-01"), "Pushilin=UKR/government/PRE>RUS");
  // Out of office he is his parent state's citizen again: no role, sector or patron.
  assert.equal(first("Aslan Bzhania spoke in Sukhumi.", "2025-06-01"), "Aslan Bzhania=GEO//>");
});

/** The G20 states and those the news of session 15 pairs with the poles. */
const STATES = "ARG AUS BRA IND IDN KOR MEX SAU ZAF SRB HUN MLI NER SYR EGY ARE QAT PAK VEN ISR".split(" ");
/** States whose foreign minister or leader is listed but not every office (defence ministers not checked). */
const PARTLY = { BFA: ["leader", "foreign minister"], MNG: ["leader"], LBY: ["leader"], SDN: ["foreign minister"] };
/** Offices not listed yet (not checked against a source in session 15), so the test names what is missing. */
const KNOWN_GAPS = new Set([
  "PAK defence minister on 2024-03-01", // caretaker minister not listed
  "KOR defence minister on 2025-06-01", // vice-minister acting between Kim Yong-hyun and Ahn Gyu-back
  "HUN foreign minister on 2026-06-01", // the Tisza cabinet's ministers are not checked
  "HUN defence minister on 2026-06-01",
]);

test("the G20 and the states the news pairs with the poles have a leader, foreign and defence minister, 2024-2026", () => {
  const missing: string[] = [];
  for (const date of ["2024-03-01", "2024-10-15", "2025-06-01", "2026-06-01"]) {
    const held = holders(date);
    for (const code of STATES)
      for (const office of ["leader", "foreign minister", "defence minister"]) {
        const gap = `${code} ${office} on ${date}`;
        if (!held.has(`${code} ${office}`) && !KNOWN_GAPS.has(gap)) missing.push(gap);
      }
    for (const [code, offices] of Object.entries(PARTLY))
      for (const office of offices) if (!held.has(`${code} ${office}`)) missing.push(`${code} ${office} on ${date}`);
  }
  assert.deepEqual(missing, []);
});

test("terms checked in session 15 put each act on the right office holder", () => {
  assert.deepEqual(holders("2025-06-01").get("ARG foreign minister"), ["Gerardo Werthein"]);
  assert.deepEqual(holders("2026-01-15").get("ARG foreign minister"), ["Pablo Quirno"]);
  assert.deepEqual(holders("2026-01-15").get("ARG defence minister"), ["Carlos Presti"]);
  // Hungary's leaders are its prime minister and its president (Sulyok).
  assert.deepEqual(holders("2026-02-01").get("HUN leader")?.sort(), ["Tamás Sulyok", "Viktor Orbán"]);
  assert.deepEqual(holders("2026-06-01").get("HUN leader")?.sort(), ["Péter Magyar", "Tamás Sulyok"]);
  assert.deepEqual(holders("2026-02-01").get("VEN defence minister"), ["Vladimir Padrino López"]);
  assert.deepEqual(holders("2026-06-01").get("VEN defence minister"), ["Gustavo González López"]);
  assert.deepEqual(holders("2024-12-01").get("SDN foreign minister"), ["Ali Youssef al-Sharif"]);
  assert.deepEqual(holders("2025-09-01").get("SDN foreign minister"), ["Omer Siddiq"]);
  assert.deepEqual(holders("2025-06-01").get("QAT leader"), ["Mohammed bin Abdulrahman Al Thani"]);
  // Lapid kept the foreign ministry as prime minister until Netanyahu's government took office on 2022-12-29.
  assert.deepEqual(holders("2022-10-01").get("ISR foreign minister"), ["Yair Lapid"]);
  assert.deepEqual(holders("2023-01-04").get("VEN foreign minister"), undefined); // Gil named on 2023-01-06
  assert.deepEqual(holders("2022-04-10").get("SYR defence minister"), undefined); // Abbas named on 2022-04-28
});

test("an armed group's leader acts for the rebels; a leader who took power acts for the government", () => {
  assert.equal(first("Hemedti accused Egypt of bombing his forces.", "2024-10-10"), "Hemedti=SDN/rebels/>");
  assert.equal(first("Hemedti met Burhan.", "2020-10-10"), "Hemedti=SDN/government/>");
  assert.equal(
    first("Abu Mohammed al-Jolani threatened Damascus.", "2020-05-01"),
    "Abu Mohammed al-Jolani=SYR/rebels/>",
  );
  assert.equal(first("Ahmed al-Sharaa met Erdogan.", "2024-12-20"), "Ahmed al-Sharaa=SYR/government/>");
});

test("surnames that are common words or shared names stand alone for nobody", () => {
  // "Magyar" is Hungarian for Hungarian, "Wong" and "Cohen" name thousands: only the full names are listed.
  for (const text of ["Magyar voters went to the polls.", "Wong said the talks failed.", "Cohen wrote to Israel."])
    assert.ok(!/=(HUN|AUS|ISR)\/government/.test(first(text, "2026-06-01")), text);
  assert.equal(first("Péter Magyar met Ursula von der Leyen.", "2026-06-01"), "Péter Magyar=HUN/government/>");
  // A spelling of a full name that ends in another leader's surname is still its own person.
  assert.equal(first("Salifou Modi met Russian officials.", "2024-06-01"), "Salifou Modi=NER/government/>");
});
