// "The Chinese ambassador, who arrived in Moscow last year, ...": an ambassador arriving in a capital takes up a post
// there, and any arrival dated a year or more back is where someone lives or serves now. Neither is a visit (042).

import type { Unit } from "./sentence-units.ts";
import { mentionWords } from "./sentence-words.ts";

// Envoys who live where they are accredited; a special envoy or a minister travels, so they are not here.
const RESIDENT_ENVOYS = new Set(["ambassador", "ambassadors", "consul", "consul-general", "chargé", "charge"]);
// Words that date an arrival a year or more back: "last year", "two years ago", "since 2019".
const LONG_AGO = new Set(["last year", "years ago", "year ago", "decade ago", "decades ago"]);

/** The arrival at `head` (CAMEO 042, "arrived in") is a posting or residence, not a visit. */
export function postedArrival(
  units: readonly Unit[],
  head: number,
  code: string,
  sources: readonly number[],
  published: string | undefined,
): boolean {
  if (code !== "042" || (units[head] as Unit).lemma !== "arrive" || !sources.length) return false;
  if (sources.every((k) => mentionWords(units[k]?.mention ?? { text: "" }).some((w) => RESIDENT_ENVOYS.has(w))))
    return true;
  return datedYearsBack(units, head, Number(published?.slice(0, 4)));
}

/** The arrival's own clause dates it a year or more before the article ("last year", "in 2019"). */
function datedYearsBack(units: readonly Unit[], head: number, year: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let k = head + 1; k < units.length && k <= head + 8; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) break;
    const pair = `${u.lower} ${units[k + 1]?.lower ?? ""}`;
    if (LONG_AGO.has(pair) || (units[k + 1]?.lower === "ago" && /^(years?|decades?)$/.test(u.lower))) return true;
    if ((u.lower === "in" || u.lower === "since") && /^\d{4}$/.test(units[k + 1]?.lower ?? "")) {
      if (year && Number(units[k + 1]?.lower) < year) return true;
    }
  }
  return false;
}

// Envoys whose host state deals with them: summoned, expelled or declared unwelcome by it.
const ENVOYS = new Set([
  ...RESIDENT_ENVOYS,
  "envoy",
  "envoys",
  "diplomat",
  "diplomats",
  "consuls",
  "chargés",
  "charges",
]);
// Acts a host state does to an envoy posted to it (the summoning is coded 040 until summonedCode makes it 114).
const HOST_ACTS = new Set(["summon"]);

/**
 * The host state of an envoy named as "X's ambassador to Y" or "the X envoy in Y" at `subject`, when the passive
 * act at `head` is one only a host does to an envoy and nobody is named doing it: "Chile's ambassador to Peru was
 * summoned" is Peru's act. -1 when there is none.
 */
export function envoyHost(units: readonly Unit[], subject: readonly number[], head: number, code: string): number {
  if (!HOST_ACTS.has((units[head] as Unit).lemma) && !code.startsWith("16")) return -1;
  if (calledHome(units, head)) return -1;
  const last = subject.at(-1);
  if (last === undefined || subject.length !== 1) return -1;
  const envoy = units[last]?.mention;
  if (!envoy || !mentionWords(envoy).some((w) => ENVOYS.has(w))) return -1;
  const prep = units[last + 1]?.lower;
  const host = units[last + 2];
  if ((prep !== "to" && prep !== "in") || !host?.mention || host.mention.actor.role) return -1;
  return host.mention.kind === "state" || host.mention.kind === "capital" ? last + 2 : -1;
}

// Words after a summons that send the envoy back to the state that posted them: a recall, not the host's protest.
const RECALL_WORDS = new Set(["home", "back", "consultations", "consultation"]);

/** "Chile's ambassador to Peru was summoned home / for consultations": the sending state recalled its envoy. */
function calledHome(units: readonly Unit[], head: number): boolean {
  const clause = (units[head] as Unit).clause;
  for (let k = head + 1; k < units.length && k <= head + 4; k++) {
    const u = units[k] as Unit;
    if (u.clause !== clause) return false;
    if (RECALL_WORDS.has(u.lower)) return true;
  }
  return false;
}
