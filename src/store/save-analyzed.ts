// One analyzed document → articles + events + dyad counts, inside the caller's transaction; idempotent by content.
import { createHash } from "node:crypto";
import { type AnalyzedDocument, AppError } from "../domain/index.ts";
import { dateKey } from "./dates.ts";
import { fingerprintBands, hammingDistance, NEAR_DUPLICATE_DISTANCE } from "./hamming.ts";
import { adjustDyadMonth, insertEvents } from "./rows.ts";
import type { Row, SqlConn } from "./sql-db.ts";
import type { SaveResult } from "./store.ts";

/** Digest of everything stored for a document: same digest → nothing to do, so re-ingesting changes nothing. */
function digestOf(doc: AnalyzedDocument): string {
  return createHash("sha256")
    .update(JSON.stringify([doc.article, doc.events]))
    .digest("hex");
}

function check(doc: AnalyzedDocument): void {
  const where = doc.article?.url ?? doc.id;
  if (!doc.id || typeof doc.id !== "string") throw new AppError("BAD_INPUT", "document has no id", { where });
  if (!doc.article || typeof doc.article.text !== "string")
    throw new AppError("BAD_INPUT", "document has no article text", { where });
  for (const e of doc.events)
    if (!e.source || !e.target || !e.cameo || !e.quad || !e.evidence)
      throw new AppError("BAD_INPUT", "event lacks source, target, cameo, quad or evidence", { where });
}

/** The earliest original (not itself a duplicate) this article reprints: same content hash, or SimHash within 3 bits. */
async function findOriginal(conn: SqlConn, doc: AnalyzedDocument): Promise<string | undefined> {
  const { contentHash, fingerprint } = doc.article;
  if (contentHash) {
    const exact = await conn.all(
      "SELECT id FROM articles WHERE content_hash = ? AND id <> ? AND duplicate_of IS NULL ORDER BY seq LIMIT 1",
      [contentHash, doc.id],
    );
    if (exact[0]) return exact[0].id as string;
  }
  const bands = fingerprintBands(fingerprint ?? "");
  if (!bands) return undefined;
  // No ORDER BY: sorting every article that shares a band made each save dearer than the last on streams of
  // look-alike pages (store CPU 0.65 → 2.36 ms per document over 60k). The cap bounds the work; among the rows read,
  // the closest wins and then the earliest.
  const candidates = await conn.all(
    `SELECT id, fingerprint, seq FROM articles
     WHERE (fp0 = ? OR fp1 = ? OR fp2 = ? OR fp3 = ?) AND id <> ? AND duplicate_of IS NULL LIMIT 200`,
    [...bands, doc.id],
  );
  let best: { id: string; d: number; seq: number } | undefined;
  for (const c of candidates) {
    const d = hammingDistance(fingerprint, c.fingerprint as string);
    const seq = Number(c.seq);
    if (d <= NEAR_DUPLICATE_DISTANCE && (!best || d < best.d || (d === best.d && seq < best.seq)))
      best = { id: c.id as string, d, seq };
  }
  return best?.id;
}

async function removeArticle(conn: SqlConn, existing: Row): Promise<void> {
  const id = existing.id as string;
  if (existing.duplicate_of == null) {
    const old = await conn.all(
      "SELECT source, target, quad, event_when, goldstein FROM events WHERE article_id = ? AND dup = 0",
      [id],
    );
    await adjustDyadMonth(
      conn,
      old.map((r) => ({
        source: r.source as string,
        target: r.target as string,
        quad: r.quad as string,
        when: (r.event_when as string | null) ?? undefined,
        goldstein: Number(r.goldstein),
      })),
      "orbit",
      -1,
    );
  }
  await conn.run("DELETE FROM events WHERE article_id = ? AND origin = 'orbit'", [id]);
  await conn.run("DELETE FROM articles WHERE id = ?", [id]);
}

/** The advisory-lock keys a save takes: its id and its content hash (the job queue takes a group's up front). */
export function saveLocks(doc: AnalyzedDocument): string[] {
  return [`article:${doc.id}`, `hash:${doc.article.contentHash}`];
}

/**
 * Saves article and events; the caller wraps it in a transaction so a crash leaves either the old version or the
 * new one, never half. Same id and same content → "unchanged"; same id, new content → replaced.
 */
export async function saveAnalyzedIn(conn: SqlConn, doc: AnalyzedDocument, now = new Date()): Promise<SaveResult> {
  check(doc);
  // Concurrent writers of the same id or the same content queue up here instead of racing to two "originals".
  await conn.lock(saveLocks(doc));
  const digest = digestOf(doc);
  const existing = (
    await conn.all("SELECT id, digest, duplicate_of, event_count FROM articles WHERE id = ?", [doc.id])
  )[0];
  if (existing && existing.digest === digest) {
    const dup = (existing.duplicate_of as string | null) ?? undefined;
    return { articleId: doc.id, status: "unchanged", events: Number(existing.event_count), duplicateOf: dup };
  }
  if (existing) await removeArticle(conn, existing);
  const duplicateOf = await findOriginal(conn, doc);
  const a = doc.article;
  const { text, ...meta } = { ...a, id: doc.id };
  const bands = fingerprintBands(a.fingerprint ?? "") ?? [null, null, null, null];
  await conn.run(
    `INSERT INTO articles (id, url, site, title, published, pub_key, text, content_hash, fingerprint, fp0, fp1, fp2, fp3,
       duplicate_of, digest, stored_at, event_count, meta)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      doc.id,
      a.url ?? null,
      a.site ?? null,
      a.title ?? null,
      a.published ?? null,
      dateKey(a.published),
      text,
      a.contentHash ?? "",
      a.fingerprint ?? "",
      ...bands,
      duplicateOf ?? null,
      digest,
      now.toISOString(),
      doc.events.length,
      JSON.stringify(meta),
    ],
  );
  const dup = duplicateOf !== undefined;
  await insertEvents(
    conn,
    doc.events.map((event) => ({ event, articleId: doc.id, origin: "orbit", dup })),
  );
  if (!dup) await adjustDyadMonth(conn, doc.events, "orbit", 1);
  await conn.run("DELETE FROM failures WHERE document_id = ?", [doc.id]);
  return dup
    ? { articleId: doc.id, status: "duplicate", events: doc.events.length, duplicateOf }
    : { articleId: doc.id, status: "stored", events: doc.events.length };
}
