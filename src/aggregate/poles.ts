// The poles states align between, and who stands for each in votes and in events.
import { AppError } from "../domain/index.ts";

export const POLES = ["RUS", "EU", "USA", "CHN", "TUR"] as const;
export type Pole = (typeof POLES)[number];

export const EU_MEMBERS = [
  "AUT",
  "BEL",
  "BGR",
  "HRV",
  "CYP",
  "CZE",
  "DNK",
  "EST",
  "FIN",
  "FRA",
  "DEU",
  "GRC",
  "HUN",
  "IRL",
  "ITA",
  "LVA",
  "LTU",
  "LUX",
  "MLT",
  "NLD",
  "POL",
  "PRT",
  "ROU",
  "SVK",
  "SVN",
  "ESP",
  "SWE",
];

/**
 * Actors whose events count for each pole. The EU pole is the Union itself, its member states, "the West" and the E3
 * (France, Germany and Britain acting together, as in the Iran nuclear file: two of its three are EU members and it
 * speaks for Europe); NATO is left out because it includes Turkey and the USA, which are poles of their own.
 */
export const POLE_ACTORS: Record<Pole, readonly string[]> = {
  RUS: ["RUS"],
  EU: ["EU", "WEST", "E3", ...EU_MEMBERS],
  USA: ["USA"],
  CHN: ["CHN"],
  TUR: ["TUR"],
};

/**
 * The country whose UN votes stand for each pole. The EU has no vote of its own; Germany is its proxy (the USA alone
 * is a poor Western pole: it voted No almost alone on many texts in 2025).
 */
export const POLE_VOTER: Record<Pole, string> = { RUS: "RUS", EU: "DEU", USA: "USA", CHN: "CHN", TUR: "TUR" };

/** Reads a --pole list ("RUS,EU", also "DEU" or "WEST" for the EU pole). */
export function parsePoles(value: string | undefined): Pole[] {
  if (!value) return [...POLES];
  return value.split(",").map((raw) => {
    const p = raw.trim().toUpperCase();
    if (p === "DEU" || p === "WEST") return "EU";
    if ((POLES as readonly string[]).includes(p)) return p as Pole;
    throw new AppError("BAD_OPTION", `unknown pole "${raw}" (use ${POLES.join(", ")})`, { where: "--pole" });
  });
}

/** The pole an actor belongs to, if any (a state that is itself a pole member is not aligned "toward" it). */
export function poleOf(actor: string): Pole | undefined {
  for (const p of POLES) if (POLE_ACTORS[p].includes(actor)) return p;
  return undefined;
}

/**
 * For each country asked that belongs to one of the poles (Hungary: EU), a note that it is not measured toward its
 * own pole, so a missing row does not read as "no events". Empty when none does.
 */
export function ownPoleNotes(countries: readonly string[] | undefined, poles: readonly Pole[]): string[] {
  return (countries ?? []).flatMap((c) => {
    const pole = poleOf(c);
    if (!pole || !poles.includes(pole)) return [];
    const members = pole === "EU" ? "the EU and its members" : pole;
    return [`${c} belongs to the ${pole} pole: its events with ${members} are not measured as alignment toward it`];
  });
}
