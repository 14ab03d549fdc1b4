import assert from "node:assert/strict";
import { test } from "node:test";
import { csvLine } from "./output-format.ts";

test("CSV quotes separators and defuses text a spreadsheet would run as a formula", () => {
  assert.equal(csvLine(["a,b", 'say "hi"', 3, -7]), '"a,b","say ""hi""",3,-7');
  assert.equal(csvLine(['=HYPERLINK("x")', "@cmd", "+1", "plain"]), `"'=HYPERLINK(""x"")",'@cmd,'+1,plain`);
});
