// wink-nlp with a lexicon that learns no words, so a text tokenizes the same whatever was read before it.
import { createRequire } from "node:module";
import type { Model, WinkMethods } from "wink-nlp";
import { AppError } from "../domain/index.ts";

/**
 * Why: wink adds every new word it meets to its lexicon, and its tokenizer reads a word it finds in the lexicon whole.
 * So once "Taylor's." has added "Taylor's" (a word before a stop is never split), "Taylor's team" no longer splits the
 * possessive, in this page and every later one: output depended on what a thread had read before, and the same
 * article coded twice could give other events.
 *
 * How (wink-nlp 2.x, src/cache.js): the tokenizer asks `cache.lookup`, which reads the lexeme table captured when the
 * cache was made; adding a word goes through `model.features.lexeme.hash`, read anew on every add. Once wink is made,
 * that property gets a copy of the table, so new words land in the copy, where words and their ids stay stable (tags
 * and lemmas for them work as before), while the tokenizer's table stays the model's own: every text is split as a
 * fresh wink splits it. The one feature that asks `lookup` for a word just added (the part-of-speech guess of an
 * unknown word, in the model's feature.js) is given a lookup that answers "unknown" instead of nothing, which is what
 * the learned entry told it before (its id lies past the model's lexicon). A test reading A, B, then A again guards
 * this against a wink upgrade.
 */

interface CoreModel {
  features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } };
}

/** The part of wink's cache the model's features use; `lookup` gives a word's ids, or null for an unknown word. */
interface WinkCache {
  lookup(text: string): number[] | null;
}

type Feature = (word: string, category: number, cache: WinkCache) => unknown;
type FeatureFn = (config: unknown) => Record<string, Feature>;

const require = createRequire(import.meta.url);

export interface Wink {
  nlp: WinkMethods;
  its: WinkMethods["its"];
  /** Every word wink knows, by its id (`its.uniqueId`): a token's value is `lexemes[id]`, as `its.value` reads it. */
  lexemes: readonly string[];
}

let wink: Wink | undefined;

/** wink's model takes ~100 ms to load: it is loaded on first use, synchronously, so importing Orbit stays cheap. */
export function loadWink(): Wink {
  if (!wink) {
    const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require("wink-eng-lite-web-model") as Model;
    let core: CoreModel | undefined;
    const frozen: Model = {
      ...model,
      core: () => {
        core = (model.core as () => CoreModel)();
        return core;
      },
      featureFn: (config: unknown) => withUnknownLookup((model.featureFn as FeatureFn)(config)),
    };
    const nlp = winkNLP(frozen, ["sbd", "pos"]);
    if (!core) throw new AppError("INTERNAL", "wink-nlp did not load its core model through Model.core()");
    const lexeme = core.features.lexeme;
    lexeme.hash = Object.assign(Object.create(null) as Record<string, number>, lexeme.hash);
    wink = { nlp, its: nlp.its, lexemes: lexeme.list };
  }
  return wink;
}

/** An id past any lexicon: "a word, but not the model's". */
const UNKNOWN = [Number.MAX_SAFE_INTEGER];

/** The model's features, with `lookup` answering UNKNOWN where the frozen table has no entry. */
function withUnknownLookup(features: Record<string, Feature>): Record<string, Feature> {
  const views = new WeakMap<WinkCache, WinkCache>();
  const view = (cache: WinkCache): WinkCache => {
    let v = views.get(cache);
    if (!v) {
      v = Object.assign(Object.create(null) as WinkCache, cache, {
        lookup: (text: string) => cache.lookup(text) ?? UNKNOWN,
      });
      views.set(cache, v);
    }
    return v;
  };
  const out: Record<string, Feature> = Object.create(null);
  for (const [name, f] of Object.entries(features))
    out[name] = (word, category, cache) => f(word, category, cache ? view(cache) : cache);
  return out;
}
