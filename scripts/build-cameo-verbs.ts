// Converts PETRARCH-2's verb dictionary (shared/ontology/petrarch/cameo_verbs_petrarch2.json, MIT, © OEDA) into
// Orbit's pattern format: data/cameo/petrarch-verbs.txt, loaded after data/cameo/patterns.txt (ours win).
// Usage: node --import tsx scripts/build-cameo-verbs.ts [--coverage]
//   --coverage  prints, per CAMEO code, how many patterns each file has and lists the codes with none.
// What is kept: verb lemmas (with irregular forms) under their block's or their own code, and the patterns of the
// shape "- * OBJECT (PREP NOUN) {COMPOUND NOUN} &SET" or "- WORD *" (verb + particle/object). Patterns naming
// actors ($ + ^ %) or words before the verb are skipped: our matcher finds the parties itself.
import { readFileSync, writeFileSync } from "node:fs";

interface Verb {
  verb: string;
  forms?: string[];
  code?: string;
}
interface Block {
  block: string;
  code: string;
  verbs: Verb[];
  patterns: Array<{ pattern: string; code: string }>;
}
interface Dictionary {
  synsets: Record<string, string[]>;
  blocks: Block[];
}

const root = new URL("../", import.meta.url);
const SOURCE = new URL("../shared/ontology/petrarch/cameo_verbs_petrarch2.json", root);
const OUT = new URL("data/cameo/petrarch-verbs.txt", root);
const CODES = new URL("data/cameo/cameo-codes.json", root);

/** Verbs whose senses are mostly not political acts: as bare triggers they code noise ("take", "hold", "say"). */
const AMBIGUOUS = new Set(
  `take hold give say make get go come put set keep see have be do call tell run bring turn leave move show work play
  look find use end open close start begin stop mark point claim report state add note express lead head face carry
  pass raise join want need try seek ask hope plan expect consider prepare continue remain stay become seem appear
  follow include involve allow let help cover hit break cut drop fall rise reach return deliver provide receive send
  win lose change build form base post place position deal handle serve sign act issue push pull press fire strike
  charge sentence order drive ride walk fly land cross enter exit travel visit host agree accept meet talk speak
  discuss announce declare believe think know feel hear learn watch observe notice concern involve affect touch
  name describe explain reply respond answer write read quote repeat say echo estimate count assess predict expect
  anticipate launch stage mount treat manage direct control check test review study examine share offer promise
  suspect impose tear block dominate question aim decide propose prevent forestall dispute force rule match fail`.split(
    /\s+/,
  ),
);

/** Root 01 minus the directed acts we keep (015 claim, 016 deny, 018 sympathy): bare statements are not events. */
const SKIP_CODE = /^01[0-47-9]/;

function codeOf(raw: string | undefined, known: Set<string>): string | undefined {
  // "042:043" is source code : target code; the first is the act. ":100" has no act for the source.
  const first = (raw ?? "").split(":")[0]?.trim() ?? "";
  if (!/^\d{3,4}$/.test(first) || SKIP_CODE.test(first)) return undefined;
  return known.has(first) ? first : known.has(first.slice(0, 3)) ? first.slice(0, 3) : undefined;
}

/** "+CALL_OFF" → "call_off"; "KNIFE_" (PETRARCH's "this exact form") → "knife". */
function word(w: string): string {
  return w.replace(/^\+/, "").replace(/_+$/, "").toLowerCase();
}

function setName(name: string): string {
  return `&P${name.replace(/[^A-Z]/gi, "").toUpperCase()}`;
}

