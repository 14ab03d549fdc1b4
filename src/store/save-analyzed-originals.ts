// New articles of one save group → the original each reprints (or none), with one query for the whole group.
import type { AnalyzedDocument } from "../domain/index.ts";
import { fingerprintBands, hammingDistance, NEAR_DUPLICATE_DISTANCE } from "./hamming.ts";
import type { SqlConn } from "./sql-db.ts";

/** Band matches read per document at most: sorting every look-alike made each save dearer than the last. */
const BAND_CAP = 200;

/** A possible original: a stored article, or one stored earlier in the same group (which comes after all stored). */
interface Candidate {
  id: string;
  fingerprint: string;
  /** Stored order: the article's seq, or past every stored one for the group's own (they are inserted after). */
  order: number;
}

function inList(n: number): string {
  return Array(n).fill("?").join(", ");
}

/**
 * The earliest original (not itself a duplicate) each document reprints: same content hash, or a SimHash within 3
 * bits (the closest wins, then the earliest). Answers exactly what saving them one by one would, each seeing the
 * stored articles plus the group's earlier originals, but in one round trip instead of two per document. `docs`
 * must be new: none of their ids is stored yet (a replaced article is saved alone), and no id repeats.
 */
export async function findOriginals(conn: SqlConn, docs: AnalyzedDocument[]): Promise<(string | undefined)[]> {
  const bands = docs.map((d) => fingerprintBands(d.article.fingerprint ?? ""));
  const { exact, stored } = await lookAlikes(conn, docs, bands);
  // The group's originals so far, in saving order: each later document sees them as the sequential saves would.
  const own: (Candidate & { hash: string | undefined; bands: number[] | undefined })[] = [];
  return docs.map((doc, i) => {
    const { contentHash, fingerprint } = doc.article;
    let original: string | undefined;
    if (contentHash) original = exact.get(contentHash)?.id ?? own.find((o) => o.hash === contentHash)?.id;
    const mine = bands[i];
    if (original === undefined && mine) {
      const shares = (b: number[]) => b.some((v, k) => v === mine[k]);
      // As one document's query would: at most BAND_CAP of the stored look-alikes.
      const candidates: Candidate[] = stored.filter((c) => shares(c.bands)).slice(0, BAND_CAP);
      for (const o of own) if (o.bands && shares(o.bands)) candidates.push(o);
      original = closest(fingerprint ?? "", candidates);
    }
    if (original === undefined)
      own.push({ id: doc.id, fingerprint: fingerprint ?? "", order: Infinity, hash: contentHash, bands: mine });
    return original;
  });
}

/**
 * In one round trip, the stored originals that could be the group's: by content hash (the earliest per hash), and
 * those sharing a band, at the same position, with any of the group's fingerprints.
 */
async function lookAlikes(
  conn: SqlConn,
  docs: AnalyzedDocument[],
  bands: (number[] | undefined)[],
): Promise<{ exact: Map<string, { id: string; seq: number }>; stored: (Candidate & { bands: number[] })[] }> {
  const hashes = [...new Set(docs.map((d) => d.article.contentHash).filter((h): h is string => !!h))];
  const present = bands.filter((b): b is number[] => b !== undefined);
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (hashes.length) {
    parts.push(`SELECT 'h' AS via, id, seq, content_hash, NULL AS fingerprint, NULL AS fp0, NULL AS fp1, NULL AS fp2,
      NULL AS fp3 FROM articles WHERE content_hash IN (${inList(hashes.length)}) AND duplicate_of IS NULL`);
    params.push(...hashes);
  }
  if (present.length) {
    const at = [0, 1, 2, 3].map((k) => [...new Set(present.map((b) => b[k]!))]);
    // No ORDER BY (see BAND_CAP); the cap bounds the rows read for the whole group as for each document alone.
    parts.push(`SELECT * FROM (SELECT 'b' AS via, id, seq, NULL AS content_hash, fingerprint, fp0, fp1, fp2, fp3
      FROM articles WHERE (${at.map((v, k) => `fp${k} IN (${inList(v.length)})`).join(" OR ")})
      AND duplicate_of IS NULL LIMIT ?) AS near`);
    params.push(...at.flat(), BAND_CAP * present.length);
  }
  const exact = new Map<string, { id: string; seq: number }>();
  const stored: (Candidate & { bands: number[] })[] = [];
  if (!parts.length) return { exact, stored };
  for (const r of await conn.all(parts.join(" UNION ALL "), params)) {
    const seq = Number(r.seq);
    if (r.via === "h") {
      const known = exact.get(r.content_hash as string);
      if (!known || seq < known.seq) exact.set(r.content_hash as string, { id: r.id as string, seq });
    } else {
      const fp = [Number(r.fp0), Number(r.fp1), Number(r.fp2), Number(r.fp3)];
      stored.push({ id: r.id as string, fingerprint: r.fingerprint as string, order: seq, bands: fp });
    }
  }
  return { exact, stored };
}

/** The candidate nearest to `fingerprint` within NEAR_DUPLICATE_DISTANCE bits; the earliest among equals. */
function closest(fingerprint: string, candidates: Candidate[]): string | undefined {
  let best: { id: string; d: number; order: number } | undefined;
  for (const c of candidates) {
    const d = hammingDistance(fingerprint, c.fingerprint);
    if (d <= NEAR_DUPLICATE_DISTANCE && (!best || d < best.d || (d === best.d && c.order < best.order)))
      best = { id: c.id, d, order: c.order };
  }
  return best?.id;
}
