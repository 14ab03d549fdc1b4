// The gazetteer's 20k entries in shared memory: kind and code as small ints (read on every match), the rest as one
// JSON text per entry decoded when a caller reads it. As objects, every analysis thread held its own 6.4 MB of them.
import type { GazEntry } from "./gazetteer-types.ts";

export interface PackedEntries {
  /** Index into `kinds` of each entry's kind. */
  kind: Uint8Array;
  /** Index into `codes` of each entry's code. */
  code: Int32Array;
  /** Entry k's JSON is json[starts[k] … starts[k+1]) (UTF-8). */
  starts: Int32Array;
  json: Uint8Array;
  kinds: string[];
  codes: string[];
}

/** Index of `s` in `list`, added when missing (`at` maps list items to their index). */
export function intern(list: string[], at: Map<string, number>, s: string): number {
  let k = at.get(s);
  if (k === undefined) {
    k = list.push(s) - 1;
    at.set(s, k);
  }
  return k;
}

/** Packs `entries` into shared memory; `codes` (with `codeAt`) is the code table, shared with other packed parts. */
export function packEntries(entries: readonly GazEntry[], codes: string[], codeAt: Map<string, number>): PackedEntries {
  const kinds: string[] = [];
  const kindAt = new Map<string, number>();
  const kind = new Uint8Array(new SharedArrayBuffer(entries.length));
  const code = new Int32Array(new SharedArrayBuffer(entries.length * 4));
  const texts = entries.map((e, i) => {
    kind[i] = intern(kinds, kindAt, e.k);
    code[i] = intern(codes, codeAt, e.c);
    return Buffer.from(JSON.stringify(e));
  });
  const starts = new Int32Array(new SharedArrayBuffer((entries.length + 1) * 4));
  texts.forEach((t, i) => {
    starts[i + 1] = starts[i]! + t.length;
  });
  const json = new Uint8Array(new SharedArrayBuffer(starts[entries.length]!));
  texts.forEach((t, i) => {
    json.set(t, starts[i]);
  });
  return { kind, code, starts, json, kinds, codes };
}

/**
 * Entries read from the packed form: kind and code straight from the tables, every other field from the entry's JSON,
 * decoded on first read into a per-thread cache that is emptied when full (a pass over every entry, as the actor
 * finder makes once to collect given names, must not leave them all decoded).
 */
export function entriesOf(packed: PackedEntries, cacheSize = 2048): GazEntry[] {
  const { kind, code, starts, json, kinds, codes } = packed;
  let cache = new Map<number, GazEntry>();
  const decoded = (i: number): GazEntry => {
    let e = cache.get(i);
    if (e) return e;
    const bytes = Buffer.from(json.buffer, json.byteOffset + starts[i]!, starts[i + 1]! - starts[i]!);
    e = JSON.parse(bytes.toString("utf8")) as GazEntry;
    if (cache.size >= cacheSize) cache = new Map();
    cache.set(i, e);
    return e;
  };
  class Entry implements GazEntry {
    constructor(private readonly i: number) {}
    get k(): GazEntry["k"] {
      return kinds[kind[this.i]!] as GazEntry["k"];
    }
    get c(): string {
      return codes[code[this.i]!]!;
    }
    get n(): string[] {
      return decoded(this.i).n;
    }
    get r(): GazEntry["r"] {
      return decoded(this.i).r;
    }
    get s(): string | undefined {
      return decoded(this.i).s;
    }
    get p(): string | undefined {
      return decoded(this.i).p;
    }
    get person(): string | undefined {
      return decoded(this.i).person;
    }
    get terms(): GazEntry["terms"] {
      return decoded(this.i).terms;
    }
    get a(): string[] | undefined {
      return decoded(this.i).a;
    }
    get g(): boolean | undefined {
      return decoded(this.i).g;
    }
    get w(): boolean | undefined {
      return decoded(this.i).w;
    }
    get f(): string | undefined {
      return decoded(this.i).f;
    }
    get m(): string[] | undefined {
      return decoded(this.i).m;
    }
    toJSON(): GazEntry {
      return decoded(this.i);
    }
  }
  return Array.from({ length: kind.length }, (_, i) => new Entry(i));
}
