import type { ActorMention, ActorRef, AnnotatedArticle, CodedEvent, Token } from "../domain/index.ts";
import { isPopular, isStateOrgan, roleOf } from "./actor-roles.ts";
import { allegation, chargedAct } from "./allegations.ts";
import { adverbialLimit, inScenePhrase } from "./background.ts";
import { cameoCode } from "./cameo-table.ts";
import { conditionAfter, conditionSubject, threatCode } from "./conditions.ts";
import { confidence } from "./confidence.ts";
import { clauseSpan, commaSpan, eventDate, eventPlace, fatalitiesNear } from "./event-details.ts";
import { combineGoverned } from "./governed-code.ts";
import { type Match, matchPatterns } from "./match-patterns.ts";
import { governingVerb, intentCode, moodOf } from "./modality.ts";
import { isModifierMention } from "./modifier-mention.ts";
import { type ActorGroup, actorGroups, governorOf } from "./parties.ts";
import { PATTERNS, type PatternDictionary } from "./pattern-dictionary.ts";
import { reportedDemands } from "./reported-demands.ts";
import { resolveParties, type SentenceContext } from "./resolve-parties.ts";
import { reversedCode, reversingVerb } from "./reversal.ts";
import { sentenceUnits, type Unit } from "./sentence-units.ts";
import { absorbedObjects, inAppositive, isLightObject, isNounModifier, promisesNotTo } from "./trigger-scope.ts";
import { isNominal } from "./voice.ts";

// "X said Y must ...": a demand from the speaker, with both parties known from the sentence's structure.
const REPORTED_DEMAND = {
  code: "100",
  elements: [],
  sym: false,
  preTarget: false,
  subjectTarget: false,
  ownTarget: false,
  governs: false,
  weight: 0,
  line: 0,
  verbHead: false,
  tier: 0,
} as const;

// Verbal acts about a patron-backed entity are aimed at its patron; violence stays with the entity itself.
const PATRON_ROOTS = new Set(["01", "02", "03", "04", "05", "10", "11", "12", "13", "14", "16"]);

function bySentence<T extends { sentence: number }>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < n; i++) out.push([]);
  for (const it of items) out[it.sentence]?.push(it);
  return out;
}

/** True for a mention in the dateline ("Berlin, August 1, 2025 —"): the dateline city never acts. */
function isDateline(doc: AnnotatedArticle, m: ActorMention, textStart: number): boolean {
  const place = doc.article.datelinePlace;
  if (place && m.text === place && m.start < 120) return true;
  return (
    m.start === textStart &&
    /^\s*(\([^)]*\))?\s*[,:—–]\s*([A-Z][a-z]+\.? \d|[A-Z][A-Za-z ]+:)/.test(doc.article.text.slice(m.end, m.end + 40))
  );
}

function refOf(u: Unit, patronTarget: boolean): ActorRef {
  const actor = (u.mention as ActorMention).actor;
  if (patronTarget && actor.patron) return { code: actor.patron };
  return actor;
}

/** A bare noun trigger, or a purpose infinitive ("met Assad to discuss"): part of an earlier verb's act. */
function isComplement(units: readonly Unit[], head: number): boolean {
  return isNominal(units, head) || units[head - 1]?.lower === "to";
}

/** Stands for the source's own government in a pair: protests with no named target are aimed at it. */
const OWN_GOVERNMENT = -1;
/** Stands for the source's own people in a pair: a curfew or crackdown with no one named falls on them. */
const OWN_PEOPLE = -3;
/** Stands for unnamed protesters in a pair ("thousands marched in Jakarta"). */
const PROTESTERS = -4;
// Codes whose act goes somewhere: the place it goes to is its target (CAMEO's meaning of a visit).
const DESTINED = new Set(["042", "043", "074", "154"]);
const TO_PLACE = new Set(["in", "to", "into", "at"]);
// The words right before a destination place: "arrived in", "flew to the", "deployed troops into".
const TO_PLACE_RE = /\b(in|to|into|at)\s+(the\s+)?$/i;
// Uses of force: with no one named, where they hit names whom they hit.
const FORCE_ROOTS = new Set(["18", "19", "20"]);
// How a noun trigger names its own agent: "protests by X", "protests from X", "X's protests", a pattern slot.
const OWN_AGENT = new Set(["by", "from", "prenominal", "slot"]);
/** Stands for the place a visit or deployment goes to, in a pair. */
const DESTINATION = -2;

