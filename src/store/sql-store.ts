// The Store contract over any SqlDb (SQLite or PostgreSQL): one implementation, one contract suite, two drivers.
import type { AnalyzedDocument } from "../domain/index.ts";
import { actDaySql, adjustCounts } from "./acts.ts";
import { sinceKey, untilKey } from "./dates.ts";
import {
  decodeCursor,
  dyadMonthSql,
  encodeCursor,
  eventWhere,
  likePattern,
  pageLimit,
  toDyadMonthRow,
  type Where,
  whereSql,
  words,
} from "./event-query.ts";
import { importIdealPointRows, loadIdealPointRows } from "./ideal-points.ts";
import { listRelated } from "./related.ts";
import { ARTICLE_COLUMNS, EVENT_COLUMNS, insertEvents, toStoredArticle, toStoredEvent } from "./rows.ts";
import { saveAnalyzedIn } from "./save-analyzed.ts";
import { sharedActs, withoutShared } from "./shared-acts.ts";
import type { SqlDb, SqlValue } from "./sql-db.ts";
import type {
  DyadMonthRow,
  EventFilter,
  FailureRecord,
  IdealPoint,
  ImportedEvent,
  Page,
  PageResult,
  SaveResult,
  Store,
  StoredArticle,
  StoredEvent,
  StoreStats,
  UnVote,
  VoteMatrix,
} from "./store.ts";
import { twinSql } from "./twins.ts";
import { countVotes, importVoteRolls, loadVoteMatrix } from "./vote-rolls.ts";

export class SqlStore implements Store {
  readonly kind: string;
  constructor(readonly db: SqlDb) {
    this.kind = db.dialect.name;
  }

  saveAnalyzed(doc: AnalyzedDocument): Promise<SaveResult> {
    return this.db.tx((conn) => saveAnalyzedIn(conn, doc));
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const rows = await this.db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
    return rows[0] ? toStoredArticle(rows[0]) : undefined;
  }

  async listArticles(
    filter: { text?: string; actor?: string; since?: string; until?: string },
    page: Page,
  ): Promise<PageResult<StoredArticle>> {
    const limit = pageLimit(page);
    const clauses: string[] = [];
    const params: SqlValue[] = [];
    const like = this.db.dialect.ilike;
    for (const w of words(filter.text ?? "")) {
      clauses.push(`(title ${like} ? ESCAPE '\\' OR text ${like} ? ESCAPE '\\')`);
      params.push(likePattern(w), likePattern(w));
    }
    if (filter.actor !== undefined) {
      clauses.push(
        "EXISTS (SELECT 1 FROM events e WHERE e.article_id = articles.id AND (e.source = ? OR e.target = ?))",
      );
      params.push(filter.actor, filter.actor);
    }
    if (filter.since !== undefined) clauses.push("pub_key >= ?") && params.push(sinceKey(filter.since));
    if (filter.until !== undefined)
      clauses.push("pub_key <> '' AND pub_key <= ?") && params.push(untilKey(filter.until));
    if (page.cursor) {
      const [key, seq] = decodeCursor(page.cursor);
      clauses.push("(pub_key, seq) < (?, ?)");
      params.push(key, seq);
    }
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
    const rows = await this.db.all(
      `SELECT ${ARTICLE_COLUMNS} FROM articles ${where} ORDER BY pub_key DESC, seq DESC LIMIT ?`,
      [...params, limit + 1],
    );
    const more = rows.length > limit;
    const page1 = rows.slice(0, limit);
    const last = page1.at(-1);
    return {
      rows: page1.map(toStoredArticle),
      next: more && last ? encodeCursor(last.pub_key as string, Number(last.seq)) : undefined,
    };
  }

  relatedArticles(id: string, limit: number): Promise<StoredArticle[]> {
    return listRelated(this.db, id, limit);
  }

