// Top candidate → the other blocks of the same article. Sites split a story into repeated chunks of one kind
// (a text block between each photo, ad or pull quote), often wrapped a level or more deeper than the chunk the
// scorer picked; those chunks share the picked block's tag and class list.

export interface BlockStats {
  text: number;
  link: number;
}

/** How far above the picked block the article's other chunks may sit. */
const MAX_LEVELS = 6;

/** A chunk of the story, not a byline or date line that happens to share the chunk's class. */
function readsLikeText(el: Element, s: BlockStats): boolean {
  if (s.text >= 100) return true;
  return s.text >= 40 && /[.!?。…]["'”’»)]?$/.test((el.textContent ?? "").trim());
}

/** tag + sorted class words: the "kind" of a block, ignoring order and generated ids. */
export function kindOf(el: Element): string {
  const cls = (el.getAttribute("class") ?? "").trim().split(/\s+/).filter(Boolean).sort().join(".");
  return cls ? `${el.localName}.${cls}` : "";
}

/**
 * False only when `kindOf(el)` cannot equal `kindOf(top)` (top has a class): no class, or another tag (tag names
 * hold no dot, so the tag part of the kind is exact). Most elements are settled here without building their kind.
 */
function mayBeKind(el: Element, top: Element): boolean {
  if (!el.getAttribute("class")) return false;
  return el.localName === top.localName || el.localName.includes(".") || top.localName.includes(".");
}

/**
 * Blocks of the same kind as `top` within its nearest ancestors (not crossing the page root or a furniture
 * block), in page order, each reading like text rather than links. Returns [] when `top` has no class to go by.
 */
export function sameKindBlocks(
  top: Element,
  stats: Map<Element, BlockStats>,
  isFurniture: (el: Element) => boolean,
): Element[] {
  const kind = kindOf(top);
  if (!kind) return [];
  let scope: Element = top;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const up = scope.parentElement;
    if (!up || up.localName === "body" || up.localName === "html" || isFurniture(up)) break;
    scope = up;
  }
  if (scope === top) return [];
  const out: Element[] = [];
  const visit = (el: Element, depth: number) => {
    // the child nodes as they are (nothing is removed here): no copied list of children per element
    for (const node of el.childNodes) {
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (child === top) {
        out.push(child);
        continue;
      }
      if (isFurniture(child)) continue;
      if (mayBeKind(child, top) && kindOf(child) === kind) {
        const s = stats.get(child);
        if (s && s.link / Math.max(1, s.text) < 0.35 && readsLikeText(child, s)) out.push(child);
        continue;
      }
      if (depth < 40) visit(child, depth + 1);
    }
  };
  visit(scope, 0);
  return out;
}
