// Builders for the contract suite: small analyzed documents and events with only the fields a test cares about.
import { createHash } from "node:crypto";
import type { AnalyzedDocument, CodedEvent, Quad } from "../domain/index.ts";
import { quadOfCameo } from "../domain/index.ts";
import type { SqlConn } from "./sql-db.ts";
import type { Store } from "./store.ts";

export function ev(source: string, target: string, cameo: string, when: string, text?: string): CodedEvent {
  const sentence = text ?? `${source} acted toward ${target} (${cameo}).`;
  const quad: Quad = quadOfCameo(cameo);
  return {
    source,
    target,
    cameo,
    quad,
    goldstein: quad.endsWith("cooperation") ? 3 : -5,
    when,
    evidence: { text: sentence, start: 0, end: sentence.length },
    confidence: 0.8,
  };
}

/** A document whose hash and fingerprint derive from its text, like the extract stage's. */
export function doc(
  id: string,
  text: string,
  events: CodedEvent[],
  opts: { published?: string; title?: string; fingerprint?: string } = {},
): AnalyzedDocument {
  const contentHash = createHash("sha256").update(text).digest("hex");
  return {
    id,
    article: {
      id,
      text,
      title: opts.title ?? `Title of ${id}`,
      published: opts.published ?? "2024-06-01",
      url: `https://example.org/${id}`,
      contentHash,
      fingerprint: opts.fingerprint ?? contentHash.slice(0, 16),
    },
    events,
  };
}

/** Flips `bits` distinct bits of a 16-hex-digit fingerprint. */
export function flipBits(fp: string, bits: number[]): string {
  let x = BigInt(`0x${fp}`);
  for (const b of bits) x ^= 1n << BigInt(b);
  return x.toString(16).padStart(16, "0");
}

export type OpenStore = () => Promise<Store>;

/** Opens a fresh store for one contract case and always closes it, pass or fail. */
export async function withStore(open: OpenStore, fn: (s: Store) => Promise<void>): Promise<void> {
  const s = await open();
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

/** The connection, noting in `into` each statement sent and each lock asked for (a round trip each on PostgreSQL). */
export function recording(conn: SqlConn, into: string[]): SqlConn {
  return {
    all: (sql, params) => {
      into.push(sql);
      return conn.all(sql, params);
    },
    run: (sql, params) => {
      into.push(sql);
      return conn.run(sql, params);
    },
    lock: (keys) => {
      into.push(`lock ${keys}`);
      return conn.lock(keys);
    },
  };
}
