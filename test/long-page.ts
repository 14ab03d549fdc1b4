// A long page of news-like paragraphs, generated for the tests and benchmarks of long texts (no real page is that long).

const SUBJECTS = [
  "Russia",
  "China",
  "Turkey",
  "The Kremlin",
  "Azerbaijan",
  "NATO",
  "Beijing",
  "Ukraine",
  "France",
  "Iran",
];
const ACTS = ["accused", "criticised", "imposed sanctions on", "praised", "condemned", "pledged aid to", "visited"];
const OBJECTS = ["Georgia", "Moscow", "Brussels", "Japan", "Serbia", "Poland", "India", "Belarus"];
const TAILS = ["", " on Monday", ", officials said", " in a statement", " after months of talks"];
const FILLER = [
  "Analysts said the move reflected a broader shift in the region.",
  "Markets were little changed after the announcement.",
  "The talks are expected to continue next month.",
  "Local newspapers carried the story on their front pages.",
];

/**
 * Paragraphs of news-like sentences (each paragraph: two acts between states, each followed by filler), about `chars`
 * characters in all, the same every time. As HTML, an article page; else plain text with blank lines between
 * paragraphs.
 */
export function longPage(chars: number, html = false): string {
  let seed = 1;
  const pick = <T>(list: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return list[seed % list.length]!;
  };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const act = () => `${pick(SUBJECTS)} ${pick(ACTS)} ${pick(OBJECTS)}${pick(TAILS)}.`;
    const paragraph = `${act()} ${pick(FILLER)} ${act()} ${pick(FILLER)}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 7;
  }
  if (!html) return `A long report\n\nPublished 3 March 2025\n\n${paragraphs.join("\n\n")}\n`;
  return (
    `<html lang="en"><head><title>A long report</title><meta property="article:published_time" content="2025-03-03">` +
    `</head><body><article><h1>A long report</h1><p>${paragraphs.join("</p>\n<p>")}</p></article></body></html>`
  );
}
