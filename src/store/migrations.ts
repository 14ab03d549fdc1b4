// Numbered schema migrations shared by every SQL driver; each runs once, recorded in orbit_migrations.

import { actDaySql } from "./acts.ts";
import type { Dialect, SqlDb } from "./sql-db.ts";
import { twinSql } from "./twins.ts";

interface Migration {
  version: number;
  name: string;
  sql: (d: Dialect) => string[];
}

/**
 * Adds a counter and its Goldstein sum to dyad_month and fills them from `rows` (source, target, month, quad, origin,
 * n, gsum per monthly row).
 */
function addDyadCounter(d: Dialect, column: string, gsum: string, rows: string): string[] {
  return [
    `ALTER TABLE dyad_month ADD COLUMN ${column} INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE dyad_month ADD COLUMN ${gsum} ${d.real} NOT NULL DEFAULT 0`,
    `UPDATE dyad_month SET ${column} = t.n, ${gsum} = t.gsum FROM (${rows}) AS t
     WHERE dyad_month.source = t.source AND dyad_month.target = t.target AND dyad_month.month = t.month
       AND dyad_month.quad = t.quad AND dyad_month.origin = t.origin`,
  ];
}

/**
 * Per monthly dyad_month row (source, target, month, quad, origin: n, gsum), the events matching `where` (over events
 * `e`) that are later reports of an act an earlier event of the same origin, direction, code and day reports.
 */
function laterReports(where: string): string {
  return `SELECT source, target, substr(when_key, 1, 7) AS month, quad, origin, COUNT(*) AS n,
    SUM(goldstein) AS gsum FROM (SELECT e.source, e.target, e.when_key, e.quad, e.origin, e.goldstein,
      ROW_NUMBER() OVER (PARTITION BY e.origin, e.source, e.target, e.cameo, e.when_key ORDER BY e.seq) AS k
      FROM events e WHERE ${where}) AS r
    WHERE r.k > 1 GROUP BY source, target, substr(when_key, 1, 7), quad, origin`;
}

