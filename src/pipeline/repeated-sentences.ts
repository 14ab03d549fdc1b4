// One document's coded events → the same events, each read once: none again from a sentence the page repeats.
import type { CodedEvent } from "../domain/index.ts";

/** Quote marks, dashes and end punctuation at a sentence's edges: a pull quote wears them, its source sentence not. */
const EDGE = /^[\s"'“”‘’„«»‹›(–—-]+|[\s"'“”‘’„«»‹›).,;:!?–—-]+$/g;

/**
 * Shorter sentences than this many words are not judged repeats: "Russia condemned the move." may well be said of
 * two acts in one article, while a sentence of six words or more printed twice is the page repeating itself.
 */
const MIN_WORDS = 6;

/** How many days before the article's date an act its text dates may be the act a sentence without a date reports. */
const SHORTLY_BEFORE_DAYS = 7;

/** A sentence as it is compared: one space between words, lower case, no quote marks or end punctuation at its edges. */
const comparable = (sentence: string) => sentence.replace(/\s+/g, " ").replace(EDGE, "").toLowerCase();

/**
 * Drops each event read from a sentence that repeats another event's: the same sentence (a paragraph printed twice),
 * or one found whole inside the other's (a pull quote, a caption or a "key point" beside the paragraph it comes
 * from), with the same actors, code and time. Read twice, the act would be stored and counted twice. The article text keeps
 * both, as the page prints them (the body benchmarks' truth keeps pull quotes too); the event kept is the one read
 * from the longer sentence, where the act has its context, and of two equal sentences the first.
 */
export function codedOnce(events: CodedEvent[]): CodedEvent[] {
  if (events.length < 2) return events;
  // each sentence made comparable once, not again for every pair of events
  const sentences = events.map((e) => comparable(e.evidence.text));
  const acts = events.map((e) => `${e.source}\u0000${e.target}\u0000${e.cameo}`);
  const repeats = events.map((e, i) => {
    const key = sentences[i]!;
    if (key.split(" ").length < MIN_WORDS) return false;
    return events.some((o, j) => {
      if (j === i || acts[j] !== acts[i] || !sameTime(e, o)) return false;
      const other = sentences[j]!;
      // the same sentence again: a repeat when it comes later (and is not the same sentence read twice over)
      if (other === key) return j < i && o.evidence.start !== e.evidence.start;
      return other.length > key.length && other.includes(key);
    });
  });
  return repeats.includes(true) ? events.filter((_, i) => !repeats[i]) : events;
}

/**
 * True when two reports of an act can be one act in time: the same date, or one dated only by the article and the
 * other by its text to the article's day or shortly before (the article date stands for an act "on or before that
 * day, most likely shortly before"). "In April 2023, Russia expelled two Polish diplomats over spying claims" holds
 * the lead's "Russia expelled two Polish diplomats over spying claims" whole, but it recalls another expulsion.
 */
function sameTime(a: CodedEvent, b: CodedEvent): boolean {
  if (a.when === b.when) return true;
  const [byArticle, byText] = a.whenFrom === "article" ? [a, b] : [b, a];
  if (byArticle.whenFrom !== "article" || byText.whenFrom !== "text" || !byArticle.when || !byText.when) return false;
  // a text date of the article's month ("2025-03") holds its day; a year alone is too wide to tell
  if (byText.when.length === 7) return byArticle.when.startsWith(byText.when);
  const days = (Date.parse(byArticle.when.slice(0, 10)) - Date.parse(byText.when)) / 86_400_000;
  return days >= 0 && days <= SHORTLY_BEFORE_DAYS;
}
