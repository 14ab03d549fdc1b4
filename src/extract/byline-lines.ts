// Article body + its found byline → the body without the lines that only print that byline.
import { cleanByline } from "./find-author-clean.ts";

/** A byline line is short; a longer paragraph is prose that merely names the author. */
const LINE = 150;
/** How many opening paragraphs may hold a bare name as the byline (kicker, teaser, date, byline). */
const OPENING = 4;

/**
 * The body without the lines that say exactly the byline found for the article ("By Jane Doe, Reuters", "Von
 * Tobias Kuske", "Autor: Petra Ruland"): analysts see them as noise, and the coder would read them as sentences.
 * A line that only mentions the author ("Das Gespräch führte Nicole Collignon.", "Über Bob Fischer") stays; so does
 * a bare name ("Jane Doe") other than in the opening lines or as the closing signature, since in the middle of a
 * text it is a quotation's or a section's attribution.
 */
export function dropBylineLines(text: string, byline: string | undefined): string {
  if (!byline || !text) return text;
  const paras = text.split("\n\n");
  if (paras.length < 2) return text;
  const last = paras.length - 1;
  const kept = paras.filter((p, i) => {
    if (p.length > LINE || cleanByline(p) !== byline) return true;
    const line = p.trim();
    // a name before a colon is a speaker in an interview's transcript ("Jane Doe:"), whose words follow
    if (line.endsWith(":")) return true;
    // a lead or label with the name ("By", "Von", "Autor:", a date after it) marks the line wherever it stands; a
    // dash before a bare name ("— Jane Doe") is how a quotation is attributed, so it marks nothing
    return line.replace(/^[-–—]+\s*/, "") === byline && i >= OPENING && i < last;
  });
  // a page whose text is only its byline lines keeps them: the page has nothing else to show
  return kept.length === paras.length || kept.length === 0 ? text : kept.join("\n\n");
}
