import assert from "node:assert/strict";
import { test } from "node:test";
import { countryNamed, countryNameMessage, isCountryCode, parseCountryCode, suggestCountry } from "./country-code.ts";

test("codes of states and former UN members are countries; organisations and made-up codes are not", () => {
  for (const code of ["KAZ", "RUS", "XKX", "DDR", "CSK"]) assert.ok(isCountryCode(code), code);
  for (const code of ["EU", "NATO", "WEST", "XYZ", "KZ"]) assert.ok(!isCountryCode(code), code);
  assert.equal(parseCountryCode(" kaz "), "KAZ");
});

test("a name or an alpha-2 code gets the ISO3 code suggested, also for names ISO words differently", () => {
  assert.equal(suggestCountry("Kazakhstan"), "KAZ");
  assert.equal(suggestCountry("kz"), "KAZ");
  assert.equal(suggestCountry("Moldova"), "MDA"); // ISO: "Moldova, Republic of"
  assert.equal(suggestCountry("Syria"), "SYR"); // ISO: "Syrian Arab Republic"
  assert.equal(suggestCountry("Qwertyland"), undefined);
  assert.throws(
    () => parseCountryCode("Kazakhstan", "--country"),
    /--country: "Kazakhstan" is not a country code: did you mean KAZ\?/,
  );
  assert.throws(() => parseCountryCode("XYZ"), /"XYZ" is not a country code: use an ISO 3166-1 alpha-3 code/);
});

test("only a whole country name counts as one where an actor code belongs: acronyms stay actors", () => {
  assert.equal(countryNamed("Russia"), "RUS");
  assert.equal(countryNamed("georgia"), "GEO");
  assert.equal(countryNamed("CHAD"), "TCD", "a name in capitals is still the name");
  for (const acronym of ["AU", "EU", "WEST", "NATO", "BRICS", "ASEAN", "RUS", "GUAM"])
    assert.equal(countryNamed(acronym), undefined, acronym);
});

test("SUN, the Soviet Union's retired code, is refused with the code its events and votes are stored under", () => {
  assert.ok(!isCountryCode("SUN"));
  assert.throws(
    () => parseCountryCode("sun", "--country"),
    /"sun" is the Soviet Union, which Orbit stores as RUS .*use RUS/,
  );
  assert.match(countryNameMessage("SUN") ?? "", /the Soviet Union, which Orbit stores as RUS/);
  assert.equal(countryNameMessage("SUD"), undefined);
});
