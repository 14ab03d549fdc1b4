import assert from "node:assert/strict";
import { test } from "node:test";
import { anyTriggerParagraph, eventParagraphs, type ParagraphFacts } from "./event-paragraphs.ts";
import { paragraphs } from "./paragraphs.ts";

// invented paragraphs; the trigger words are a test's own, as the pipeline passes the coder's
const TEXT = "Prices rose in the morning.\n\nArmenia accused Azerbaijan of shelling.\n\nIt denied the claims.";
const mayTrigger = (w: string) => w === "accuse" || w === "deny";
const facts = (actorIn: number[], text = TEXT): ParagraphFacts[] =>
  paragraphs(text).map(([start, end], i) => {
    const actors = actorIn.filter((p) => p === i).length;
    return { start, end, actors, firstActor: actors ? start : -1, place: false };
  });

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

/** Facts of invented paragraphs whose actor mentions are the given names (each name's every occurrence). */
const named = (text: string, names: string[]): ParagraphFacts[] =>
  paragraphs(text).map(([start, end]) => {
    const at = names.flatMap((n) =>
      [...text.slice(start, end).matchAll(new RegExp(`\\b${n}\\b`, "g"))].map((m) => start + m.index),
    );
    return {
      start,
      end,
      actors: at.length,
      firstActor: at.length ? Math.min(...at) : -1,
      place: false,
    };
  });

test("eventParagraphs leaves out a one-party paragraph without a solo trigger, unless a later pronoun may read it", () => {
  // invented; "accuse" needs two parties, "rally" may code with one (a protest)
  const may = (w: string) => w === "accuse" || w === "rally";
  const solo = (w: string) => w === "rally";
  const states = ["Armenia", "Azerbaijan", "Georgia"];
  const text = "Markets were calm.\n\nArmenia accused officials.\n\nAzerbaijan accused Armenia.\n\nArmenians rallied.";
  const facts4 = named(text, [...states, "Armenians"]);
  assert.deepEqual(eventParagraphs(text, facts4, may), [1, 2, 3]);
  // paragraph 1 names one party and holds no solo trigger; 2 names two; 3 holds one
  assert.deepEqual(eventParagraphs(text, facts4, may, solo), [2, 3]);
  // the next tagged paragraph with an actor or a subject pronoun reads the pronoun first: 0's subject may be read
  const pronounFirst = "Armenia accused officials.\n\nIt met Azerbaijan.\n\nIt accused Georgia.";
  assert.deepEqual(eventParagraphs(pronounFirst, named(pronounFirst, states), may, solo), [0, 1, 2]);
  // it names its actor first: 0 is left out
  const actorFirst = "Armenia accused officials.\n\nAzerbaijan met it.\n\nIt accused Georgia.";
  assert.deepEqual(eventParagraphs(actorFirst, named(actorFirst, states), may, solo), [1, 2]);
  // an object or possessive pronoun may be a second party; a paragraph a later pronoun stands for is kept
  const them = "Armenia accused them.\n\nAzerbaijan accused Armenia.";
  assert.deepEqual(eventParagraphs(them, named(them, states), may, solo), [0, 1]);
  // a paragraph every sentence of which the coder skips as another language's is left out on the same terms
  const asked: number[] = [];
  const foreign = (p: number) => {
    asked.push(p);
    return p === 2;
  };
  assert.deepEqual(eventParagraphs(text, facts4, may, undefined, foreign), [1, 3]);
  // only the paragraphs that would be kept are asked (the question reads every word of one)
  assert.deepEqual(asked.sort(), [1, 2, 3]);
  const antecedent = "Armenia accused officials.\n\nIt accused Georgia.";
  assert.deepEqual(eventParagraphs(antecedent, named(antecedent, states), may, solo), [0, 1]);
});
