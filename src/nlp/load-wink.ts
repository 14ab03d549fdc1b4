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
 * that property gets an empty table whose prototype is the model's, so new words land in it, where words and their ids
 * stay stable (tags and lemmas for them work as before), while the tokenizer's table stays the model's own: every
 * text is split as a fresh wink splits it, and the model's 88k words are not copied. The one feature that asks
 * `lookup` for a word just added (the part-of-speech guess of an unknown word, in the model's feature.js) is given a
 * lookup that answers "unknown" instead of nothing, which is what the learned entry told it before (its id lies past
 * the model's lexicon). A test reading A, B, then A again guards this against a wink upgrade.
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

export interface Wink {
  nlp: WinkMethods;
  its: WinkMethods["its"];
  /** Every word wink knows, by its id (`its.uniqueId`): a token's value is `lexemes[id]`, as `its.value` reads it. */
  lexemes: readonly string[];
}

let wink: Wink | undefined;
const MODEL = "wink-eng-lite-web-model/dist/";
/** A state machine that recognises nothing, in wink's export format (automaton.js, emptyModelJSON). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** How many words the current instance's list held when it was made: the model's own. */
let modelWords = 0;

/**
 * Why a limit: the words wink learns stay for the instance's life (its lexeme overlay, its cache's extrinsic lexicon,
 * the word list, and tokenize's memos keyed by word id), so on a stream of new news they grow without bound: 51,000
 * words and ~11 MB of live heap per thread over the 1,970 distinct pages of the extraction benchmarks. Past this many
 * learned words the next `loadWink()` makes a fresh instance (~100 ms, then the memos refill): about one reset per
 * 2,000 distinct pages, whose analysis takes ~25 s of CPU, and new words per page fall as a stream goes on.
 * A fresh instance splits, tags and lemmatises a text as the old one did (learned words never reach the tokenizer's
 * table, see above), so output does not depend on when the reset falls.
 */
const LEARNED_WORD_LIMIT = 50_000;
let learnedWordLimit = LEARNED_WORD_LIMIT;

/**
 * Sets how many learned words the wink instance may hold before `loadWink()` replaces it; no argument restores the
 * default. For tests and measurement: a small limit forces resets on a few texts.
 */
export function setLearnedWordLimit(limit: number = LEARNED_WORD_LIMIT): void {
  learnedWordLimit = limit;
}

/** How many words the current wink instance has learned beyond its model (0 before the first load). */
export function learnedWords(): number {
  return wink ? wink.lexemes.length - modelWords : 0;
}

/**
 * wink's model takes ~100 ms to load: it is loaded on first use, synchronously, so importing Orbit stays cheap. Callers
 * ask for it once per text and use the object they get for that whole text: a later call may hand back a different
 * instance, whose word ids mean other words, so anything kept by word id must be dropped when the object changes.
 */
export function loadWink(): Wink {
  if (wink && learnedWords() > learnedWordLimit) wink = undefined;
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as (model: Model, pipe?: string[]) => WinkMethods;
    let core: CoreModel | undefined;
    const nlp = winkNLP(
      pipeModel(require, (c) => {
        core = c;
      }),
      ["sbd", "pos"],
    );
    if (!core) throw new AppError("INTERNAL", "wink-nlp did not load its core model through Model.core()");
    const lexeme = core.features.lexeme;
    lexeme.hash = Object.create(lexeme.hash) as Record<string, number>;
    modelWords = lexeme.list.length;
    wink = { nlp, its: nlp.its, lexemes: lexeme.list };
  }
  return wink;
}

/**
 * The custom-entity meta model, made once: its loader stringifies the JSON it keeps in its module scope in place, so
 * a second call (a fresh instance) would get the string of that string, doubling its escapes on every reset.
 */
let cerMeta: unknown;

/**
 * The model as wink reads it, from the package's own loaders, with the machines our pipe ("sbd", "pos") never runs
 * left empty: wink builds the named-entity and sentiment machines whatever the pipe (~0.6 MB of JSON, a few MB of
 * heap in every thread), and the package's index module loads them all.
 */
function pipeModel(require: NodeJS.Require, onCore: (core: CoreModel) => void): Model {
  const load = (name: string): unknown => require(MODEL + name);
  const features = load("feature.js") as FeatureFn;
  const model = {
    core: () => {
      const core = loadCore();
      onCore(core);
      return core;
    },
    sbd: load("load-sbd-model.js"),
    pos: load("load-pos-model.js"),
    negation: load("load-negation-model.js"),
    metaCER: () => {
      cerMeta ??= (load("load-cer-meta-model.js") as () => unknown)();
      return cerMeta;
    },
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    featureFn: (config: unknown) => withUnknownLookup(features(config)),
    addons: {
      stem: load("porter-stemmer.js"),
      lemmatize: load("lemmatize.js"),
      readabilityStats: load("readability-stats.js"),
      wordVectors: undefined,
    },
  };
  return model as unknown as Model;
}

/**
 * The model's core (word list, lexicon, tag tables) from the package's own loader, which also keeps the parsed model
 * JSON (~6 MB: the word list again, the base-64 lexicon) in its module scope for life; wink works on a deep copy of
 * it. The loader is required through a require of its own and dropped from the require cache once it has run, so
 * nothing reaches the source any more (the modules' parent links only point at each other) and the collector frees it.
 */
function loadCore(): CoreModel {
  const require = createRequire(import.meta.url);
  const core = (require(`${MODEL}load-core-model.js`) as () => CoreModel)();
  const loader = require.resolve(`${MODEL}load-core-model.js`);
  const dir = loader.slice(0, loader.length - "load-core-model.js".length);
  for (const key of Object.keys(require.cache))
    if (key.startsWith(dir) && /(?:load-core-model|read-core-model)\.js$|core-web-model\.json$/.test(key))
      delete require.cache[key];
  return core;
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
