import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { resolveCountry } from "./unga-countries.ts";
import { parseCsv } from "./unga-csv.ts";
import { readIdealPointsFile, readUngaDir } from "./unga-files.ts";
import { normaliseDate, parseVotes, parseVoteValue } from "./unga-votes.ts";

const fixtures = fileURLToPath(new URL("../../test/fixtures/unga/", import.meta.url));

test("parseCsv: quoted fields with delimiters, doubled quotes and newlines; line numbers kept", () => {
  const t = parseCsv('id,text,n\r\n1,"a, ""b""",2\n\n2,"multi\nline",3\n3,plain,4');
  assert.deepEqual(t.header, ["id", "text", "n"]);
  assert.deepEqual(t.rows, [
    ["1", 'a, "b"', "2"],
    ["2", "multi\nline", "3"],
    ["3", "plain", "4"],
  ]);
  assert.deepEqual(t.lines, [2, 4, 6]);
  assert.deepEqual(parseCsv("a\tb\n1\t2").rows, [["1", "2"]]);
});

test("vote values: Y/N/A/X, words, and Voeten's 1/2/3/8/9", () => {
  assert.deepEqual(
    ["Y", "yes", "1", "N", "no", "3", "A", "abstain", "2", "X", "absent", "8", "9", "7"].map(parseVoteValue),
    ["Y", "Y", "Y", "N", "N", "N", "A", "A", "A", "X", "X", "X", "member", undefined],
  );
  assert.equal(normaliseDate("20231027"), "2023-10-27");
  assert.equal(normaliseDate("2023/1/5"), "2023-01-05");
  assert.equal(normaliseDate("27/10/2023"), "2023-10-27");
  assert.equal(normaliseDate("03/04/2020"), undefined); // ambiguous: refused, not guessed
});

test("countries: ISO3, ISO2, COW numeric and alpha, names; COW 'AUS' is Austria only in a COW column", () => {
  assert.equal(resolveCountry("DEU"), "DEU");
  assert.equal(resolveCountry("de"), "DEU");
  assert.equal(resolveCountry("365"), "RUS");
  assert.equal(resolveCountry("260"), "DEU"); // German Federal Republic continues as Germany's seat
  assert.equal(resolveCountry("AUS"), "AUS");
  assert.equal(resolveCountry("AUS", "cow"), "AUT");
  assert.equal(resolveCountry("UKG"), "GBR");
  assert.equal(resolveCountry("Armenia", "name"), "ARM");
  assert.equal(resolveCountry("ZZZ"), undefined);
});

test("Voeten layout: ccode wins over the 3-letter column; 9 skipped, bad vote and unknown country reported", async () => {
  const { votes, bad, notMember, unknownCountries } = await readUngaDir(`${fixtures}voeten`);
  const get = (r: string, c: string) => votes.find((v) => v.resolution === r && v.country === c)?.vote;
  assert.equal(get("9001", "RUS"), "Y");
  assert.equal(get("9001", "DEU"), "N");
  assert.equal(get("9001", "ARM"), "A");
  assert.equal(get("9001", "AUT"), "X"); // ccode 305, absent (8)
  assert.equal(get("9001", "AUS"), "Y"); // ccode 900 = Australia
  assert.equal(notMember, 1);
  assert.equal(bad.length, 1);
  assert.match(bad[0]!.where, /UNVotes-sample\.csv:10$/);
  assert.deepEqual([...unknownCountries.keys()], ["999"]);
  assert.equal(votes.find((v) => v.resolution === "9002")?.date, "2020-12-17");
});

test("Orbit layout: resolutions give the dates, gzip read by magic bytes", async () => {
  const r = await readUngaDir(fixtures);
  assert.equal(r.votes.length, 12 * 10 * 7);
  assert.equal(r.bad.length, 0);
  assert.deepEqual(r.votes[0], { resolution: "SYN-2013-0", date: "2013-01-15", country: "ARM", vote: "Y" });
});

test("ideal points: session → year (session 75 → 2020), ccode → ISO3", async () => {
  const ips = await readIdealPointsFile(`${fixtures}voeten/IdealPoints-sample.csv`);
  assert.deepEqual(ips[0], { country: "RUS", year: 2020, value: -1.25 });
  assert.equal(ips.length, 3);
});

test("votes without a date anywhere are refused with the file named", () => {
  assert.throws(() => parseVotes(parseCsv("rcid,country,vote\n1,RUS,Y"), "v.csv"), /v\.csv: .*no date column/);
});
