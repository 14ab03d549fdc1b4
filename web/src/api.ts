// The dashboard's only door to data: typed GETs against the REST API, with its JSON errors turned into messages.

export interface Evidence {
  text: string;
  start: number;
  end: number;
}
export interface EventRow {
  id: string;
  source: string;
  target: string;
  cameo: string;
  quad: string;
  goldstein: number;
  when?: string;
  confidence?: number;
  origin?: string;
  articleId?: string;
  url?: string;
  attribution?: string;
  evidence: Evidence;
}
export interface ArticleSummary {
  id: string;
  title?: string;
  site?: string;
  url?: string;
  published?: string;
  byline?: string;
  snippet?: string;
  eventCount?: number;
}
export interface Article extends ArticleSummary {
  text: string;
}
export interface ArticleDetail {
  article: Article;
  events: EventRow[];
  related: ArticleSummary[];
}
export interface SeriesRow {
  source: string;
  target: string;
  month: string;
  quad: string;
  /** Reports: every stored event, each direction of a mutual act and each article on one act. */
  count: number;
  goldsteinSum: number;
  /** Of `count`, the reports that are no act of their own (a mutual act's second direction, a later report). */
  repeats?: number;
  /** Of `count`, later reports of one directed act (same code and day): a directed chart's acts are count less these. */
  directedRepeats?: number;
}
/** Months a chart of series rows should show, and a note of the events outside them (GET /api/series). */
export interface SeriesSpan {
  from: string;
  to: string;
  note?: string;
}
/** Events dated after today, left out of the event index and change points (GET /api/align and /api/alerts). */
export interface LeftOut {
  count: number;
  note: string;
}
/** A row of `orbit align --format json`; extra fields are kept as they come. */
export interface AlignRow {
  country: string;
  year?: number;
  month?: string;
  period?: string;
  measure: string;
  with: string;
  value: number | null;
  /** coop_share: distinct acts (one per source, target, CAMEO code and day); votes: the votes counted. */
  n?: number;
  /** coop_share: the stored reports of those acts. */
  events?: number;
  [key: string]: unknown;
}
export interface Page<T> {
  rows: T[];
  next: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export async function get<T>(path: string, query: Query = {}): Promise<T> {
  const response = await fetch(`/api/${path}${queryString(query)}`, { headers: { accept: "application/json" } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {}
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}

/** Same request, but a 404 (e.g. a module with no data yet) yields undefined instead of an error. */
export async function getOptional<T>(path: string, query: Query = {}): Promise<T | undefined> {
  try {
    return await get<T>(path, query);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
}
