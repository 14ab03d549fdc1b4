// Title-model experiment (scripts/fit-title.ts): every text of a page that could be its headline, each with a few
// general features, and a linear score over them. Not used by the product: fitted on the even pages of
// trafilatura-eval, the model did not beat findTitle's rule chain on the odd pages (see fit-title.ts).

import { elementNames as names } from "../src/extract/element-names.ts";
import type { TitleEvidence, TitleSource } from "../src/extract/find-title.ts";
import {
  cleanSpace,
  decodeEntities,
  ENTRY,
  HIDDEN,
  headingText,
  MASTHEAD,
  TITLE_NAME,
  WEAK,
} from "../src/extract/find-title-heading.ts";
import { key, outerSegments, stripSiteFromTitle } from "../src/extract/find-title-site.ts";

/** Feature names, in the order of a candidate's feature vector and of the model's weights. */
export const FEATURES = [
  "rule",
  "ld",
  "og",
  "twitter",
  "tag",
  "ldName",
  "siteCut",
  "agreeMeta",
  "agreeTop",
  "agreeCaseOnly",
  "metaOnly",
  "h1",
  "h2",
  "h3",
  "named",
  "firstH1",
  "soleH1",
  "weak",
  "beforeBody",
  "firstHeading",
  "inArticle",
  "inChrome",
  "isLink",
  "repeated",
  "logWords",
  "fewWords",
  "manyWords",
  "capsShare",
  "allCaps",
  "isSite",
  "hasSite",
  "insideMeta",
  "endsWithMeta",
  "tailOfHeading",
  "overlapMeta",
  "coveredByMeta",
  "separator",
] as const;
export type Feature = (typeof FEATURES)[number];

export interface TitleCandidate {
  text: string;
  features: Float64Array;
}

const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>;
const SOURCES: TitleSource[] = ["ld", "og", "twitter", "tag", "ldName"];