function destination(units: readonly Unit[], groups: readonly ActorGroup[], from: number, limit: number) {
  const g = groups.find((x) => x.first >= from && x.first < limit && x.first - from <= 6);
  return g && TO_PLACE.has(governorOf(units, g.first)?.lower ?? "") ? g.members : undefined;
}

/** Codes every sentence of an annotated article into events. Pure: same input, same events. */
export function codeEvents(doc: AnnotatedArticle, dict: PatternDictionary = PATTERNS): CodedEvent[] {
  const n = doc.sentences.length;
  const textStart = doc.article.text.search(/\S/);
  const tokens = bySentence<Token>(doc.tokens, n);
  const mentions = bySentence(
    doc.actors.filter((m) => !isDateline(doc, m, textStart)).sort((a, b) => a.start - b.start),
    n,
  );
  const dates = bySentence(doc.dates, n);
  const places = bySentence(doc.places, n);
  const published = doc.article.published?.slice(0, 10);
  const events: CodedEvent[] = [];
  let previousSubject: ActorMention[] = [];
  for (const sentence of doc.sentences) {
    const { units, speakers, speakerUnits } = sentenceUnits(
      tokens[sentence.index] ?? [],
      mentions[sentence.index] ?? [],
    );
    const groups = actorGroups(units);
    const prevUnits: number[] = [];
    const ctx: SentenceContext = { units, groups, speakerUnits, previousSubject: prevUnits };
    // Pronouns at the start of a sentence refer to the previous sentence's subject: give them a unit to point at.
    for (const m of previousSubject) {
      units.push({
        start: m.start,
        end: m.end,
        lower: "$actor",
        lemma: "$actor",
        pos: "PROPN",
        mention: m,
        clause: -2,
      });
      prevUnits.push(units.length - 1);
    }
    const real = units.length - prevUnits.length;
    const view = units.slice(0, real);
    const matches = matchPatterns(view, dict);
    for (const d of reportedDemands(view, groups, speakerUnits)) {
      const at = matches.findIndex((o) => o.head > d.head);
      const demand: Match = {
        pattern: REPORTED_DEMAND,
        head: d.head,
        headEnd: d.head + 1,
        end: d.head + 1,
        slotS: d.speakers,
        slotT: d.addressees,
      };
      matches.splice(at < 0 ? matches.length : at, 0, demand);
    }
    const consumed = absorbedObjects(view, matches);
    const seen = new Set<string>();
    const reportedAt = view.findIndex((u) => u.attribution);
    // Clauses where a verb has already been coded: a later bare noun trigger there is its topic or purpose
    // ("agreed a free-trade pact", "accused X of blackmail in the negotiations"), not a second act.
    const verbalClauses = new Set<number>();
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] as Match;
      if (consumed.has(m)) continue;
      if (verbalClauses.has((view[m.head] as Unit).clause) && !m.slotS.length && isComplement(view, m.head)) continue;
      // A converted dictionary verb in a clause whose act is already coded elaborates it ("seek to deepen a
      // partnership by promoting biofuels"): one act per clause.
      if (m.pattern.tier && verbalClauses.has((view[m.head] as Unit).clause)) continue;
      if (isNominal(view, m.head) && inAppositive(view, m.head)) continue;
      if (isNounModifier(view, m) || chargedAct(view, m.head)) continue;
      // "threatened to cut", "refused to sign", "offered to mediate": one act, coded by the governing verb.
      let code = m.pattern.code;
      let complement: Match | undefined;
      if (m.pattern.governs) {
        complement = matches.find(
          (o) =>
            o !== m &&
            o.head > m.head &&
            governingVerb(view, o.head) >= m.head &&
            governingVerb(view, o.head) < o.head &&
            governingVerb(view, o.head) <= m.end,
        );
        if (complement) {
          consumed.add(complement);
          code = combineGoverned(code, complement.pattern.code);
        }
        // "vowed not to return", "pledged never to sign": a promise not to act is a refusal.
        if (code.startsWith("03") && promisesNotTo(view, m.headEnd)) {
          code = complement ? combineGoverned("120", complement.pattern.code) : "120";
        }
      }
      // "ended mediation", "lifted the blockade": the noun names the act being stopped, not one being done.
      if (!complement && (view[m.head] as Unit).pos === "NOUN" && reversingVerb(view, m.head) >= 0) {
        const undone = reversedCode(code);
        if (!undone) continue;
        code = undone;
      }
      const reported = reportedAt >= 0 && reportedAt < m.head;
      const mood = moodOf(view, m.head, reported);
      if (mood === "negated" || mood === "hypothetical") continue;
      const condition = conditionAfter(view, m.head);
      if (mood === "future") {
        const f = condition?.unless ? threatCode(code) : intentCode(view, m.head, code);
        if (!f) continue;
        code = f;
      }
      // The object search stops at the next verb trigger: "met X and attacked Y" are two acts with two targets.
      const next = matches.find(
        (o, k) =>
          k > i && !consumed.has(o) && o !== complement && o.head > (complement ?? m).end && !isNominal(view, o.head),
      );
      const limit = adverbialLimit(
        view,
        (complement ?? m).end,
        Math.min(next ? next.head : real, clauseSpan(view, m.head).last + 1),
      );
      const probe = complement
        ? { ...m, end: complement.end, slotT: complement.slotT.length ? complement.slotT : m.slotT }
        : m;
      const parties = resolveParties(ctx, probe, complement ? clauseSpan(view, complement.head).last + 1 : limit);
      // "despite hours of talks": a scene-setting noun is a second act only when it names its own agent
      // ("despite protests from Baku"); otherwise its parties are borrowed from the main act.
      if (isNominal(view, m.head) && inScenePhrase(view, m.head) && !OWN_AGENT.has(parties.source?.via ?? "")) continue;
      // A visit or a deployment is aimed at where it goes ("arrived in Amman", "deploy peacekeepers in Iraq").
      if (!parties.target && (DESTINED.has(m.pattern.code) || DESTINED.has(complement?.pattern.code ?? ""))) {
        const at = destination(view, groups, (complement ?? m).headEnd, limit);
        if (at) parties.target = { units: at, via: "object" };
      }
      // A converted dictionary verb is trusted only with both parties in its own clause: no pronoun, no context.
      if (
        m.pattern.tier &&
        !complement &&
        (!["subject", "slot", "passive", "by"].includes(parties.source?.via ?? "") ||
          !["object", "slot", "passive"].includes(parties.target?.via ?? ""))
      )
        continue;
      let goesTo: ActorRef | undefined;
      if (!parties.target && (DESTINED.has(m.pattern.code) || DESTINED.has(complement?.pattern.code ?? ""))) {
        const from = (view[(complement ?? m).headEnd - 1] as Unit).end;
        const to = (view[Math.min(limit, view.length) - 1] as Unit).end;
        const text = doc.article.text;
        const place = (places[sentence.index] ?? []).find(
          (p) => p.start > from && p.end <= to && TO_PLACE_RE.test(text.slice(Math.max(from, p.start - 40), p.start)),
        );
        if (place) goesTo = { code: place.country };
      }
      // "Israeli tanks fired at targets in Jericho": force used at a place abroad is aimed at the state it lies in.
      if (!parties.target && !goesTo && FORCE_ROOTS.has(code.slice(0, 2))) {
        const from = (view[m.headEnd - 1] as Unit).end;
        const to = (view[Math.min(limit, view.length) - 1] as Unit).end;
        const place = (places[sentence.index] ?? []).find((p) => p.start > from && p.end <= to);
        const own = (parties.source?.units ?? []).map((k) => units[k]?.mention?.actor.code);
        if (place && own.length && !own.includes(place.country)) goesTo = { code: place.country };
      }
      // "threatened to stop talks if the United States goes ahead": the threat is aimed at whom the condition binds.
      if (!parties.target && code.startsWith("13") && condition) {
        const bound = conditionSubject(groups, condition.at);
        if (bound) parties.target = { units: bound, via: "object" };
      }
      // An alleged hostile act is an accusation by whoever alleges it ("claimed that X attacked Y").
      const alleged = allegation(ctx, m.head, code, parties);
      if (alleged === null) continue;
      if (alleged) {
        code = "112";
        parties.source = alleged.source;
        parties.target = alleged.target;
      }
      const row = cameoCode(code);
      const sources = parties.source?.units ?? [];
      let targets = parties.target?.units ?? [];
      const pairs: Array<[number, number]> = [];
      const reciprocal = !targets.length && sources.length > 1;
      if (reciprocal) targets = sources;
      for (const s of sources) for (const t of targets) if (s !== t) pairs.push([s, t]);
      const mutual = parties.target && ["slot", "object"].includes(parties.target.via);
      // A mutual act is both sides' act; an intent to act together is only the speaker's ("ready to talk with Y").
      if (m.pattern.sym && !reciprocal && mutual && mood !== "future")
        for (const s of sources) for (const t of targets) pairs.push([t, s]);
      if (goesTo && !pairs.length) for (const s of sources) pairs.push([s, DESTINATION]);
      // Protesters with no one named protest against their own government ("Thousands of Iraqi Kurds marched").
      // Protesters in a foreign state's jail or streets protest against that state ("rioted at a jail in Israel").
      if (!pairs.length && code.startsWith("14") && !parties.target) {
        const where = eventPlace(view, m.head, places[sentence.index] ?? [])?.country;
        for (const s of sources) {
          if (!isPopular(units[s] as Unit)) continue;
          const abroad = where && where !== (units[s] as Unit).mention?.actor.code;
          if (abroad) goesTo = { code: where, role: "government" };
          pairs.push([s, abroad ? DESTINATION : OWN_GOVERNMENT]);
        }
      }
      // "imposed a curfew", "cracked down": a state organ's act with no one named falls on its own people.
      if (!pairs.length && (m.pattern.ownTarget || complement?.pattern.ownTarget) && !parties.target)
        for (const s of sources) if (!isPopular(units[s] as Unit)) pairs.push([s, OWN_PEOPLE]);
      // "Thousands demonstrated in Jakarta", "strikers demanded the president's resignation": unnamed protesters
      // are people of the country they protest in, or of the government they protest against.
      let protesters: string | undefined;
      if (!pairs.length && code.startsWith("14") && !parties.source) {
        // "staged a hunger strike to demand the resignation of the Algerian president": aimed at the government.
        const clause = (view[m.head] as Unit).clause;
        const later = groups.filter((g) => g.first > m.head && (view[g.first] as Unit).clause === clause);
        const aimed = [...targets, ...later.flatMap((g) => g.members)].find((t) => isStateOrgan(units[t] as Unit));
        protesters = aimed !== undefined ? (units[aimed] as Unit).mention?.actor.code : undefined;
        protesters ??= eventPlace(view, m.head, places[sentence.index] ?? [])?.country;
        if (protesters) pairs.push([PROTESTERS, aimed ?? OWN_GOVERNMENT]);
      }
      if (!pairs.length) continue;
      const nominal = isNominal(view, m.head);
      if (!nominal || isLightObject(view, m.head)) verbalClauses.add((view[m.head] as Unit).clause);
      const root = code.slice(0, 2);
      const span = commaSpan(view, m.head);
      const violent = Number(root) >= 17;
      const fatalities = violent
        ? fatalitiesNear(
            doc.article.text,
            (view[span.first] as Unit).start,
            (view[clauseSpan(view, m.head).last] as Unit).end,
          )
        : undefined;
      const when = eventDate(view, m.head, dates[sentence.index] ?? []) ?? published;
      const location = eventPlace(view, m.head, places[sentence.index] ?? []);
      for (const [s, t] of pairs) {
        const source: ActorRef =
          s === PROTESTERS ? { code: protesters as string, role: "protesters" } : refOf(units[s] as Unit, false);
        const patron = PATRON_ROOTS.has(root) || isModifierMention(units, t) === "backed";
        const target: ActorRef =
          t === OWN_GOVERNMENT
            ? { code: source.code, role: "government" }
            : t === OWN_PEOPLE
              ? { code: source.code, role: "civilians" }
              : t === DESTINATION && goesTo
                ? goesTo
                : refOf(units[t] as Unit, patron);
        // A state acting on itself counts only between distinct roles (opposition against government).
        const sr = roleOf(source);
        const tr = roleOf(target);
        if (source.code === target.code && t !== OWN_GOVERNMENT && t !== OWN_PEOPLE && sr === tr) continue;
        // One event per dyad and CAMEO root in a sentence: a second trigger of the same kind restates the act
        // ("continued their hunger strike in protest"); a different kind is a different act (a downing, a death).
        const key = `${source.code}>${target.code}>${root}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const ev: CodedEvent = {
          source: source.code,
          target: target.code,
          sourceActor: source,
          targetActor: target,
          cameo: row.code,
          quad: row.quad,
          goldstein: row.goldstein,
          plover: row.plover,
          evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
          confidence: confidence(m, parties, mood, nominal),
          trigger: doc.article.text.slice(
            (view[m.head] as Unit).start,
            (view[Math.max(m.headEnd, m.end) - 1] as Unit).end,
          ),
        };
        if (when) ev.when = when;
        if (speakers.length) ev.attribution = speakers.join("; ");
        if (location) ev.location = location;
        if (fatalities !== undefined) ev.fatalities = fatalities;
        events.push(ev);
      }
    }
    const subj = groups.find((g) => !g.members.some((k) => units[k]?.attribution));
    if (subj) previousSubject = subj.members.map((k) => (units[k] as Unit).mention as ActorMention);
  }
  return events;
}
