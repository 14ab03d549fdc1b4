import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runCli } from "../../test/run-cli.ts";
import type { Sentence } from "../domain/index.ts";
import { findActorMentions } from "./actors.ts";

/** Sentences ended by a full stop after a word of two letters or more ("U.S." ends none). */
function sentences(text: string): Sentence[] {
  return [...text.matchAll(/.+?(?:(?<![A-Z])\.(?= [A-Z]|$))/g)].map((m, index) => ({
    index,
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

const found = (text: string) =>
  findActorMentions(text, sentences(text), { date: "2025-03-05" })
    .filter((m) => m.kind === "person" && !m.actor.person?.includes("Zelensk"))
    .map((m) => `${m.text}=${m.actor.code}/${m.actor.role ?? ""}`);

test("a later bare surname is the person a title or apposition tied to a state", () => {
  assert.deepEqual(
    found("Norwegian envoy Henrik Solvang met the rebels. Later, Solvang criticised Sudan. Mr Solvang left."),
    ["Solvang=NOR/government", "Mr Solvang=NOR/government"],
  );
  assert.deepEqual(found("Marta Quillen, the Chilean ambassador, met officials. Quillen praised Peru."), [
    "Quillen=CHL/government",
  ]);
  assert.deepEqual(found("The Kenyan envoy, Daniel Okoth Waweru, arrived. Ms Waweru thanked Uganda."), [
    "Ms Waweru=KEN/government",
  ]);
  assert.deepEqual(found("Brazil's ambassador Paulo Ferrenho met Zelensky. Ferrenho's remarks angered Russia."), [
    "Ferrenho=BRA/government",
  ]);
});

test("a surname is no actor when shared, a place's name, or never tied to a state", () => {
  // Two people with the surname.
  assert.deepEqual(found("Austrian envoy Lena Brunnhof met Karl Brunnhof. Brunnhof criticised Serbia."), []);
  // The surname is a city's name.
  assert.deepEqual(found("French envoy Marc Toulouse arrived in Mali. Toulouse criticised Algeria."), []);
  // No title or apposition ties the name to a state.
  assert.deepEqual(found("Hanna Verlaak met officials. Verlaak criticised Belgium."), []);
  // A plural role is no title, and a role phrase after a comma without an article is no apposition.
  assert.deepEqual(found("Russian officials Igor Brelev and others met. Brelev criticised Poland."), []);
  assert.deepEqual(found("Near the border, Russian troops, Olga Tessin said, advanced. Tessin criticised Russia."), []);
});

test("end to end: `orbit analyze` codes the acts of a later bare surname as its person's state's", async () => {
  const dir = mkdtempSync(join(tmpdir(), "orbit-surnames-"));
  try {
    const file = join(dir, "page.txt");
    writeFileSync(
      file,
      "Norwegian envoy Henrik Solvang met Sudanese officials in Khartoum on Monday. On Tuesday, Solvang criticised " +
        "Egypt over the border closure. Mr Solvang later praised Ethiopia for its restraint. Austrian envoy Lena " +
        "Brunnhof met Karl Brunnhof in Vienna. Brunnhof criticised Serbia. Anna Veltrop met officials. Veltrop " +
        "criticised Chile. French envoy Marc Toulouse arrived in Mali. Toulouse criticised Algeria.\n",
    );
    const r = await runCli(["analyze", file]);
    assert.equal(r.code, 0, r.stderr);
    const events = JSON.parse(r.stdout.trim().split("\n")[0]!).events as { source: string; target: string }[];
    const pairs = events.map((e) => `${e.source}>${e.target}`);
    assert.ok(pairs.includes("NOR>EGY"), pairs.join(" "));
    assert.ok(pairs.includes("NOR>ETH"), pairs.join(" "));
    for (const target of ["SRB", "CHL", "DZA"])
      assert.ok(!events.some((e) => e.target === target), `nothing aimed at ${target}: ${pairs.join(" ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an envoy's post abroad may sit between the title and the name; a listed person's surname is free for a namesake", () => {
  const text =
    "The minister said German Ambassador to Tbilisi Peter Fischer had been summoned. The prime minister accused Fischer of siding with the opposition.";
  const m = findActorMentions(text, sentences(text), { date: "2025-07-30" }).find((x) => x.text === "Fischer");
  assert.equal(m?.actor.code, "DEU");
  assert.equal(m?.actor.person, "Peter Fischer");
});

test("a listed person named in full is named later by a surname too common to list alone; family-first names by their first word", () => {
  const at = (text: string, date: string) =>
    findActorMentions(text, sentences(text), { date }).map((m) => `${m.text}=${m.actor.code}/${m.actor.person ?? ""}`);
  assert.deepEqual(at("Foreign Minister Wang Yi arrived on Monday. Tokayev later met with Wang.", "2021-07-20"), [
    "Foreign Minister Wang Yi=CHN/Wang Yi",
    "Tokayev=KAZ/Kassym-Jomart Tokayev",
    "Wang=CHN/Wang Yi",
  ]);
  assert.deepEqual(at("Turkish envoy Serdar Kilic met Ruben Rubinyan. Kilic then flew home.", "2022-02-01"), [
    "Turkish envoy Serdar Kilic=TUR/Serdar Kılıç",
    "Ruben Rubinyan=ARM/Ruben Rubinyan",
    "Kilic=TUR/Serdar Kılıç",
  ]);
  // Another person of the same family name in the text leaves the bare surname to no one.
  assert.deepEqual(at("Wang Yi met Wang Wenbin. Later Wang criticised Japan.", "2021-07-20"), [
    "Wang Yi=CHN/Wang Yi",
    "Wang Wenbin=CHN/Wang Wenbin",
    "Japan=JPN/",
  ]);
});

test("a listed surname is taken for a namesake only when the title itself names the state", () => {
  const text = "President Tim Clark told reporters the airline will grow. Clark later met French officials.";
  const m = findActorMentions(text, sentences(text), { date: "2019-11-20" }).find((x) => x.text === "Clark");
  assert.equal(m, undefined);
});
