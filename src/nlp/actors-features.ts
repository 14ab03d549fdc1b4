// Seas, gulfs and straits named after a state or city: "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal".
// The name after "of" there is part of a place name, and the state is no party to what happens in those waters.
import type { GazToken } from "./gazetteer-tokens.ts";

/** Capitalised words that open a feature's name with "of". */
const FEATURES = new Set(
  "gulf gulfs sea seas strait straits bay bight channel sound lake isthmus peninsula cape horn".split(" "),
);

/** Whether the name at token i follows a capitalised feature word and "of" in its sentence ("Gulf of | Oman"). */
export function namesFeature(toks: GazToken[], sent: Int32Array, i: number): boolean {
  return (
    i >= 2 &&
    sent[i - 2] === sent[i] &&
    toks[i - 1].norm === "of" &&
    toks[i - 2].shape !== 0 &&
    FEATURES.has(toks[i - 2].norm)
  );
}
