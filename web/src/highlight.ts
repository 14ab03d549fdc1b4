// Article text + evidence spans → text nodes and <mark> elements; the text is only ever inserted as text.
import type { EventRow } from "./api.ts";
import { h, text } from "./dom.ts";

export interface Span {
  start: number;
  end: number;
  events: EventRow[];
}

/** Evidence ranges, checked against the text (falling back to a search when offsets drifted), merged where they overlap. */
export function evidenceSpans(body: string, events: EventRow[]): Span[] {
  const spans: Span[] = [];
  for (const e of events) {
    const ev = e.evidence;
    if (!ev?.text) continue;
    let { start, end } = ev;
    if (!(start >= 0 && end <= body.length && body.slice(start, end) === ev.text)) {
      start = body.indexOf(ev.text);
      if (start < 0) continue;
      end = start + ev.text.length;
    }
    spans.push({ start, end, events: [e] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.events.push(...s.events);
    } else merged.push({ ...s, events: [...s.events] });
  }
  return merged;
}

export function highlightedText(body: string, events: EventRow[]): HTMLElement {
  const root = h("div", { class: "article-text" });
  let at = 0;
  for (const [i, span] of evidenceSpans(body, events).entries()) {
    if (span.start > at) root.appendChild(text(body.slice(at, span.start)));
    const label = span.events.map((e) => `${e.source} → ${e.target}, CAMEO ${e.cameo} (${e.quad})`).join("; ");
    root.appendChild(
      h(
        "mark",
        { id: `evidence-${i}`, title: label, tabindex: 0, class: span.events[0]!.quad },
        body.slice(span.start, span.end),
      ),
    );
    at = span.end;
  }
  if (at < body.length) root.appendChild(text(body.slice(at)));
  return root;
}
