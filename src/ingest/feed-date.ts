// A feed date (RFC 822 from RSS, RFC 3339 from Atom, W3C-DTF from Dublin Core) → ISO 8601 keeping the publisher's offset.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// RFC 822 zone names still seen in feeds; MSK because Russian feeds use it.
const ZONES: Record<string, string> = {
  GMT: "+00:00",
  UT: "+00:00",
  UTC: "+00:00",
  Z: "+00:00",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  MSK: "+03:00",
  CET: "+01:00",
  CEST: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
};

const pad = (n: number) => String(n).padStart(2, "0");

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 61;
}

/**
 * Normalises a feed date. The local date is kept with its offset (`2025-08-01T01:30:00+03:00`) rather than converted to
 * UTC, because converting would move a Moscow article published after midnight to the previous day.
 * Returns undefined for anything that is not a plausible date.
 */
export function normaliseFeedDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s || s.length > 80) return undefined;
  const iso = s.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i,
  );
  if (iso) {
    const [, y, mo, d, h = "0", mi = "0", sec = "0", zone] = iso;
    if (!valid(+y!, +mo!, +d!, +h, +mi, +sec)) return undefined;
    if (iso[4] === undefined) return `${y}-${mo}-${d}`;
    const off = zone ? (zone.toUpperCase() === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : "";
    return `${y}-${mo}-${d}T${h}:${mi}:${pad(+sec)}${off}`;
  }
  const rfc = s.match(
    /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[A-Za-z]{1,5})?/,
  );
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    let year = +rfc[3]!;
    if (year < 100) year += year < 50 ? 2000 : 1900;
    const [h, mi, sec] = [+(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0)];
    if (!month || !valid(year, month, +rfc[1]!, h, mi, sec)) return undefined;
    const date = `${year}-${pad(month)}-${pad(+rfc[1]!)}`;
    if (rfc[4] === undefined) return date;
    const z = rfc[7];
    const off = !z ? "" : /^[+-]/.test(z) ? `${z.slice(0, 3)}:${z.slice(3)}` : (ZONES[z.toUpperCase()] ?? "");
    return `${date}T${pad(h)}:${pad(mi)}:${pad(sec)}${off === "+00:00" ? "Z" : off}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const year = new Date(t).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(t).toISOString() : undefined;
}
