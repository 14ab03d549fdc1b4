// Metadata title → its parts: the site name, section labels and breadcrumbs that page titles carry around the headline.

/** Comparison key: letters and digits only, lower case ("Ins neue Jahr!" ~ "ins neue jahr"). */
export const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The name part of a host: "caspian-courier" in caspian-courier.com, "elpais" in elpais.com.uy and "bbc" in
 * bbc.co.uk (a country's generic second level is no name; only a two-letter country code has one: go.com is "go").
 * Undefined when that part is "www", which names no site.
 */
export function hostName(host: string | undefined): string | undefined {
  const labels = host?.split(".") ?? [];
  const generic =
    labels.length >= 3 &&
    /^[a-z]{2}$/i.test(labels.at(-1)!) &&
    /^(?:com|co|org|net|gov|ac|edu|or|ne|go)$/i.test(labels.at(-2)!);
  const name = labels.at(generic ? -3 : -2);
  return name && name.toLowerCase() !== "www" ? name : undefined;
}

/** Keys of the names a site goes by: og:site_name, its host's name part, the host, and the page's mastheads. */
export function siteKeys(site?: string, host?: string, mastheads: string[] = []): string[] {
  return [site, hostName(host), host, ...mastheads].filter((x): x is string => !!x).map(key);
}

/** Title → text, separator, text, ... ("A | B - C"); CJK titles glue a short site name on with a bare dash. */
function splitTitle(title: string): string[] {
  // "::" (RBC), a spaced slash ("Новости / Заголовок / Сайт") and a typed dash ("Site -- Headline") separate too
  const parts = title.split(/\s+([|–—·•»/-]|::)\s+|\s*([|｜])\s*|\s+(--)\s*/).filter((x) => x !== undefined);
  if (parts.length > 1) return parts;
  const cjk =
    /^(.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}].*?)[-_]([\p{Script=Han}\p{Script=Hangul}]{2,8})$/u.exec(
      title,
    );
  // a bare dash or underscore before a few CJK characters at the end is as strong as a bar
  return cjk ? [cjk[1]!, "|", cjk[2]!] : parts;
}

/**
 * Removes a " | Site name" or " - Site name" suffix (or prefix) that page titles carry. Only the first or last
 * segment goes, and only when it names the site or is a short label after a strong separator: dashes inside a
 * headline ("Brexit – the next round") stay.
 */
export function stripSiteFromTitle(title: string, site?: string, host?: string, mastheads: string[] = []): string {
  const names = siteKeys(site, host, mastheads);
  const isSite = (seg: string) => {
    const k = key(seg);
    // "Die FURCHE" names the site furche.at; "Schneekarten auf Gipfelbuch.ch" is a headline that mentions it, and
    // "Ann Cotten verwebt ... : literaturkritik.de" a sub-headline the site's name closes
    const end = / : (?!.* : )(.+)$/.exec(seg);
    const endKey = end ? key(end[1]!) : undefined;
    return (
      k.length > 0 &&
      names.some(
        (n) =>
          n === k || n === endKey || (n.length > 3 && ((k.includes(n) && 2 * n.length >= k.length) || n.includes(k))),
      )
    );
  };
  const rest = stripSegments(splitTitle(title), isSite) || title;
  // the site's name as a lead before a colon ("Интерфакс: Токаев посетит Баку")
  const lead = /^([^:]{2,40}):\s+(\S.{8,})$/.exec(rest);
  return lead && names.includes(key(lead[1]!)) ? lead[2]! : rest;
}

/** The title's segments without the site's and the labels' ones at either end, joined again. */
function stripSegments(parts: string[], isSite: (seg: string) => boolean): string {
  if (parts.length < 3) return parts.join("");
  const strong = (sep: string) => /[|｜·•»]|::/.test(sep);
  // a label is a few words, and shorter than what it labels (CJK titles have no spaces to count words by)
  const label = (seg: string, rest: string[]) => seg.split(/\s+/).length <= 4 && seg.length < rest.join(" ").length;
  let segs = parts;
  // a chain of three or more segments ("Site - Headline - Section - News") is a breadcrumb: its short tail
  // segments are labels even after a plain dash
  const chain = parts.length >= 7 && isSite(parts[0]!);
  // a section of a word or two just before the site's name is a breadcrumb too ("Headline - Politics - Site")
  let afterSite = false;
  // segs alternates text, separator, text...
  while (segs.length >= 3) {
    const last = segs[segs.length - 1]!;
    const sep = segs[segs.length - 2]!;
    const section = afterSite && isSection(last);
    afterSite = isSite(last);
    if (afterSite || ((strong(sep) || chain || section) && label(last, segs.slice(0, -2)))) {
      segs = segs.slice(0, -2);
      // templates that fill the headline slot with the site's name glued on ("Truckwash A31Das Branchenbuch |
      // Das Branchenbuch") print the same name twice: the copy glued to the headline goes too
      const prev = segs[segs.length - 1]!;
      const glued =
        prev.length > last.length + 3 && prev.endsWith(last) && /[\p{L}\p{N}]/u.test(prev.at(-last.length - 1)!);
      if (afterSite && last.length >= 4 && glued) segs = [...segs.slice(0, -1), prev.slice(0, -last.length)];
    } else break;
  }
  while (segs.length >= 3) {
    const first = segs[0]!;
    const sep = segs[1]!;
    if (isSite(first) || (strong(sep) && label(first, segs.slice(2)) && first.split(/\s+/).length <= 3))
      segs = segs.slice(2);
    else break;
  }
  return segs.join(" ").replace(/\s+/g, " ").trim();
}

/**
 * A segment that reads as a section's name: a word or two opening with a capital ("Politik", "Новости мира") or a
 * letter of a script without case. A lower-case word or a quoted phrase carries on the headline ("Trump wins - again").
 */
function isSection(seg: string): boolean {
  return seg.split(/\s+/).length <= 2 && /^[\p{Lu}\p{Lo}\p{N}]/u.test(seg);
}

/**
 * Keys of the parts of a title that name something other than the article: trailing segments shorter than what
 * they follow ("Post | Blog name", "Post - Blog - Section"), and "Blog: Post" when another title is that post.
 */
export function outerSegments(title: string, all: string[]): string[] {
  const parts = splitTitle(title);
  const out: string[] = [];
  for (let i = 2; i < parts.length; i += 2) {
    const tail = parts.slice(i).join(" ");
    if (tail.length < parts.slice(0, i - 1).join(" ").length) out.push(key(tail));
  }
  const colon = /^([^:]{2,60}):\s+(\S.*)$/.exec(title);
  if (colon && all.some((t) => key(t) === key(colon[2]!))) out.push(key(colon[1]!));
  return out.filter((k) => k.length >= 3);
}

/** Keys of a title's two sides at each of its separators ("A - B - C": a | b-c, a-b | c). */
export function titleSplits(title: string): { head: string; tail: string }[] {
  const parts = splitTitle(title);
  const out: { head: string; tail: string }[] = [];
  for (let i = 2; i < parts.length; i += 2)
    out.push({ head: key(parts.slice(0, i - 1).join(" ")), tail: key(parts.slice(i).join(" ")) });
  return out;
}
