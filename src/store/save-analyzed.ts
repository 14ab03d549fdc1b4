// Analyzed documents → articles + events + dyad counts, inside the caller's transaction; idempotent by content.
import { createHash } from "node:crypto";
import { type AnalyzedDocument, AppError, type CodedEvent } from "../domain/index.ts";
import { adjustCounts } from "./acts.ts";
import { dateKey } from "./dates.ts";
import { fingerprintBands } from "./hamming.ts";
import { insertEvents } from "./rows.ts";
import { findOriginals } from "./save-analyzed-originals.ts";
import { marks, type Row, type SqlConn } from "./sql-db.ts";
import type { SaveResult } from "./store.ts";
import { twinFlags } from "./twins.ts";

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

/** A document's events, each marked when it is the second direction of a mutual act. */
function withTwins(articleId: string, events: readonly CodedEvent[]): (CodedEvent & { twin: boolean })[] {
  const twins = twinFlags(events.map((e) => ({ ...e, articleId })));
  return events.map((e, i) => ({ ...e, twin: twins[i]! }));
}

async function removeArticle(conn: SqlConn, existing: Row): Promise<void> {
  const id = existing.id as string;
  if (existing.duplicate_of == null) {
    const old = await conn.all(
      "SELECT source, target, cameo, quad, event_when, goldstein, ev_start, ev_end FROM events WHERE article_id = ? AND dup = 0",
      [id],
    );
    const events = old.map((r) => ({
      articleId: id,
      source: r.source as string,
      target: r.target as string,
      cameo: r.cameo as string,
      evidence: { start: Number(r.ev_start), end: Number(r.ev_end) },
      quad: r.quad as string,
      when: (r.event_when as string | null) ?? undefined,
      goldstein: Number(r.goldstein),
    }));
    const twins = twinFlags(events);
    await adjustCounts(
      conn,
      events.map((e, i) => ({ ...e, twin: twins[i] })),
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
  return (await saveGroupIn(conn, [doc], now))[0]!;
}

/**
 * Saves several documents in the caller's transaction with the results saving them one after another would give,
 * but with a handful of statements for the whole group instead of ~6 per document (each a round trip on
 * PostgreSQL). A group that replaces a stored article (same id, new content) or names an id twice goes one by one.
 */
export async function saveGroupIn(conn: SqlConn, docs: AnalyzedDocument[], now = new Date()): Promise<SaveResult[]> {
  for (const doc of docs) check(doc);
  if (!docs.length) return [];
  // Concurrent writers of the same id or the same content queue up here instead of racing to two "originals".
  await conn.lock(docs.flatMap(saveLocks));
  const ids = docs.map((d) => d.id);
  // The stored versions and, in the same round trip, which documents have a failure on record to clear.
  const rows = await conn.all(
    `SELECT ${EXISTING}, 0 AS failed FROM articles WHERE id IN (${marks(ids.length)})
     UNION ALL SELECT document_id, NULL, NULL, NULL, 1 FROM failures WHERE document_id IN (${marks(ids.length)})`,
    [...ids, ...ids],
  );
  const stored = new Map(rows.filter((r) => Number(r.failed) === 0).map((r) => [r.id as string, r]));
  const failed = new Set(rows.filter((r) => Number(r.failed) === 1).map((r) => r.id as string));
  const digests = docs.map(digestOf);
  const replaces = docs.some((d, i) => stored.has(d.id) && stored.get(d.id)!.digest !== digests[i]);
  if (replaces || new Set(ids).size < ids.length) {
    const results: SaveResult[] = [];
    for (const [i, doc] of docs.entries()) results.push(await saveOne(conn, doc, digests[i]!, now, failed));
    return results;
  }
  const fresh = docs.flatMap((doc, i) => (stored.has(doc.id) ? [] : [{ doc, digest: digests[i]! }]));
  const saved = new Map((await storeNew(conn, fresh, now, failed)).map((r) => [r.articleId, r]));
  return docs.map((doc) => saved.get(doc.id) ?? unchanged(stored.get(doc.id)!));
}

const EXISTING = "id, digest, duplicate_of, event_count";

function unchanged(row: Row): SaveResult {
  const dup = (row.duplicate_of as string | null) ?? undefined;
  return { articleId: row.id as string, status: "unchanged", events: Number(row.event_count), duplicateOf: dup };
}

/** One document, its locks held: unchanged, or its old version removed and the new one stored. */
async function saveOne(
  conn: SqlConn,
  doc: AnalyzedDocument,
  digest: string,
  now: Date,
  failed: Set<string>,
): Promise<SaveResult> {
  const existing = (await conn.all(`SELECT ${EXISTING} FROM articles WHERE id = ?`, [doc.id]))[0];
  if (existing && existing.digest === digest) return unchanged(existing);
  if (existing) await removeArticle(conn, existing);
  return (await storeNew(conn, [{ doc, digest }], now, failed))[0]!;
}

const ARTICLE_INSERT = `INSERT INTO articles (id, url, site, title, published, pub_key, text, content_hash, fingerprint,
  fp0, fp1, fp2, fp3, duplicate_of, digest, stored_at, event_count, meta) VALUES `;
/** Articles per INSERT: a group's pages in one round trip, far below SQLite's limit of bound parameters. */
const ARTICLES_PER_INSERT = 50;

function articleValues(doc: AnalyzedDocument, digest: string, duplicateOf: string | undefined, at: string) {
  const a = doc.article;
  const { text, ...meta } = { ...a, id: doc.id };
  const bands = fingerprintBands(a.fingerprint ?? "") ?? [null, null, null, null];
  return [
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
    at,
    doc.events.length,
    JSON.stringify(meta),
  ];
}

/**
 * Documents none of whose ids is stored → articles (in order, so seq follows the saving order), events, and the
 * originals' dyad counts, in one statement of each kind; a failure on record for them (`failed`) is cleared.
 */
async function storeNew(
  conn: SqlConn,
  fresh: { doc: AnalyzedDocument; digest: string }[],
  now: Date,
  failed: Set<string>,
): Promise<SaveResult[]> {
  if (!fresh.length) return [];
  const docs = fresh.map((f) => f.doc);
  const originals = await findOriginals(conn, docs);
  const at = now.toISOString();
  for (let i = 0; i < fresh.length; i += ARTICLES_PER_INSERT) {
    const part = fresh.slice(i, i + ARTICLES_PER_INSERT);
    await conn.run(
      ARTICLE_INSERT + part.map(() => `(${marks(18)})`).join(", "),
      part.flatMap((f, k) => articleValues(f.doc, f.digest, originals[i + k], at)),
    );
  }
  await insertEvents(
    conn,
    docs.flatMap((d, i) =>
      d.events.map((event) => ({
        event,
        articleId: d.id,
        origin: "orbit" as const,
        // Each event carries its page's address, so every listing (API, export, CLI, alerts) links to where its
        // sentence can be read without a lookup of the article.
        url: d.article.url ?? d.article.canonicalUrl,
        dup: originals[i] !== undefined,
      })),
    ),
  );
  await adjustCounts(
    conn,
    docs.flatMap((d, i) => (originals[i] === undefined ? withTwins(d.id, d.events) : [])),
    "orbit",
    1,
  );
  const cleared = docs.filter((d) => failed.has(d.id)).map((d) => d.id);
  if (cleared.length) await conn.run(`DELETE FROM failures WHERE document_id IN (${marks(cleared.length)})`, cleared);
  return docs.map((doc, i) => {
    const duplicateOf = originals[i];
    const events = doc.events.length;
    return duplicateOf !== undefined
      ? { articleId: doc.id, status: "duplicate", events, duplicateOf }
      : { articleId: doc.id, status: "stored", events };
  });
}