  async queryEvents(filter: EventFilter, page: Page): Promise<PageResult<StoredEvent>> {
    const limit = pageLimit(page);
    const keyset = (w: Where) => {
      if (!page.cursor) return w;
      const [key, seq] = decodeCursor(page.cursor);
      w.clauses.push("(when_key, seq) < (?, ?)");
      w.params.push(key, seq);
      return w;
    };
    const order = "ORDER BY when_key DESC, seq DESC LIMIT ?";
    // "Either party" or "either direction" as one OR makes the database collect and sort every matching event of a
    // busy actor; instead each alternative is read in index order, cut at the page size, and the halves are merged.
    const branches: { sql: string; params: SqlValue[] }[] = [];
    const { actor, dyad } = filter;
    if (actor !== undefined && !dyad)
      branches.push(
        { sql: "source = ?", params: [actor] },
        { sql: "target = ? AND source <> ?", params: [actor, actor] },
      );
    else if (dyad?.symmetric && dyad.source !== dyad.target)
      branches.push(
        { sql: "source = ? AND target = ?", params: [dyad.source, dyad.target] },
        { sql: "source = ? AND target = ?", params: [dyad.target, dyad.source] },
      );
    let sql: string;
    let params: SqlValue[];
    if (branches.length) {
      const rest = { ...filter, actor: undefined, dyad: undefined };
      const parts = branches.map((b) => {
        const w = keyset(eventWhere(rest, this.db.dialect));
        w.clauses.push(b.sql);
        w.params.push(...b.params);
        return w;
      });
      sql = parts
        .map((w, i) => `SELECT * FROM (SELECT ${EVENT_COLUMNS} FROM events ${whereSql(w)} ${order}) AS b${i}`)
        .join(" UNION ALL ")
        .concat(` ${order}`);
      params = [...parts.flatMap((w) => [...w.params, limit + 1]), limit + 1];
    } else {
      const w = keyset(eventWhere(filter, this.db.dialect));
      sql = `SELECT ${EVENT_COLUMNS} FROM events ${whereSql(w)} ${order}`;
      params = [...w.params, limit + 1];
    }
    const rows = await this.db.all(sql, params);
    const more = rows.length > limit;
    const page1 = rows.slice(0, limit);
    const last = page1.at(-1);
    return {
      rows: page1.map(toStoredEvent),
      next: more && last ? encodeCursor(last.when_key as string, Number(last.seq)) : undefined,
    };
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const w = eventWhere(filter, this.db.dialect);
    const [row] = await this.db.all(`SELECT COUNT(*) AS n FROM events ${whereSql(w)}`, w.params);
    return Number(row?.n ?? 0);
  }

  async *streamEvents(filter: EventFilter): AsyncIterable<StoredEvent> {
    let cursor: string | undefined;
    do {
      const page = await this.queryEvents(filter, { limit: 1000, cursor });
      yield* page.rows;
      cursor = page.next;
    } while (cursor);
  }

  async dyadMonthCounts(filter: EventFilter): Promise<DyadMonthRow[]> {
    const fast = dyadMonthSql(filter);
    const rows = fast ? await this.db.all(fast.sql, fast.params) : await this.dyadMonthFromEvents(filter);
    const counts = rows.map(toDyadMonthRow);
    // The events path groups reports of both origins into one act already; the monthly table counts per origin.
    return fast ? withoutShared(counts, await sharedActs(this.db, filter)) : counts;
  }

  /**
   * The same counts straight from the events table: the path for fine filters, and the benchmark's baseline. Reports
   * are grouped by directed act first (code and day within each monthly row, whichever origin reports it: an act both
   * GDELT and Orbit's coding report is one act), counting its twins apart. For
   * the index a twin is a repeat, and so is every non-twin report of a day's act after its first; for a directed
   * series every report of a day's act after its first is one, twins included. Reports of one code share one
   * Goldstein score, so a repeats' sum is that many times the mean.
   */
  dyadMonthFromEvents(filter: EventFilter) {
    const w = eventWhere(filter, this.db.dialect);
    w.clauses.push("when_key <> ''");
    const twin = `CASE WHEN ${twinSql(this.db.dialect.name)} THEN 1 ELSE 0 END`;
    const acts = `SELECT source, target, substr(when_key, 1, 7) AS month, quad, COUNT(*) AS c, SUM(goldstein) AS g,
        SUM(${twin}) AS t, SUM(${twin} * goldstein) AS tg, CASE WHEN ${actDaySql()} THEN 1 ELSE 0 END AS dy
      FROM events ${whereSql(w)} GROUP BY source, target, substr(when_key, 1, 7), quad, cameo, when_key, dy`;
    // Non-twin reports of an act: c - t, of which all but the first repeat it when the day is known.
    const later = "(CASE WHEN dy = 1 AND c - t > 1 THEN c - t - 1 ELSE 0 END)";
    return this.db.all(
      `SELECT source, target, month, quad, SUM(c) AS n, SUM(g) AS gsum,
         SUM(t + ${later}) AS repeats,
         SUM(tg + CASE WHEN c > t THEN ${later} * (g - tg) / (c - t) ELSE 0 END) AS rgsum,
         SUM(CASE WHEN dy = 1 THEN c - 1 ELSE 0 END) AS drepeats,
         SUM(CASE WHEN dy = 1 THEN g - g / c ELSE 0 END) AS drgsum
       FROM (${acts}) AS a GROUP BY source, target, month, quad ORDER BY source, target, month, quad`,
      w.params,
    );
  }