/** Rebuilds dyad_month's two covering indexes so they carry `counts` (the columns a series reads) besides the keys. */
function rebuildCovers(d: Dialect, counts: string): string[] {
  const cover = (cols: string) =>
    d.name === "postgres" ? `(${cols}, quad, origin) INCLUDE (${counts})` : `(${cols}, quad, origin, ${counts})`;
  return [
    "DROP INDEX dyad_month_source_cover",
    "DROP INDEX dyad_month_target_cover",
    `CREATE INDEX dyad_month_source_cover ON dyad_month ${cover("source, target, month")}`,
    `CREATE INDEX dyad_month_target_cover ON dyad_month ${cover("target, source, month")}`,
  ];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, events, dyad_month, failures, votes",
    sql: (d) => [
      `CREATE TABLE articles (
        seq ${d.serial},
        id TEXT NOT NULL UNIQUE,
        url TEXT, site TEXT, title TEXT,
        published TEXT,
        pub_key TEXT NOT NULL,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        fp0 INTEGER, fp1 INTEGER, fp2 INTEGER, fp3 INTEGER,
        duplicate_of TEXT,
        digest TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        event_count INTEGER NOT NULL,
        meta TEXT NOT NULL
      )`,
      "CREATE INDEX articles_hash ON articles (content_hash)",
      "CREATE INDEX articles_fp0 ON articles (fp0)",
      "CREATE INDEX articles_fp1 ON articles (fp1)",
      "CREATE INDEX articles_fp2 ON articles (fp2)",
      "CREATE INDEX articles_fp3 ON articles (fp3)",
      "CREATE INDEX articles_pub ON articles (pub_key, seq)",
      // Events: queried columns as columns; everything else a coder may add (actors' roles, location...) in `extra`.
      `CREATE TABLE events (
        seq ${d.serial},
        article_id TEXT,
        origin TEXT NOT NULL,
        import_key TEXT UNIQUE,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        cameo TEXT NOT NULL,
        quad TEXT NOT NULL,
        goldstein ${d.real} NOT NULL,
        event_when TEXT,
        when_key TEXT NOT NULL,
        evidence TEXT NOT NULL,
        ev_start INTEGER NOT NULL,
        ev_end INTEGER NOT NULL,
        confidence ${d.real} NOT NULL,
        url TEXT,
        extra TEXT,
        dup INTEGER NOT NULL DEFAULT 0
      )`,
      "CREATE INDEX events_when ON events (when_key, seq)",
      "CREATE INDEX events_source ON events (source, when_key, seq)",
      "CREATE INDEX events_target ON events (target, when_key, seq)",
      "CREATE INDEX events_dyad ON events (source, target, when_key, seq)",
      "CREATE INDEX events_article ON events (article_id)",
      // Pre-aggregated counts per directed dyad, month, quad and origin, kept in step with events on every write,
      // so a 10-year series reads ~500 rows instead of scanning millions of events.
      `CREATE TABLE dyad_month (
        source TEXT NOT NULL, target TEXT NOT NULL, month TEXT NOT NULL, quad TEXT NOT NULL, origin TEXT NOT NULL,
        n INTEGER NOT NULL, gsum ${d.real} NOT NULL,
        PRIMARY KEY (source, target, month, quad, origin)
      )`,
      "CREATE INDEX dyad_month_target ON dyad_month (target, source, month)",
      `CREATE TABLE failures (
        document_id TEXT NOT NULL, stage TEXT NOT NULL, origin TEXT, code TEXT NOT NULL, message TEXT NOT NULL,
        at TEXT NOT NULL, PRIMARY KEY (document_id, stage)
      )`,
      "CREATE INDEX failures_at ON failures (at)",
      `CREATE TABLE votes (
        resolution TEXT NOT NULL, country TEXT NOT NULL, vote_date TEXT NOT NULL, vote TEXT NOT NULL,
        PRIMARY KEY (resolution, country)
      )`,
      "CREATE INDEX votes_date ON votes (vote_date)",
    ],
  },
  {
    version: 2,
    name: "votes as one roll per resolution; ideal points",
    sql: (d) => {
      // Letters in country-position order; both dialects take ORDER BY inside the aggregate (SQLite ≥ 3.44).
      const concat = (x: string, order: string) =>
        d.name === "postgres" ? `string_agg(${x}, '' ORDER BY ${order})` : `group_concat(${x}, '' ORDER BY ${order})`;
      return [
        // Positions only ever grow, so a roll written earlier still reads right after new members are added.
        "CREATE TABLE vote_countries (idx INTEGER PRIMARY KEY, country TEXT NOT NULL UNIQUE)",
        // votes: one letter per country position (. no record, Y, A, N, X), trailing "no record" trimmed.
        "CREATE TABLE vote_rolls (resolution TEXT PRIMARY KEY, vote_date TEXT NOT NULL, votes TEXT NOT NULL)",
        "CREATE INDEX vote_rolls_date ON vote_rolls (vote_date)",
        `INSERT INTO vote_countries (idx, country)
         SELECT ROW_NUMBER() OVER (ORDER BY country) - 1, country FROM (SELECT DISTINCT country FROM votes) AS c`,
        `INSERT INTO vote_rolls (resolution, vote_date, votes)
         SELECT r.resolution, r.vote_date, rtrim(${concat("COALESCE(v.vote, '.')", "c.idx")}, '.')
         FROM (SELECT resolution, MAX(vote_date) AS vote_date FROM votes GROUP BY resolution) AS r
         CROSS JOIN vote_countries AS c
         LEFT JOIN votes AS v ON v.resolution = r.resolution AND v.country = c.country
         GROUP BY r.resolution, r.vote_date`,
        "DROP TABLE votes",
        `CREATE TABLE ideal_points (
          country TEXT NOT NULL, year INTEGER NOT NULL, value ${d.real} NOT NULL, PRIMARY KEY (country, year)
        )`,
      ];
    },
  },
  {
    version: 3,
    name: "covering indexes on dyad_month",
    // A dyad or actor series reads one index range per direction and never the table: the table's rows for one dyad
    // are scattered over the whole heap (one page each, in write order), the index keeps them side by side.
    sql: (d) => {
      const cover = (cols: string) =>
        d.name === "postgres" ? `(${cols}, quad, origin) INCLUDE (n, gsum)` : `(${cols}, quad, origin, n, gsum)`;
      return [
        `CREATE INDEX dyad_month_source_cover ON dyad_month ${cover("source, target, month")}`,
        `CREATE INDEX dyad_month_target_cover ON dyad_month ${cover("target, source, month")}`,
        "DROP INDEX dyad_month_target",
      ];
    },
  },
  {
    version: 4,
    name: "dyad_month twins: the second direction of one mutual act",
    // coop_share counts acts: "KAZ and the EU signed" is two events (KAZ→EU, EU→KAZ) but one act between KAZ and the
    // EU pole. The twins (twins.ts) are counted beside n so the directed series keep both and the index drops one.
    sql: (d) => {
      // One grouped pass over the twins (each found through its article's events), not a scan per monthly row.
      const twins = `SELECT e.source, e.target, substr(e.when_key, 1, 7) AS month, e.quad, e.origin, COUNT(*) AS n,
        SUM(e.goldstein) AS gsum FROM events e WHERE e.dup = 0 AND e.when_key <> '' AND ${twinSql(d.name, "e")}
        GROUP BY e.source, e.target, substr(e.when_key, 1, 7), e.quad, e.origin`;
      return [...addDyadCounter(d, "twins", "twin_gsum", twins), ...rebuildCovers(d, "n, gsum, twins, twin_gsum")];
    },
  },
  {
    version: 5,
    name: "coded events carry their article's URL",
    // Events stored before saves wrote it had only the article id, so an export's url column was empty for them. An
    // article read from a file may have only a canonical URL, kept in its meta JSON; saves lend that one too.
    sql: (d) => {
      const canonical =
        d.name === "postgres" ? "a.meta::jsonb ->> 'canonicalUrl'" : "json_extract(a.meta, '$.canonicalUrl')";
      return [
        `UPDATE events SET url = (SELECT COALESCE(a.url, ${canonical}) FROM articles a WHERE a.id = events.article_id)
         WHERE url IS NULL AND article_id IS NOT NULL AND origin = 'orbit'`,
      ];
    },
  },
  {
    version: 6,
    name: "acts: reports of one act (source, target, code, day) count once",
    // Five articles reporting Russia lifting visas for Georgia on one day are five stored events but one act. The
    // acts table holds each day's act with its count of reports (twins aside). dyad_month's twins become its repeats:
    // every report beyond its act's first, a mutual act's second direction or a later report of a day's act, one
    // counter the index subtracts (a second would widen the covering indexes every series reads). Both are filled
    // from stored events. On SQLite the acts table is its primary key's B-tree alone (WITHOUT ROWID).
    sql: (d) => {
      const counted = `e.dup = 0 AND ${actDaySql("e")} AND NOT ${twinSql(d.name, "e")}`;
      const repeats = laterReports(counted);
      return [
        `CREATE TABLE event_acts (
          source TEXT NOT NULL, target TEXT NOT NULL, day TEXT NOT NULL, cameo TEXT NOT NULL, origin TEXT NOT NULL,
          n INTEGER NOT NULL, PRIMARY KEY (source, target, day, cameo, origin)
        )${d.name === "sqlite" ? " WITHOUT ROWID" : ""}`,
        `INSERT INTO event_acts (source, target, day, cameo, origin, n)
         SELECT e.source, e.target, e.when_key, e.cameo, e.origin, COUNT(*) FROM events e WHERE ${counted}
         GROUP BY e.source, e.target, e.when_key, e.cameo, e.origin`,
        `UPDATE dyad_month SET twins = dyad_month.twins + t.n, twin_gsum = dyad_month.twin_gsum + t.gsum
         FROM (${repeats}) AS t
         WHERE dyad_month.source = t.source AND dyad_month.target = t.target AND dyad_month.month = t.month
           AND dyad_month.quad = t.quad AND dyad_month.origin = t.origin`,
        // Both databases carry a renamed column into the covering indexes.
        "ALTER TABLE dyad_month RENAME COLUMN twins TO repeats",
        "ALTER TABLE dyad_month RENAME COLUMN twin_gsum TO repeat_gsum",
      ];
    },
  },
  {
    version: 7,
    name: "directed repeats: a directed series counts each direction's act once",
    // dyad_month.repeats mixes two kinds of report that are no act of their own for the index: a mutual act's second
    // direction (twin) and a later report of a day's act. A directed series keeps both directions of a mutual act, so
    // it needs the second kind alone, counted per direction with twins included: dir_repeats. event_acts counts each
    // directed act's reports, twins included, beside its non-twin n, so saves know when a report repeats a direction.
    sql: (d) => {
      const dated = `e.dup = 0 AND ${actDaySql("e")}`;
      const later = laterReports(dated);
      return [
        "ALTER TABLE event_acts ADD COLUMN reports INTEGER NOT NULL DEFAULT 0",
        "DELETE FROM event_acts",
        `INSERT INTO event_acts (source, target, day, cameo, origin, n, reports)
         SELECT e.source, e.target, e.when_key, e.cameo, e.origin,
           SUM(CASE WHEN ${twinSql(d.name, "e")} THEN 0 ELSE 1 END), COUNT(*)
         FROM events e WHERE ${dated} GROUP BY e.source, e.target, e.when_key, e.cameo, e.origin`,
        ...addDyadCounter(d, "dir_repeats", "dir_repeat_gsum", later),
        ...rebuildCovers(d, "n, gsum, repeats, repeat_gsum, dir_repeats, dir_repeat_gsum"),
      ];
    },
  },
];

/** Applies the migrations not yet recorded (up to version `upTo`, for upgrade tests), each in its own transaction. */
export async function migrate(db: SqlDb, upTo = Number.POSITIVE_INFINITY): Promise<number> {
  await db.tx(async (conn) => {
    // Even IF NOT EXISTS races when two processes create the same table at once, so it waits for the lock too.
    await conn.lock(["orbit_migrations"]);
    await conn.run(
      "CREATE TABLE IF NOT EXISTS orbit_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
  });
  let applied = 0;
  for (const m of MIGRATIONS.filter((x) => x.version <= upTo)) {
    const done = await db.tx(async (conn) => {
      // Several workers may start at once: the lock makes one of them migrate while the others wait and then skip.
      await conn.lock(["orbit_migrations"]);
      const rows = await conn.all("SELECT version FROM orbit_migrations WHERE version = ?", [m.version]);
      if (rows.length) return false;
      for (const stmt of m.sql(db.dialect)) await conn.run(stmt);
      await conn.run("INSERT INTO orbit_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}