/** "- * (TO {PEACE PLAN}) AID" → "* to * peace_plan aid"; undefined for shapes we do not convert. */
function convertTail(pattern: string, sets: Set<string>): string | undefined {
  const p = pattern.replace(/\s+/g, " ").trim();
  const lead = /^- ([A-Z][A-Z-]*) \*$/.exec(p);
  if (lead) return word(lead[1] as string);
  if (!p.startsWith("- * ")) return undefined;
  const tail = p.slice(4);
  if (/[$+^%=]/.test(tail)) return undefined;
  const out: string[] = ["*"];
  // Tokens: {compound}, (, ), &SET, WORD.
  for (const m of tail.matchAll(/\{([^}]*)\}|(\()|(\))|(&[A-Z_]+)|([A-Z][A-Z'-]*)|(\S)/g)) {
    if (m[1] !== undefined) {
      const parts = m[1].trim().split(/\s+/);
      if (parts.some((w) => w.startsWith("&"))) {
        // A set inside a compound: keep its own element, joined by position.
        for (const w of parts) {
          if (w.startsWith("&") && !sets.has(w)) return undefined;
          out.push(w.startsWith("&") ? setName(w) : word(w));
        }
      } else out.push(parts.map(word).join("_"));
    } else if (m[2]) {
    } else if (m[3]) {
    } else if (m[4]) {
      if (!sets.has(m[4])) return undefined;
      out.push(setName(m[4]));
    } else if (m[5]) {
      // A preposition opens a phrase whose noun may be a few words on ("to the border").
      const w = word(m[5]);
      out.push(w);
      if (PREPOSITIONS.has(w)) out.push("*");
    } else return undefined;
  }
  while (out[out.length - 1] === "*") out.pop();
  return out.length > 1 ? out.join(" ") : undefined;
}

const PREPOSITIONS = new Set(
  "to in on at of for with from against by into over under about between toward towards across through".split(" "),
);

/** The first words of every head in patterns.txt (sets expanded): the nouns and verbs we already code. */
function headWords(text: string): Set<string> {
  const sets = new Map<string, string[]>();
  const heads = new Set<string>();
  const expand = (spec: string) => spec.split("|").flatMap((a) => (a.startsWith("&") ? (sets.get(a) ?? []) : [a]));
  for (const line of text.split("\n")) {
    const set = /^(&[A-Z]+)\s*=\s*(.+)$/.exec(line.trim());
    if (set) sets.set(set[1] as string, expand(set[2] as string));
    const head = /^\d{2,4}\s+(\S+)/.exec(line.trim());
    if (head) for (const w of expand(head[1] as string)) heads.add(w.split("_")[0] as string);
  }
  return heads;
}

function build(): { text: string; lines: number } {
  const dict = JSON.parse(readFileSync(SOURCE, "utf8")) as Dictionary;
  const known = new Set((JSON.parse(readFileSync(CODES, "utf8")) as Array<{ code: string }>).map((r) => r.code));
  const out: string[] = [
    "# Converted by scripts/build-cameo-verbs.ts from PETRARCH-2's verb dictionary CAMEO.2.0.txt",
    "# (openeventdata/petrarch2 @676801c, MIT licence, © 2014–2015 Open Event Data Alliance); see SOURCES.md.",
    "# Do not edit: change the script and rebuild. Loaded after patterns.txt, whose patterns win at any head.",
    "# Flag verb: the head must be used as a verb (these are PETRARCH verb entries, not noun triggers).",
    "",
  ];
  const ourHeads = headWords(readFileSync(new URL("data/cameo/patterns.txt", root), "utf8"));
  const usedSets = new Set<string>();
  const body: string[] = [];
  const sets = new Set(Object.keys(dict.synsets));
  for (const block of dict.blocks) {
    const heads = new Map<string, string[]>();
    for (const v of block.verbs) {
      const lemma = word(v.verb);
      if (AMBIGUOUS.has(lemma.split("_")[0] as string) && !lemma.includes("_")) continue;
      const code = codeOf(v.code ?? block.code, known);
      // Alone, appeal and intent verbs ("hope", "plan", "decide", "suggest") mark talk about acts, not acts.
      if (!code || /^0[23]/.test(code)) continue;
      const forms = lemma.includes("_") ? [] : (v.forms ?? []).map(word).filter((f) => !f.includes("_"));
      const list = heads.get(code) ?? [];
      list.push(lemma, ...forms);
      heads.set(code, list);
    }
    const lines: string[] = [];
    for (const [code, words] of heads) lines.push(`${code} ${[...new Set(words)].join("|")} ; verb`);
    // Phrase patterns apply to the block's unambiguous verbs, and only where no word of the object already
    // triggers one of our own patterns: ours code that noun better ("issued arrest warrants" is an arrest).
    const verbs = [
      ...new Set(block.verbs.map((v) => word(v.verb)).filter((l) => !AMBIGUOUS.has(l.split("_")[0] as string))),
    ];
    if (verbs.length) {
      for (const p of block.patterns) {
        const code = codeOf(p.code, known);
        if (!code) continue;
        const tail = convertTail(p.pattern, sets);
        if (!tail || tail.split(/[\s_]+/).some((w) => ourHeads.has(w))) continue;
        for (const s of tail.matchAll(/&P[A-Z]+/g)) usedSets.add(s[0]);
        lines.push(`${code} ${verbs.join("|")} ${tail} ; verb`);
      }
    }
    if (lines.length) body.push(`# ${block.block}`, ...new Set(lines));
  }
  for (const [name, words] of Object.entries(dict.synsets)) {
    if (!usedSets.has(setName(name))) continue;
    out.push(`${setName(name)} = ${[...new Set(words.map(word))].join("|")}`);
  }
  out.push("", ...body, "");
  return { text: out.join("\n"), lines: body.filter((l) => !l.startsWith("#")).length };
}

async function coverage(): Promise<void> {
  // Loaded here, not at the top: the coding module reads petrarch-verbs.txt, which this script first writes.
  const { parsePatterns } = await import("../src/coding/index.ts");
  const rows = JSON.parse(readFileSync(CODES, "utf8")) as Array<{ code: string; name: string }>;
  const count = (file: URL) => {
    const n = new Map<string, number>();
    const seen = new Set<unknown>();
    for (const list of parsePatterns(readFileSync(file, "utf8")).byHead.values())
      for (const p of list) {
        if (seen.has(p)) continue;
        seen.add(p);
        n.set(p.code, (n.get(p.code) ?? 0) + 1);
      }
    return n;
  };
  const ours = count(new URL("data/cameo/patterns.txt", root));
  const theirs = count(OUT);
  const none: string[] = [];
  for (const r of rows) {
    const a = ours.get(r.code) ?? 0;
    const b = theirs.get(r.code) ?? 0;
    console.log(`${r.code}\t${a}\t${b}\t${r.name}`);
    if (!a && !b) none.push(r.code);
  }
  const oursOnly = rows.filter((r) => !ours.get(r.code)).length;
  console.log(`codes with no pattern in patterns.txt: ${oursOnly}/${rows.length}; in neither file: ${none.length}`);
  console.log(`in neither: ${none.join(" ")}`);
}

if (process.argv.includes("--coverage")) await coverage();
else {
  const { text, lines } = build();
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.pathname}: ${lines} pattern lines`);
}