interface Draft {
  text: string;
  /** Heading elements printing this text, in page order. */
  els: Element[];
  /** Metadata fields whose title is this text, as given or with the site's part cut off. */
  kinds: Set<TitleSource>;
  siteCut: boolean;
  headingIndex: number;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

/** Share of `a`'s words that `b` also has. */
function share(a: string[], b: Set<string>): number {
  return a.length ? a.filter((w) => b.has(w)).length / a.length : 0;
}

// enough text in one paragraph to be the article's body rather than a teaser or a caption
const BODY_PARAGRAPH = 200;
const CHROME = new Set(["nav", "header", "footer", "aside"]);

/** Ancestor facts of a heading: inside an <article> (or main content), inside navigation or page chrome, in a link. */
function placeOf(el: Element): { article: boolean; chrome: boolean; link: boolean } {
  let article = false;
  let chrome = false;
  let link = el.querySelector("a") !== null;
  for (let a = el.parentElement, i = 0; a && i < 40; a = a.parentElement, i++) {
    const n = a.localName;
    if (n === "article" || n === "main" || a.getAttribute("itemprop") === "articleBody") article = true;
    else if (CHROME.has(n) && !article) chrome = true;
    else if (n === "a") link = true;
  }
  return { article, chrome, link };
}

/** Every candidate headline of the page, with its features (see FEATURES). */
export function titleCandidates(doc: Document, ev: TitleEvidence, rule?: string): TitleCandidate[] {
  const metas: { kind: TitleSource; text: string }[] = [];
  ev.metaTitles.forEach((t, i) => {
    const text = cleanSpace(decodeEntities(t)).replace(/\u00ad/g, "");
    if (text.length > 1) metas.push({ kind: ev.kinds?.[i] ?? SOURCES[Math.min(i, 4)]!, text });
  });
  const drafts = new Map<string, Draft>();
  const draft = (text: string): Draft => {
    let d = drafts.get(text);
    if (!d) drafts.set(text, (d = { text, els: [], kinds: new Set(), siteCut: false, headingIndex: -1 }));
    return d;
  };
  // the page's headings in order, and where the body's first long paragraph begins
  const mastheads: string[] = [];
  let bodyAt = Number.POSITIVE_INFINITY;
  let headingCount = 0;
  let h2s = 0;
  const order = new Map<Element, number>();
  const all = doc.querySelectorAll("h1, h2, h3, h4, p, [itemprop=headline]");
  for (let i = 0; i < all.length && i < 4000; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tag === "p" && el.getAttribute("itemprop") !== "headline") {
      if (bodyAt === Number.POSITIVE_INFINITY && (el.textContent ?? "").length >= BODY_PARAGRAPH) bodyAt = i;
      continue;
    }
    const own = names(el);
    const titled = TITLE_NAME.test(own) || el.getAttribute("itemprop") === "headline";
    if ((tag === "h3" || tag === "h4") && !titled) continue;
    if (tag === "h2" && !titled && ++h2s > 12) continue;
    if (headingCount > 60) continue;
    const masthead = !ENTRY.test(own) && (MASTHEAD.test(own) || MASTHEAD.test(names(el.parentElement)));
    if (!masthead && HIDDEN.test(own)) continue;
    const text = headingText(el).replace(/\u00ad/g, "");
    if (text.length < 2 || text.length > 400) continue;
    if (masthead) {
      mastheads.push(text);
      continue;
    }
    const d = draft(text);
    if (d.headingIndex < 0) d.headingIndex = headingCount;
    headingCount++;
    d.els.push(el);
    order.set(el, i);
  }
  // an <h1> that is the outer segment of a metadata title ("Post | Blog name") is the site's name printed big
  const outer = new Set(
    metas.flatMap((m) =>
      outerSegments(
        m.text,
        metas.map((x) => x.text),
      ),
    ),
  );
  for (const d of drafts.values())
    if (d.els.some((e) => e.localName === "h1") && outer.has(key(d.text))) mastheads.push(d.text);
  const siteKeys = new Set(
    [ev.site, ev.host?.split(".").slice(-2, -1)[0], ev.host, ...mastheads]
      .filter((x): x is string => !!x)
      .map(key)
      .filter((k) => k.length >= 2),
  );
  const metaKeys: { kind: TitleSource; raw: string; cut: string; cutText: string }[] = [];
  for (const m of metas) {
    const cutText = stripSiteFromTitle(m.text, ev.site, ev.host, mastheads);
    draft(m.text).kinds.add(m.kind);
    if (cutText !== m.text && cutText.length > 1) {
      const d = draft(cutText);
      d.kinds.add(m.kind);
      if (!metas.some((x) => x.text === cutText)) d.siteCut = true;
    }
    metaKeys.push({ kind: m.kind, raw: key(m.text), cut: key(cutText), cutText });
  }
  if (rule) draft(rule);
  const cutWords = metaKeys.map((m) => words(m.cutText));
  const h1Drafts = [...drafts.values()].filter((d) => d.els.some((e) => e.localName === "h1"));
  const firstH1 = h1Drafts.sort((a, b) => order.get(a.els[0]!)! - order.get(b.els[0]!)!)[0];
  const headKeys = [...drafts.values()].filter((d) => d.els.length).map((d) => key(d.text));
  const out: TitleCandidate[] = [];
  for (const d of drafts.values()) {
    const k = key(d.text);
    if (k.length < 2) continue;
    const f = new Float64Array(FEATURES.length);
    for (const kind of d.kinds) f[F[kind]] = 1;
    f[F.rule] = d.text === rule ? 1 : 0;
    f[F.siteCut] = d.siteCut ? 1 : 0;
    const agreeing = metaKeys.filter((m) => m.raw === k || m.cut === k);
    f[F.agreeMeta] = agreeing.length / 2;
    f[F.agreeTop] = agreeing.some((m) => m.kind !== "tag") ? 1 : 0;
    f[F.agreeCaseOnly] = agreeing.length > 0 && d.kinds.size === 0 ? 1 : 0;
    f[F.metaOnly] = d.els.length ? 0 : 1;
    const tags = new Set(d.els.map((e) => e.localName));
    f[F.h1] = tags.has("h1") ? 1 : 0;
    f[F.h2] = tags.has("h2") && !tags.has("h1") ? 1 : 0;
    f[F.h3] = d.els.length > 0 && !tags.has("h1") && !tags.has("h2") ? 1 : 0;
    f[F.named] = d.els.some((e) => TITLE_NAME.test(names(e)) || e.getAttribute("itemprop") === "headline") ? 1 : 0;
    f[F.firstH1] = d === firstH1 ? 1 : 0;
    f[F.soleH1] = d === firstH1 && h1Drafts.length === 1 ? 1 : 0;
    f[F.weak] = d.els.length > 0 && d.els.every((e) => WEAK.test(names(e))) ? 1 : 0;
    const at = d.els.length ? order.get(d.els[0]!)! : -1;
    f[F.beforeBody] = d.els.length && at < bodyAt ? 1 : 0;
    f[F.firstHeading] = d.headingIndex === 0 ? 1 : 0;
    if (d.els.length) {
      const place = placeOf(d.els[0]!);
      f[F.inArticle] = place.article ? 1 : 0;
      f[F.inChrome] = place.chrome ? 1 : 0;
      f[F.isLink] = place.link ? 1 : 0;
    }
    f[F.repeated] = d.els.length > 1 ? 1 : 0;
    const ws = words(d.text);
    f[F.logWords] = Math.log1p(ws.length);
    f[F.fewWords] = ws.length <= 2 ? 1 : 0;
    f[F.manyWords] = ws.length >= 25 ? 1 : 0;
    const letters = d.text.replace(/[^\p{L}]/gu, "");
    const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
    const cased = upper + letters.replace(/[^\p{Ll}]/gu, "").length;
    f[F.capsShare] = cased ? upper / cased : 0;
    f[F.allCaps] = cased >= 4 && upper === cased ? 1 : 0;
    f[F.isSite] = siteKeys.has(k) ? 1 : 0;
    f[F.hasSite] = [...siteKeys].some((s) => s.length > 3 && s !== k && k.includes(s)) ? 1 : 0;
    f[F.insideMeta] = k.length >= 6 && metaKeys.some((m) => m.raw !== k && m.raw.includes(k)) ? 1 : 0;
    f[F.endsWithMeta] = metaKeys.some((m) => m.cut.length >= 10 && m.cut !== k && k.endsWith(m.cut)) ? 1 : 0;
    f[F.tailOfHeading] =
      k.length >= 10 && headKeys.some((h) => h !== k && h.endsWith(k) && k.length >= 0.4 * h.length) ? 1 : 0;
    const mine = new Set(ws);
    f[F.overlapMeta] = Math.max(0, ...cutWords.map((w) => share(w, mine)));
    f[F.coveredByMeta] = Math.max(0, ...cutWords.map((w) => share(ws, new Set(w))));
    f[F.separator] = /\s[|–—·•»:-]\s|::/.test(d.text) ? 1 : 0;
    out.push({ text: d.text, features: f });
  }
  return out;
}

/** A candidate's score under `weights` (one per feature, in FEATURES order). */
export function titleScore(c: TitleCandidate, weights: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < c.features.length; i++) s += c.features[i]! * weights[i]!;
  return s;
}

/** The best-scored candidate (the first of equals), undefined without candidates. */
export function rankTitle(cands: TitleCandidate[], weights: ArrayLike<number>): TitleCandidate | undefined {
  let best: TitleCandidate | undefined;
  let top = Number.NEGATIVE_INFINITY;
  for (const c of cands) {
    const s = titleScore(c, weights);
    if (s > top) [best, top] = [c, s];
  }
  return best;
}
