import { readFileSync } from "node:fs";
import { AppError } from "../domain/index.ts";

/** Words a gap "*" may hold; a long gap "**" holds more, for an object that names a party inside a long phrase. */
export const GAP = 4;
const LONG_GAP = 8;

/** One alternative of a word element: one word, or several in a row ("shoot_down"). */
export type Phrase = readonly string[];

export type Element =
  | { kind: "word"; phrases: readonly Phrase[] }
  | { kind: "gap"; max: number }
  | { kind: "slot"; role: "S" | "T" }
  /** A named place that is no actor ("struck Kharkiv"): the act's target is its state (place-target.ts). */
  | { kind: "place" };

export interface Pattern {
  code: string;
  elements: readonly Element[];
  /** Mutual act: code both directions when the parties are coordinated or joined by "with". */
  sym: boolean;
  /** A joint subject with no target acts on each other ("X and Y severed ties"); a "with" partner is not mirrored. */
  joint?: boolean;
  /** An actor right before a noun head is its target ("EU integration"). */
  preTarget: boolean;
  /** The clause subject suffers the act ("citizens died in Russian custody"). */
  subjectTarget: boolean;
  /** With no target named, the act is aimed at the source's own people ("imposed a curfew"). */
  ownTarget: boolean;
  /** A place after the act names its target's state ("closed its consulate in Istanbul": Turkey). */
  placeTarget: boolean;
  /** The target must be another state: aimed at the source's own ("reassure the Chinese public"), it is no event. */
  otherTarget: boolean;
  /** The source must be armed forces ("Senegalese troops entered Guinea-Bissau"): others doing it is no act of force. */
  armedSource?: boolean;
  /** A civilian craft or civilian people as the doer is no act ("a passenger jet entered Greek airspace"). */
  noCivilSource?: boolean;
  /** The target must be a government's people ("Norwegian diplomats were ordered to leave"): refugees told so are not. */
  officialTarget?: boolean;
  /** The head takes a "to"-infinitive whose act it replaces ("threatened to strike" is a threat). */
  governs: boolean;
  /** The head must be used as a verb ("verb" flag: dictionary verbs, not noun triggers). */
  verbHead: boolean;
  /** Which file: 0 for Orbit's own patterns, 1 for the converted PETRARCH-2 verbs; a lower tier wins at a head. */
  tier: number;
  /** Literal words in the pattern: more specific patterns win. */
  weight: number;
  line: number;
}

/** The code of a word sense that is no act ("demonstrated the value", "released the transcript"): matched, then dropped. */
export const NOT_AN_ACT = "---";

export interface PatternDictionary {
  /** Patterns by the first word of their head, for a one-lookup-per-token scan. */
  byHead: ReadonlyMap<string, readonly Pattern[]>;
  size: number;
}

const FILE = new URL("../../data/cameo/patterns.txt", import.meta.url);
const PETRARCH_FILE = new URL("../../data/cameo/petrarch-verbs.txt", import.meta.url);

function phrases(spec: string, sets: Map<string, Phrase[]>, where: string): Phrase[] {
  const out: Phrase[] = [];
  for (const alt of spec.split("|")) {
    if (alt.startsWith("&")) {
      const set = sets.get(alt);
      if (!set) throw new AppError("INTERNAL", `unknown word set ${alt}`, { where });
      out.push(...set);
    } else if (alt) {
      out.push(alt.toLowerCase().split("_"));
    }
  }
  return out;
}

/** Parses the compact dictionary format described at the top of data/cameo/patterns.txt. */
export function parsePatterns(text: string, origin = "patterns.txt"): PatternDictionary {
  return parseSources([{ text, origin }]);
}

/** Parses several dictionary files into one; each file's patterns rank below those of the files before it. */
function parseSources(sources: ReadonlyArray<{ text: string; origin: string }>): PatternDictionary {
  const byHead = new Map<string, Pattern[]>();
  let size = 0;
  sources.forEach(({ text, origin }, tier) => {
    size += parseInto(text, origin, tier, byHead);
  });
  // Best first (lower tier, more literal words, earlier line): the matcher stops at the first pattern that fits.
  for (const list of byHead.values()) list.sort(byRank);
  return { byHead, size };
}

/** Orbit's own patterns (lower tier) beat converted ones; then longer patterns, then the earlier line. */
export function byRank(p: Pattern, q: Pattern): number {
  return p.tier - q.tier || q.weight - p.weight || p.line - q.line;
}

function parseInto(text: string, origin: string, tier: number, byHead: Map<string, Pattern[]>): number {
  const sets = new Map<string, Phrase[]>();
  let size = 0;
  text.split("\n").forEach((raw, i) => {
    const where = `${origin}:${i + 1}`;
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const set = /^(&[A-Z]+)\s*=\s*(.+)$/.exec(line);
    if (set) {
      sets.set(set[1] as string, phrases(set[2] as string, sets, where));
      return;
    }
    const m = /^(\d{2,4}|---)\s+([^;]+?)\s*(?:;\s*(.*))?$/.exec(line);
    if (!m) throw new AppError("INTERNAL", `cannot read pattern line "${line}"`, { where });
    const flags = new Set((m[3] ?? "").split(/\s+/).filter(Boolean));
    const elements: Element[] = (m[2] as string).split(/\s+/).map((tok) => {
      if (tok === "*") return { kind: "gap", max: GAP } as const;
      if (tok === "**") return { kind: "gap", max: LONG_GAP } as const;
      if (tok === "$S" || tok === "$T") return { kind: "slot", role: tok === "$S" ? "S" : "T" } as const;
      if (tok === "$P") return { kind: "place" } as const;
      // Longest alternative first: "beat_up" must win over "beat" so the object search starts after "up".
      return { kind: "word", phrases: phrases(tok, sets, where).sort((x, y) => y.length - x.length) } as const;
    });
    const head = elements[0];
    if (head?.kind !== "word") throw new AppError("INTERNAL", "a pattern must start with its head word", { where });
    const pattern: Pattern = {
      code: m[1] as string,
      elements,
      sym: flags.has("sym"),
      joint: flags.has("joint"),
      preTarget: flags.has("pre=T"),
      governs: flags.has("gov"),
      subjectTarget: flags.has("subj=T"),
      ownTarget: flags.has("own=T"),
      placeTarget: flags.has("at=T"),
      otherTarget: flags.has("other=T"),
      armedSource: flags.has("mil=S"),
      noCivilSource: flags.has("civ=no"),
      officialTarget: flags.has("gov=T"),
      verbHead: flags.has("verb"),
      tier,
      weight: elements.filter((e) => e.kind !== "gap").length,
      line: i + 1,
    };
    size++;
    for (const first of new Set(head.phrases.map((p) => p[0] as string))) {
      const list = byHead.get(first) ?? [];
      list.push(pattern);
      byHead.set(first, list);
    }
  });
  return size;
}

function read(file: URL): { text: string; origin: string } {
  try {
    return { text: readFileSync(file, "utf8"), origin: file.pathname };
  } catch (cause) {
    throw new AppError("INTERNAL", "cannot read the CAMEO pattern dictionary", { where: file.pathname, cause });
  }
}

// Orbit's hand-written patterns first: at any head where one of them matches, the converted verbs do not apply.
function load(): PatternDictionary {
  return parseSources([read(FILE), read(PETRARCH_FILE)]);
}

/** The shipped dictionary, read once at module load (shipped data, not stage input). */
export const PATTERNS: PatternDictionary = load();
