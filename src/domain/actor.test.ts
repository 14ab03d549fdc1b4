import assert from "node:assert/strict";
import { test } from "node:test";
import { memberPairs, memberRefs } from "./actor.ts";

test("a group of states stands for each member, with its role", () => {
  assert.deepEqual(memberRefs({ code: "BALTIC", role: "government", members: ["EST", "LVA", "LTU"] }), [
    { code: "EST", role: "government" },
    { code: "LVA", role: "government" },
    { code: "LTU", role: "government" },
  ]);
  const plain = { code: "RUS" };
  assert.deepEqual(memberRefs(plain), [plain]);
});

test("the dyads of a group never pair a member with itself", () => {
  const baltic = { code: "BALTIC", members: ["EST", "LVA", "LTU"] };
  const codes = (pairs: ReturnType<typeof memberPairs>) => pairs.map(([s, t]) => `${s.code}>${t.code}`);
  assert.deepEqual(codes(memberPairs({ code: "LTU" }, baltic)), ["LTU>EST", "LTU>LVA"]);
  assert.deepEqual(codes(memberPairs(baltic, { code: "RUS" })), ["EST>RUS", "LVA>RUS", "LTU>RUS"]);
  assert.deepEqual(codes(memberPairs({ code: "RUS" }, { code: "CHN" })), ["RUS>CHN"]);
});
