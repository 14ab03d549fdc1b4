import type { RawDocument, Source } from "../../src/domain/index.ts";

/** Documents in memory (or made on the fly) as a Source. */
export function arraySource(docs: Iterable<RawDocument>): Source {
  return {
    name: "bench",
    async *items() {
      for (const doc of docs) yield { doc };
    },
  };
}
