// Parsed page → the `articleBody` its JSON-LD declares, and the rule for when that beats the body found in the DOM.
// Publishers that render the story in scattered script-filled chunks often ship it whole in JSON-LD; others ship
// a 500-character teaser there, or text with markup, so it is only taken when it is longer and agrees with the DOM.

const MAX_LD = 500_000;

/** The longest `articleBody` (or `text` of an article object) in the page's JSON-LD, tags stripped. */
export function ldArticleBody(doc: Document): string {
  let best = "";
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = s.textContent ?? "";
    if (raw.length > MAX_LD || !raw.includes("articleBody")) continue;
    try {
      visit(JSON.parse(raw), 0, (body) => {
        if (body.length > best.length) best = body;
      });
    } catch {
      // broken JSON-LD is common; the DOM body stands
    }
  }
  return best.includes("<") ? stripTags(best) : best.trim();
}

function visit(v: unknown, depth: number, found: (body: string) => void): void {
  if (depth > 5 || !v || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) visit(x, depth + 1, found);
    return;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.articleBody === "string") found(o.articleBody);
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) if (o[key]) visit(o[key], depth + 1, found);
}

function stripTags(s: string): string {
  return s
    .replace(/<(br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*/g, "\n\n")
    .trim();
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * True when the JSON-LD body should replace the DOM body: clearly longer (the DOM pick missed chunks), not a
 * teaser, and containing most of what the DOM found (it is the same story, not a site blurb).
 */
export function preferLdBody(ld: string, dom: string): boolean {
  if (ld.length < 400 || ld.length < dom.length * 1.5) return false;
  const domWords = words(dom);
  if (domWords.length === 0) return true;
  const ldWords = new Set(words(ld));
  let shared = 0;
  for (const w of domWords) if (ldWords.has(w)) shared++;
  return shared / domWords.length >= 0.8;
}
