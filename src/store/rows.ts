// Database rows ↔ domain records: events and articles, with fields the columns do not hold kept as JSON.
import type { CodedEvent, Quad } from "../domain/index.ts";
import { dateKey } from "./dates.ts";
import type { Row, SqlConn, SqlValue } from "./sql-db.ts";
import type { EventOrigin, StoredArticle, StoredEvent } from "./store.ts";

export const EVENT_COLUMNS =
  "seq, article_id, origin, import_key, source, target, cameo, quad, goldstein, event_when, when_key, evidence, ev_start, ev_end, confidence, url, extra, dup";
const INSERT_COLUMNS =
  "article_id, origin, import_key, source, target, cameo, quad, goldstein, event_when, when_key, evidence, ev_start, ev_end, confidence, url, extra, dup";
const PER_ROW = 17;
/** Rows per multi-row INSERT: one round trip per chunk on PostgreSQL, well under SQLite's bound-parameter limit. */
const CHUNK = 50;

export interface EventRowInput {
  event: CodedEvent;
  articleId?: string;
  origin: EventOrigin;
  importKey?: string;
  url?: string;
  dup: boolean;
}

const COLUMN_FIELDS = new Set(["source", "target", "cameo", "quad", "goldstein", "when", "evidence", "confidence"]);

function extraJson(e: CodedEvent & { key?: string; articleId?: string; url?: string }): string | null {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e))
    if (!COLUMN_FIELDS.has(k) && k !== "key" && k !== "articleId" && k !== "url" && v !== undefined) extra[k] = v;
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

function eventValues(r: EventRowInput): SqlValue[] {
  const e = r.event;
  return [
    r.articleId ?? null,
    r.origin,
    r.importKey ?? null,
    e.source,
    e.target,
    e.cameo,
    e.quad,
    e.goldstein,
    e.when ?? null,
    dateKey(e.when),
    e.evidence.text,
    e.evidence.start,
    e.evidence.end,
    e.confidence,
    r.url ?? null,
    extraJson(e),
    r.dup ? 1 : 0,
  ];
}

/**
 * Inserts events in chunks; `onConflictKey` makes rows with an existing import key no-ops (idempotent imports).
 * Returns how many rows were actually inserted.
 */
export async function insertEvents(conn: SqlConn, rows: EventRowInput[], onConflictKey = false): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const placeholders = chunk.map(() => `(${Array(PER_ROW).fill("?").join(", ")})`).join(", ");
    const conflict = onConflictKey ? " ON CONFLICT (import_key) DO NOTHING" : "";
    const res = await conn.run(
      `INSERT INTO events (${INSERT_COLUMNS}) VALUES ${placeholders}${conflict}`,
      chunk.flatMap(eventValues),
    );
    inserted += res.changes;
  }
  return inserted;
}

/**
 * Adds (sign 1) or removes (sign -1) events from the monthly dyad counts; undated and duplicate events never count.
 * `twin` marks the second direction of one mutual act (twins.ts), `repeat` a later report of an act already counted
 * (acts.ts): either is counted in `repeats` beside `n`, the reports that are no act of their own. `directedRepeat`
 * marks a later report of one directed act (twins included), counted in `dir_repeats`: a directed series keeps both
 * directions of a mutual act but counts each direction's act once.
 */
export async function adjustDyadMonth(
  conn: SqlConn,
  events: {
    source: string;
    target: string;
    quad: string;
    when?: string;
    goldstein: number;
    twin?: boolean;
    repeat?: boolean;
    directedRepeat?: boolean;
  }[],
  origin: EventOrigin,
  sign: 1 | -1,
): Promise<void> {
  type Sums = [number, number, number, number, number, number];
  const groups = new Map<string, { key: string[]; sums: Sums }>();
  for (const e of events) {
    const month = dateKey(e.when).slice(0, 7);
    if (!month) continue;
    const key = [e.source, e.target, month, e.quad, origin];
    const id = key.join("\u0000");
    const g = groups.get(id) ?? { key, sums: [0, 0, 0, 0, 0, 0] as Sums };
    // n, gsum, repeats, repeat_gsum, dir_repeats, dir_repeat_gsum
    const s = g.sums;
    s[0] += 1;
    s[1] += e.goldstein;
    if (e.twin || e.repeat) {
      s[2] += 1;
      s[3] += e.goldstein;
    }
    if (e.directedRepeat) {
      s[4] += 1;
      s[5] += e.goldstein;
    }
    groups.set(id, g);
  }
  // A fixed order keeps concurrent PostgreSQL writers from locking the same rows in opposite orders (deadlock).
  // Both databases take the rows of one multi-row upsert in the order listed. One statement per CHUNK rows, not one
  // per row: on PostgreSQL each is a round trip. The keys are distinct, as one upsert needs.
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    await conn.run(
      `INSERT INTO dyad_month (source, target, month, quad, origin, n, gsum, repeats, repeat_gsum, dir_repeats,
         dir_repeat_gsum)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}
       ON CONFLICT (source, target, month, quad, origin)
       DO UPDATE SET n = dyad_month.n + excluded.n, gsum = dyad_month.gsum + excluded.gsum,
         repeats = dyad_month.repeats + excluded.repeats, repeat_gsum = dyad_month.repeat_gsum + excluded.repeat_gsum,
         dir_repeats = dyad_month.dir_repeats + excluded.dir_repeats,
         dir_repeat_gsum = dyad_month.dir_repeat_gsum + excluded.dir_repeat_gsum`,
      chunk.flatMap(([, g]) => [...g.key, ...g.sums.map((v) => sign * v)]),
    );
  }
  if (sign < 0) await conn.run("DELETE FROM dyad_month WHERE n <= 0");
}

export function toStoredEvent(r: Row): StoredEvent {
  const extra = typeof r.extra === "string" ? (JSON.parse(r.extra) as Partial<CodedEvent>) : {};
  const e: StoredEvent = {
    ...extra,
    id: String(r.seq),
    source: r.source as string,
    target: r.target as string,
    cameo: r.cameo as string,
    quad: r.quad as Quad,
    goldstein: Number(r.goldstein),
    evidence: { text: r.evidence as string, start: Number(r.ev_start), end: Number(r.ev_end) },
    confidence: Number(r.confidence),
    origin: r.origin as EventOrigin,
  };
  if (r.event_when != null) e.when = r.event_when as string;
  if (r.article_id != null) e.articleId = r.article_id as string;
  if (r.url != null) e.url = r.url as string;
  return e;
}

export const ARTICLE_COLUMNS = "seq, id, text, pub_key, duplicate_of, stored_at, event_count, meta";

export function toStoredArticle(r: Row): StoredArticle {
  const meta = JSON.parse(r.meta as string) as Omit<StoredArticle, "text" | "storedAt">;
  const a: StoredArticle = { ...meta, text: r.text as string, storedAt: r.stored_at as string };
  if (r.duplicate_of != null) a.duplicateOf = r.duplicate_of as string;
  a.eventCount = Number(r.event_count);
  return a;
}
