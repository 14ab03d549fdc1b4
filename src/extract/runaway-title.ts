// Page whose <title> is never closed → the same page with the title closed where its markup starts.

/**
 * HTML reads everything after an unclosed <title> as the title's text, to the end of the page, so the page has no
 * body at all (a browser shows it blank). Such pages are a typing slip in a template, and their text is all there:
 * the title is closed before the first tag that follows it. Undefined when the page's title is closed, or when no
 * tag follows it (nothing to recover).
 */
export function closeRunawayTitle(html: string): string | undefined {
  const open = /<title(?:\s[^>]*)?>/i.exec(html);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  if (/<\/title/i.test(html.slice(start))) return undefined;
  const tag = html.slice(start).search(/<[a-z!/]/i);
  if (tag < 0) return undefined;
  return `${html.slice(0, start + tag)}</title>${html.slice(start + tag)}`;
}
