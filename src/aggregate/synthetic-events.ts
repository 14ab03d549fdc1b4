// Tests' made-up events: key, parties, code and date → an imported event whose sentence names its fields.

/** An imported event between two parties, its sentence made up from its fields. */
export function synthetic(key: string, source: string, target: string, cameo: string, when: string) {
  const text = `Sample event ${key}: ${source} toward ${target} (CAMEO ${cameo}).`;
  const coop = Number(cameo.slice(0, 2)) <= 9;
  return {
    key,
    source,
    target,
    cameo,
    quad: (coop ? "verbal-cooperation" : "verbal-conflict") as "verbal-cooperation" | "verbal-conflict",
    goldstein: coop ? 3 : -4,
    when,
    evidence: { text, start: 0, end: text.length },
    confidence: 0.5,
  };
}
