// Test helper: who held each office of each state or organisation on a date, from the gazetteer's people.
import { type Office, officeIn } from "../src/nlp/actors-office.ts";
import { gazetteer } from "../src/nlp/gazetteer.ts";

/** "CODE office" → the people whose term of that office covers `date` ("leader" for heads of state or government). */
export function holders(date: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of gazetteer().entries) {
    if (e.k !== "person") continue;
    for (const t of e.terms ?? []) {
      if (!t.o || (t.f && t.f > date) || (t.t && t.t <= date)) continue;
      const office: Office | "leader" | undefined =
        /^(?:acting |interim )?(?:president|prime minister|premier|chancellor)$/.test(t.o) ? "leader" : officeIn(t.o);
      if (!office) continue;
      const key = `${t.c} ${office}`;
      out.set(key, [...(out.get(key) ?? []), e.person ?? e.n[0]]);
    }
  }
  return out;
}
