import type { ActorRef } from "./actor.ts";
import type { Place } from "./annotation.ts";

export const QUADS = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"] as const;
export type Quad = (typeof QUADS)[number];

/** Quad class of a CAMEO code from its two-digit root (01–05, 06–09, 10–14, 15–20). */
export function quadOfCameo(cameo: string): Quad {
  const root = Number(cameo.slice(0, 2));
  if (root >= 1 && root <= 5) return "verbal-cooperation";
  if (root >= 6 && root <= 9) return "material-cooperation";
  if (root >= 10 && root <= 14) return "verbal-conflict";
  if (root >= 15 && root <= 20) return "material-conflict";
  throw new RangeError(`not a CAMEO event code: ${cameo}`);
}

export interface Evidence {
  /** The sentence the event was read from. */
  text: string;
  /** Character offsets of that sentence in Article.text. */
  start: number;
  end: number;
}

/** One coded event: who did what to whom, when, and the sentence that says so. */
export interface CodedEvent {
  source: string;
  target: string;
  sourceActor?: ActorRef;
  targetActor?: ActorRef;
  cameo: string;
  quad: Quad;
  goldstein: number;
  plover?: string;
  /** Event date at the precision the text gives ("2024-12"); the article date when the text gives none. */
  when?: string;
  /**
   * Where `when` comes from: "text" when the text dates the act, "article" when it does not and the article's date
   * stands in for it (the act happened on or before that day, most likely shortly before).
   */
  whenFrom?: "text" | "article";
  evidence: Evidence;
  /** Who reports or claims it ("Rolofs", "according to TASS"); never a party. */
  attribution?: string;
  confidence: number;
  location?: Place;
  fatalities?: number;
  /** The words that triggered the code, for explaining it. */
  trigger?: string;
}
