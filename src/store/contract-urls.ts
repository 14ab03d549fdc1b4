// Store contract, links: every coded event carries the address of the page its sentence was read from, whether it
// was saved now or stored before saves wrote it (migration 5).
import assert from "node:assert/strict";
import { it } from "node:test";
import { doc, ev, type OpenStore, withStore } from "./contract-fixtures.ts";
import { migrate } from "./migrations.ts";
import type { SqlDb } from "./sql-db.ts";

export function runUrlContract(open: OpenStore): void {
  it("each coded event carries its article's URL, on every read path", async () =>
    withStore(open, async (s) => {
      const d = doc("k1", "Kazakhstan and China signed a deal.", [ev("KAZ", "CHN", "057", "2024-07-03")]);
      await s.saveAnalyzed(d);
      const [queried] = (await s.queryEvents({ actor: "KAZ" }, { limit: 10 })).rows;
      assert.equal(queried?.url, "https://example.org/k1");
      const streamed = [];
      for await (const e of s.streamEvents({ dyad: { source: "KAZ", target: "CHN" } })) streamed.push(e);
      assert.deepEqual(
        streamed.map((e) => e.url),
        ["https://example.org/k1"],
      );
    }));

  it("an article with only a canonical URL lends it to its events", async () =>
    withStore(open, async (s) => {
      const d = doc("k2", "Georgia and Turkey signed a deal.", [ev("GEO", "TUR", "057", "2024-05-16")]);
      const { url, ...article } = d.article;
      await s.saveAnalyzed({ ...d, article: { ...article, canonicalUrl: url } });
      const [e] = (await s.queryEvents({ articleId: "k2" }, { limit: 10 })).rows;
      assert.equal(e?.url, "https://example.org/k2");
    }));
}

/** A version-4 database whose events have no URL reads them with their article's URL once opened (migration 5). */
export async function checkUrlMigration(db: SqlDb, open: OpenStore): Promise<void> {
  await migrate(db, 4);
  await db.run(
    `INSERT INTO articles (id, url, pub_key, text, content_hash, fingerprint, digest, stored_at, event_count, meta)
     VALUES ('old', 'https://example.org/old', '2023-02-28', 'x', 'h', 'f', 'd', '2023-02-28', 1, '{}')`,
  );
  // a page read from a file may have only a canonical URL, which saves keep in the article's meta
  await db.run(
    `INSERT INTO articles (id, url, pub_key, text, content_hash, fingerprint, digest, stored_at, event_count, meta)
     VALUES ('file', NULL, '2023-03-01', 'y', 'h2', 'f2', 'd2', '2023-03-01', 1,
       '{"id":"file","canonicalUrl":"https://example.org/canonical"}')`,
  );
  for (const article of ["old", "file"])
    await db.run(
      `INSERT INTO events (article_id, origin, source, target, cameo, quad, goldstein, event_when, when_key, evidence,
        ev_start, ev_end, confidence) VALUES (?, 'orbit', 'USA', 'KAZ', '040', 'verbal-cooperation', 1,
        '2023-02-28', '2023-02-28', 'x', 0, 1, 0.9)`,
      [article],
    );
  await db.close();
  await withStore(open, async (s) => {
    const [e] = (await s.queryEvents({ articleId: "old" }, { limit: 10 })).rows;
    assert.equal(e?.url, "https://example.org/old");
    const [f] = (await s.queryEvents({ articleId: "file" }, { limit: 10 })).rows;
    assert.equal(f?.url, "https://example.org/canonical");
  });
}
