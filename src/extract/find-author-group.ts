// Several byline elements in one line → one byline naming them all: "By <a rel=author>A</a> and <a rel=author>B</a>",
// "<div class=authors><a class=author>A</a><a class=author>B</a></div>".

import { AND_WORDS, alternation, cleanByline } from "./find-author-clean.ts";
import { shortText } from "./find-author-paragraph.ts";
import { key } from "./find-title-site.ts";

// two to four capitalised words ("Jan Lukas Strozyk", "Boris T. Kaiser", "Sadhbh O'Sullivan"), with the lower-case
// particles of a surname between them, never at either end ("Jan van Dijk", "Charles de Gaulle", "Omar bin Laden")
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = "van|von|de|der|den|da|di|du|la|le|bin|ibn|al|el|ter";
const NAME = new RegExp(String.raw`^${WORD}(?:(?:\s+(?:${PARTICLE})){0,2}\s+${WORD}){1,3}$`, "u");
// German nouns are capitalised too: "Online-Redaktion Veröffentlicht" is no name. Roles are whole words ("Staffan"
// is a name), but German compounds hold them anywhere ("Lokalredaktion", "Redaktionsteam", "Sportreporter")
const ROLE =
  /redakt|korrespondent|(?<!\p{L})(?:veröffentlicht|aktualisiert|writers?|editors?|correspondents?|staff)(?!\p{L})|(?:reporter(?:in|innen|s)?|team)(?!\p{L})/iu;
const LIST_SPLIT = new RegExp(String.raw`\s*[,;&]\s*|\s+(?:${alternation(AND_WORDS)})\s+`);

/**
 * A printed byline read as a list of two or more people's names, as comparison keys: "A, B und C" → three keys.
 * Undefined when it is one name, or a part is no name (a role, a place, a date).
 */
export function nameListKeys(printed: string | undefined): Set<string> | undefined {
  const parts = printed?.split(LIST_SPLIT) ?? [];
  if (parts.length < 2 || !parts.every((p) => NAME.test(p) && !ROLE.test(p))) return undefined;
  return new Set(parts.map(key));
}

/**
 * The byline of the line a byline element shares with others of its kind, or undefined when it stands alone. Each
 * element names one person: two or more of them in a container, or beside it under a short parent, are co-authors.
 * The line is taken as printed when it is a list of exactly those names ("By A and B"); otherwise the names are
 * joined with commas (the elements' text glued with no space between them: "Иван ИвановМария Петрова").
 */
export function groupByline(el: Element, marked: Set<Element>): string | undefined {
  for (let box: Element | null = el, up = 0; box && up < 3; box = box.parentElement, up++) {
    // a container holding more than a line is a page section: its byline elements need not belong together
    const line = shortText(box, 200);
    if (up && !line) return undefined;
    const names = new Map<string, string>();
    collectNames(box, marked, names, 0);
    // an author block whose name is marked up inside it: the name, not the block's text run together
    if (!up && names.size === 1 && !nameListKeys(cleanByline(line))) return [...names.values()][0];
    if (names.size < 2) continue;
    const printed = line ? cleanByline(line) : undefined;
    const keys = nameListKeys(printed);
    if (printed && keys && keys.size === names.size && [...names.keys()].every((k) => keys.has(k))) return printed;
    return [...names.values()].join(", ");
  }
  return undefined;
}

/**
 * The people's names of the marked elements under `el` by comparison key, outermost first (an author block, not the
 * link inside it again). Only full names count: an author block's other parts ("author-title": "Reporter") do not.
 */
function collectNames(el: Element, marked: Set<Element>, names: Map<string, string>, depth: number): void {
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length && names.size < 8; i++) {
    if (nodes[i]!.nodeType !== 1) continue;
    const c = nodes[i] as Element;
    const name = marked.has(c) ? cleanByline(c.getAttribute("content") ?? c.textContent ?? "") : undefined;
    if (name) {
      if (NAME.test(name) && !ROLE.test(name)) names.set(key(name), name);
    } else if (depth < 3) collectNames(c, marked, names, depth + 1);
  }
}
