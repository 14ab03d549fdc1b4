// Office holders of 2025 added in session 21 (people.tsv, public record): each is found by the name news uses, with
// the state and, inside the term, the government role.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { gazetteer } from "./gazetteer.ts";

/** "text=CODE/role/person" of the first mention found on `date`. */
const first = (text: string, date: string) =>
  findActorMentions(text, [], { date }).map(
    (m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}/${m.actor.person ?? ""}`,
  )[0];

test("US officials of 2025: Waltz, Bessent, Rubio as national security adviser", () => {
  assert.equal(first("Waltz criticised Russia.", "2025-03-01"), "Waltz=USA/government/Mike Waltz");
  assert.equal(first("Waltz criticised Russia.", "2025-10-01"), "Waltz=USA/government/Mike Waltz");
  assert.equal(first("Bessent criticised China.", "2025-10-01"), "Bessent=USA/government/Scott Bessent");
  // The office itself: who the bare "the national security adviser" refers back to (actors-office.ts).
  const adviser = (date: string) =>
    gazetteer()
      .entries.filter((e) => e.k === "person")
      .filter((e) =>
        e.terms?.some(
          (t) => t.o === "national security adviser" && t.c === "USA" && (!t.f || t.f <= date) && (!t.t || date < t.t),
        ),
      )
      .map((e) => e.person);
  assert.deepEqual(adviser("2025-03-01"), ["Mike Waltz"]);
  assert.deepEqual(adviser("2025-06-01"), ["Marco Rubio"]);
});

test("heads of government and state changed in 2024-2025: Thailand, Lebanon, Sri Lanka, Austria; Qatar's emir", () => {
  assert.equal(
    first("Prime Minister Anutin criticised Cambodia.", "2025-10-01"),
    "Prime Minister Anutin=THA/government/Anutin Charnvirakul",
  );
  assert.equal(
    first("Paetongtarn criticised Cambodia.", "2025-06-01"),
    "Paetongtarn=THA/government/Paetongtarn Shinawatra",
  );
  // Removed by the Constitutional Court on 29 August 2025: still Thai, no longer the government.
  assert.equal(first("Paetongtarn criticised Cambodia.", "2025-10-01"), "Paetongtarn=THA//Paetongtarn Shinawatra");
  assert.equal(
    first("Prime Minister Salam met Aoun.", "2025-06-01"),
    "Prime Minister Salam=LBN/government/Nawaf Salam",
  );
  assert.equal(first("Mikati met Aoun.", "2025-06-01"), "Mikati=LBN//Najib Mikati");
  assert.equal(
    first("President Dissanayake met Modi.", "2025-06-01"),
    "President Dissanayake=LKA/government/Anura Kumara Dissanayake",
  );
  assert.equal(
    first("Chancellor Stocker met Orban.", "2025-06-01"),
    "Chancellor Stocker=AUT/government/Christian Stocker",
  );
  assert.equal(first("Nehammer met Orban.", "2025-06-01"), "Nehammer=AUT//Karl Nehammer");
  assert.equal(first("Emir Tamim met Putin.", "2025-06-01"), "Emir Tamim=QAT/government/Tamim bin Hamad Al Thani");
});

test("names news writes in other spellings or forms: Zelenski, Sybiga, Dzhaparov, Araqchi, Sharaa, and Nepali", () => {
  assert.equal(first("Zelenski thanked Turkey.", "2025-08-01"), "Zelenski=UKR/government/Volodymyr Zelensky");
  assert.equal(first("Sybiga met Fidan.", "2025-08-01"), "Sybiga=UKR/government/Andrii Sybiha");
  assert.equal(first("Dzhaparov met Putin.", "2025-08-01"), "Dzhaparov=KGZ/government/Sadyr Japarov");
  assert.equal(first("Araqchi met Witkoff.", "2025-08-01"), "Araqchi=IRN/government/Abbas Araghchi");
  assert.equal(first("Sharaa met Erdogan.", "2025-08-01"), "Sharaa=SYR/government/Ahmed al-Sharaa");
  assert.equal(first("Barrack met Sharaa.", "2025-08-01"), "Barrack=USA/government/Tom Barrack");
  assert.equal(
    first("Nepali Prime Minister KP Sharma Oli met Xi.", "2025-08-01"),
    "Nepali Prime Minister KP Sharma Oli=NPL/government/KP Sharma Oli",
  );
  // Oli resigned on 9 September 2025.
  assert.equal(first("KP Sharma Oli met Xi.", "2025-10-01"), "KP Sharma Oli=NPL//KP Sharma Oli");
  assert.equal(first("Turkmengas signed a contract with BOTAS.", "2025-08-01"), "Turkmengas=TKM/business/");
});

test("EU commissioners of 2024-29 and the EU's Belgrade-Pristina envoy are the EU's, not their home states'", () => {
  assert.equal(first("Jozef Síkela visited Kazakhstan.", "2025-05-01")?.split("/")[0], "Jozef Síkela=EU");
  assert.equal(first("Sefcovic criticised China.", "2025-05-01")?.split("/")[0], "Sefcovic=EU");
  assert.equal(first("Dombrovskis visited Kyiv.", "2025-05-01")?.split("/")[0], "Dombrovskis=EU");
  // Lajčák was Slovakia's foreign minister until 2020-03, then the EU's special representative.
  assert.equal(first("Miroslav Lajcak met Vucic.", "2023-05-01")?.split("/")[0], "Miroslav Lajcak=EU");
  assert.equal(first("Miroslav Lajcak met Vucic.", "2019-05-01")?.split("/")[0], "Miroslav Lajcak=SVK");
  // Before Brussels they held their own states' offices, which a title before the name names too.
  assert.equal(
    first("Czech Industry Minister Jozef Sikela visited Kazakhstan.", "2023-05-01"),
    "Czech Industry Minister Jozef Sikela=CZE/government/Jozef Síkela",
  );
  assert.equal(first("Valdis Dombrovskis met Merkel.", "2012-05-01")?.split("/")[0], "Valdis Dombrovskis=LVA");
  assert.equal(first("Teresa Ribera criticised Russia.", "2022-05-01")?.split("/")[0], "Teresa Ribera=ESP");
});

test("Bolivia's presidents: Arce until 2025-11-08, Rodrigo Paz after", () => {
  assert.equal(first("Rodrigo Paz met Milei.", "2026-01-10"), "Rodrigo Paz=BOL/government/Rodrigo Paz");
  assert.equal(first("Luis Arce met Milei.", "2024-01-10"), "Luis Arce=BOL/government/Luis Arce");
  assert.equal(first("Luis Arce met Milei.", "2026-01-10")?.endsWith("/government/Luis Arce"), false);
});
