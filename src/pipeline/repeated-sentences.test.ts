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

test("a longer sentence that recalls the act at another time is another act: both stay", () => {
  const dated = (e: CodedEvent, when: string, whenFrom: "text" | "article"): CodedEvent => ({ ...e, when, whenFrom });
  const lead = dated(event("Russia expelled two Polish diplomats over spying claims."), "2025-03-04", "article");
  const recalled = dated(
    event("In April 2023, Russia expelled two Polish diplomats over spying claims, and Poland answered in kind."),
    "2023-04",
    "text",
  );
  assert.deepEqual(codedOnce([lead, recalled]), [lead, recalled]);
  // the longer sentence dates the same act to the day before the article, or to the article's month: a repeat
  const dayBefore = dated(
    event("On Monday Russia expelled two Polish diplomats over spying claims."),
    "2025-03-03",
    "text",
  );
  assert.deepEqual(codedOnce([lead, dayBefore]), [dayBefore]);
  const sameMonth = dated(
    event("In March Russia expelled two Polish diplomats over spying claims."),
    "2025-03",
    "text",
  );
  assert.deepEqual(codedOnce([lead, sameMonth]), [sameMonth]);
});
