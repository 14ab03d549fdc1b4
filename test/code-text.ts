// Test helper: runs nlp + coding over an invented sentence, as the pipeline does for one article.
import { createHash } from "node:crypto";
import { codeEvents } from "../src/coding/index.ts";
import type { CodedEvent } from "../src/domain/index.ts";
import { annotate } from "../src/nlp/index.ts";

/** The events Orbit codes from a text published on the given day. */
export function codeText(text: string, published = "2025-08-01"): CodedEvent[] {
  const hash = createHash("sha256").update(text).digest("hex");
  return codeEvents(annotate({ id: "t", text, published, contentHash: hash, fingerprint: hash.slice(0, 16) }));
}

/** "SRC>TGT:CODE" for each event; `digits` keeps that many digits of the CAMEO code (2: the root). */
export function dyadsOf(text: string, digits = 4): string[] {
  return codeText(text).map((e) => `${e.source}>${e.target}:${e.cameo.slice(0, digits)}`);
}
