// A string sliced out of a page (an attribute, a word of its text) is a view that V8 keeps pointing into the whole
// page. Held long after the page is done with (in a cache, on an article waiting to be stored), it keeps the page's
// text alive with it; a copy of the few characters costs far less.

/** The characters of `s` in a string of their own, not a view into the text it was sliced from. */
export function ownString(s: string): string {
  // A concatenation is a new string; slicing it flattens it first, so the result is a view into that small one only.
  return `${s}\0`.slice(0, -1);
}