  async importEvents(events: ImportedEvent[]): Promise<{ inserted: number; unchanged: number }> {
    let inserted = 0;
    for (let i = 0; i < events.length; i += 5000) {
      const batch = events.slice(i, i + 5000);
      inserted += await this.db.tx(async (conn) => {
        await conn.lock(["import"]);
        const keys = batch.map((e) => e.key);
        const known = new Set<string>();
        for (let k = 0; k < keys.length; k += 500) {
          const part = keys.slice(k, k + 500);
          const rows = await conn.all(
            `SELECT import_key FROM events WHERE import_key IN (${part.map(() => "?").join(", ")})`,
            part,
          );
          for (const r of rows) known.add(r.import_key as string);
        }
        // Keys repeated inside one batch count once too.
        const fresh: ImportedEvent[] = [];
        for (const e of batch) {
          if (known.has(e.key)) continue;
          known.add(e.key);
          fresh.push(e);
        }
        await insertEvents(
          conn,
          fresh.map(({ key, articleId, url, ...event }) => ({
            event,
            articleId,
            url,
            importKey: key,
            origin: "gdelt",
            dup: false,
          })),
          true,
        );
        await adjustCounts(conn, fresh, "gdelt", 1);
        return fresh.length;
      });
    }
    return { inserted, unchanged: events.length - inserted };
  }

  async recordFailure(f: FailureRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO failures (document_id, stage, origin, code, message, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (document_id, stage) DO UPDATE SET origin = excluded.origin, code = excluded.code,
         message = excluded.message, at = excluded.at`,
      [f.documentId, f.stage, f.origin ?? null, f.code, f.message, f.at],
    );
  }

  async listFailures(limit: number): Promise<FailureRecord[]> {
    const rows = await this.db.all(
      "SELECT document_id, stage, origin, code, message, at FROM failures ORDER BY at DESC, document_id LIMIT ?",
      [pageLimit({ limit })],
    );
    return rows.map((r) => ({
      documentId: r.document_id as string,
      stage: r.stage as string,
      ...(r.origin != null ? { origin: r.origin as string } : {}),
      code: r.code as string,
      message: r.message as string,
      at: r.at as string,
    }));
  }

  importVotes(votes: UnVote[]): Promise<{ inserted: number; unchanged: number }> {
    return importVoteRolls(this.db, votes);
  }

  loadVotes(filter: { from?: string; to?: string }): Promise<VoteMatrix> {
    return loadVoteMatrix(this.db, filter);
  }

  importIdealPoints(points: IdealPoint[]): Promise<{ inserted: number; unchanged: number }> {
    return importIdealPointRows(this.db, points);
  }

  loadIdealPoints(): Promise<IdealPoint[]> {
    return loadIdealPointRows(this.db);
  }

  async stats(): Promise<StoreStats> {
    const [a, e, f, v] = await Promise.all([
      this.db.all("SELECT COUNT(*) AS n FROM articles"),
      this.db.all("SELECT COUNT(*) AS n FROM events WHERE dup = 0"),
      this.db.all("SELECT COUNT(*) AS n FROM failures"),
      countVotes(this.db),
    ]);
    return { articles: Number(a[0]?.n), events: Number(e[0]?.n), failures: Number(f[0]?.n), votes: v };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
