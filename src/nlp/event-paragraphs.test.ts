import assert from "node:assert/strict";
import { test } from "node:test";
import { anyTriggerParagraph, eventParagraphs, type ParagraphFacts } from "./event-paragraphs.ts";
import { paragraphs } from "./paragraphs.ts";

// invented paragraphs; the trigger words are a test's own, as the pipeline passes the coder's
const TEXT = "Prices rose in the morning.\n\nArmenia accused Azerbaijan of shelling.\n\nIt denied the claims.";
const mayTrigger = (w: string) => w === "accuse" || w === "deny";
const facts = (actorIn: number[]): ParagraphFacts[] =>
  paragraphs(TEXT).map(([start, end], i) => ({ start, end, actor: actorIn.includes(i), place: false }));

test("anyTriggerParagraph finds a trigger in any paragraph, by any of its forms", () => {
  const spans = paragraphs(TEXT);
  assert.equal(anyTriggerParagraph(TEXT, spans, mayTrigger), true);
  // only the last paragraph holds one ("denied" → "deny")
  assert.equal(
    anyTriggerParagraph(TEXT, spans, (w) => w === "deny"),
    true,
  );
  assert.equal(
    anyTriggerParagraph(TEXT, spans, (w) => w === "sanction"),
    false,
  );
  assert.equal(anyTriggerParagraph("", [], mayTrigger), false);
});

test("eventParagraphs keeps a trigger paragraph with someone to act, and the actor a later pronoun stands for", () => {
  assert.deepEqual(eventParagraphs(TEXT, facts([1]), mayTrigger), [1, 2]);
  // no actor named before the pronoun: nothing for "It" to stand for, and no one to act
  assert.deepEqual(eventParagraphs(TEXT, facts([]), mayTrigger), []);
  // an actor in a paragraph without a trigger word is read only as a pronoun's antecedent
  assert.deepEqual(
    eventParagraphs(TEXT, facts([0]), (w) => w === "deny"),
    [0, 2],
  );
});
