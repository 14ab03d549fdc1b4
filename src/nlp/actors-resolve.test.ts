import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveActorText } from "./actors-resolve.ts";

test("a noun phrase resolves to its state, role and remaining words", () => {
  assert.deepEqual(resolveActorText("two Chinese warplanes"), {
    country: "CHN",
    code: "CHN",
    role: "military",
    remaining: "two",
  });
  assert.equal(resolveActorText("four Saudi men").remaining, "four men");
  assert.equal(resolveActorText("Russia’s ambassador to Poland").country, "RUS");
  assert.deepEqual(resolveActorText("soldiers"), { role: "military", remaining: "soldiers" });
  assert.equal(resolveActorText("a cat named Frank").code, undefined);
});

test("organisations have a code but no country; cities with a role word give the city's state", () => {
  assert.deepEqual(resolveActorText("The North Atlantic Treaty Organization"), { code: "NATO", remaining: "" });
  assert.equal(resolveActorText("Shanghai police").country, "CHN");
  assert.equal(resolveActorText("Shanghai police").role, "police");
});

test("people by date, and context for a phrase that names no state", () => {
  assert.deepEqual(resolveActorText("Angela Merkel", "2017-04-01"), {
    code: "DEU",
    country: "DEU",
    person: "Angela Merkel",
    role: "government",
    remaining: "",
  });
  assert.equal(resolveActorText("Angela Merkel", "2023-01-01").role, undefined);
  assert.equal(resolveActorText("Defense Minister").country, undefined);
  assert.equal(resolveActorText("Defense Minister", undefined, "German").country, "DEU");
});

test("resolveActorText: a city's name as the given name of a phrase that is only a name is no city", () => {
  // Two capitalised words alone are a person's name, not a title-case headline where "Leon" would be the city.
  assert.equal(resolveActorText("Leon Bobb").code, undefined);
  assert.equal(resolveActorText("Kenya Barris.").code, undefined);
  // The city alone, or with a role word after it, still names its state.
  assert.equal(resolveActorText("Leon").code, "NIC");
  assert.equal(resolveActorText("Moscow Mayor").code, "RUS");
});
