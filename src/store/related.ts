// An article → other articles about the same actors doing the same kinds of things, best first.
import { ARTICLE_COLUMNS, toStoredArticle } from "./rows.ts";
import type { SqlDb } from "./sql-db.ts";
import type { StoredArticle } from "./store.ts";

/**
 * Score = distinct actors shared + distinct CAMEO roots shared (on events involving a shared actor). Duplicates of
 * any article are left out: a reprint is not a related story.
 */
export async function listRelated(db: SqlDb, id: string, limit: number): Promise<StoredArticle[]> {
  const mine = await db.all("SELECT source, target, cameo FROM events WHERE article_id = ?", [id]);
  const actors = [...new Set(mine.flatMap((r) => [r.source as string, r.target as string]))].slice(0, 50);
  const roots = [...new Set(mine.map((r) => (r.cameo as string).slice(0, 2)))].slice(0, 20);
  if (!actors.length || limit < 1) return [];
  const inA = actors.map(() => "?").join(", ");
  const inR = roots.map(() => "?").join(", ");
  const rows = await db.all(
    `SELECT article_id, COUNT(DISTINCT k) AS score, MAX(seq) AS latest FROM (
       SELECT article_id, seq, 'a:' || source AS k FROM events WHERE dup = 0 AND source IN (${inA})
       UNION ALL SELECT article_id, seq, 'a:' || target FROM events WHERE dup = 0 AND target IN (${inA})
       UNION ALL SELECT article_id, seq, 'c:' || substr(cameo, 1, 2) FROM events
         WHERE dup = 0 AND substr(cameo, 1, 2) IN (${inR}) AND (source IN (${inA}) OR target IN (${inA}))
     ) x WHERE article_id IS NOT NULL AND article_id <> ?
     GROUP BY article_id ORDER BY score DESC, latest DESC LIMIT ?`,
    [...actors, ...actors, ...roots, ...actors, ...actors, id, Math.min(limit, 100)],
  );
  const out: StoredArticle[] = [];
  for (const r of rows) {
    const a = await db.all(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ? AND duplicate_of IS NULL`, [
      r.article_id as string,
    ]);
    if (a[0] && a[0].duplicate_of == null) out.push(toStoredArticle(a[0]));
  }
  return out;
}
