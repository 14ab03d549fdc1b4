// Events → which of them are the second direction of one mutual act: "Kazakhstan and the EU signed a deal" is stored as
// KAZ→EU and EU→KAZ from one sentence, and a measure that counts acts (coop_share) must count it once.

/** What identifies one act's two directions: the same article, sentence span and code, the parties swapped. */
export interface TwinCandidate {
  articleId?: string;
  source: string;
  target: string;
  cameo: string;
  evidence: { start: number; end: number };
}

const key = (e: TwinCandidate, source: string, target: string) =>
  `${e.articleId}\u0000${e.evidence.start}\u0000${e.evidence.end}\u0000${e.cameo}\u0000${source}\u0000${target}`;

/**
 * For each event, whether it is the twin of another: of the two directions, the one whose source sorts after its target
 * (code-unit order, as SQL's C collation) is the twin, so the pair counts once through the other. Imported events (no
 * article) have no twins: GDELT codes each direction as its own row.
 */
export function twinFlags(events: readonly TwinCandidate[]): boolean[] {
  const firsts = new Map<string, number>();
  for (const e of events)
    if (e.articleId !== undefined && e.source < e.target) {
      const k = key(e, e.source, e.target);
      firsts.set(k, (firsts.get(k) ?? 0) + 1);
    }
  return events.map((e) => {
    if (e.articleId === undefined || !(e.source > e.target)) return false;
    const k = key(e, e.target, e.source);
    const left = firsts.get(k) ?? 0;
    if (left === 0) return false;
    firsts.set(k, left - 1);
    return true;
  });
}

/** For each event, whether it is the counted direction of a mutual act whose twin (`twins`, twinFlags) is in the list. */
export function twinnedFlags(events: readonly TwinCandidate[], twins: readonly boolean[]): boolean[] {
  const mirrored = new Set(events.filter((_, i) => twins[i]).map((t) => key(t, t.target, t.source)));
  return events.map((e, i) => !twins[i] && mirrored.has(key(e, e.source, e.target)));
}

/**
 * The SQL condition that an events row (alias `e`) is a twin, the same rule as twinFlags: for a migration's backfill and
 * for counts read straight from the events table. PostgreSQL compares text by its collation, so the order is pinned
 * to code points there.
 */
export function twinSql(dialect: "sqlite" | "postgres", e = "events"): string {
  const gt = dialect === "postgres" ? `${e}.source COLLATE "C" > ${e}.target COLLATE "C"` : `${e}.source > ${e}.target`;
  return `(${e}.article_id IS NOT NULL AND ${gt} AND EXISTS (SELECT 1 FROM events m WHERE m.article_id = ${e}.article_id
    AND m.source = ${e}.target AND m.target = ${e}.source AND m.cameo = ${e}.cameo AND m.ev_start = ${e}.ev_start
    AND m.ev_end = ${e}.ev_end AND m.dup = ${e}.dup))`;
}
