import assert from "node:assert/strict";
import { test } from "node:test";
import type { CodedEvent } from "../domain/index.ts";
import { codedOnce } from "./repeated-sentences.ts";

let at = 0;
function event(sentence: string, cameo = "161", source = "RUS", target = "POL"): CodedEvent {
  const start = at;
  at += sentence.length + 2;
  return {
    source,
    target,
    cameo,
    quad: "verbal-conflict",
    goldstein: -4,
    evidence: { text: sentence, start, end: start + sentence.length },
    confidence: 0.8,
  } as CodedEvent;
}

const LEAD = "MOSCOW, March 3 — Russia expelled two Polish diplomats on Monday, the foreign ministry said.";

test("an event read again from a repeated paragraph, a pull quote or a caption inside the lead is dropped", () => {
  const lead = event(LEAD);
  const again = event(LEAD);
  const pullQuote = event("“Russia expelled two Polish diplomats on Monday”");
  assert.deepEqual(codedOnce([lead, again, pullQuote]), [lead]);
  // a caption before the lead: the lead's event is kept, read where the act has its context
  const caption = event("Russia expelled two Polish diplomats on Monday.");
  const lead2 = event(LEAD);
  assert.deepEqual(codedOnce([caption, lead2]), [lead2]);
});

test("other acts stay: another code or actor, another sentence, a short sentence said twice", () => {
  const lead = event(LEAD);
  const other = event("Russia expelled two Polish diplomats in 2023 as well, over a spying case.");
  const reply = event(
    "Poland expelled two Russian diplomats on Monday, the foreign ministry said.",
    "161",
    "POL",
    "RUS",
  );
  const shortOne = event("Russia condemned Poland.", "111");
  const shortAgain = event("Russia condemned Poland.", "111");
  const events = [lead, other, reply, shortOne, shortAgain];
  assert.deepEqual(codedOnce(events), events);
});
