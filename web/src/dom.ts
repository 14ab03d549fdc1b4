// Element builder: children given as strings become text nodes, so article text can never turn into markup.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | ((event: Event) => void)>;

/** Only in-app hashes, same-origin paths and http(s) URLs may become links; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (trimmed.startsWith("#") || (trimmed.startsWith("/") && !trimmed.startsWith("//"))) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === "function") {
      el.addEventListener(name.replace(/^on/, ""), value);
      continue;
    }
    if (name === "href") {
      const href = safeHref(String(value));
      if (href) el.setAttribute("href", href);
      continue;
    }
    // No attribute named on… is ever set from data: handlers are functions only.
    if (/^on/i.test(name)) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? text(String(child)) : child);
  }
}

export function text(s: string): Text {
  return document.createTextNode(s);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A link to an external page: opens in a new tab without giving it a handle on this one. */
export function externalLink(href: string | undefined, label: string): HTMLElement {
  const safe = href ? safeHref(href) : undefined;
  if (!safe || safe.startsWith("#") || safe.startsWith("/")) return h("span", {}, label);
  return h("a", { href: safe, target: "_blank", rel: "noopener noreferrer nofollow" }, label);
}
