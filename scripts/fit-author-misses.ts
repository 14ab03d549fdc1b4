// Lists the author misses on the EVEN pages of trafilatura-eval and where each gold name sits in the page: which
// elements (tag, class, id, itemprop, rel), meta tags or JSON-LD strings hold it. The odd half is scored, never read.
// Usage: node --import tsx scripts/fit-author-misses.ts [--outcomes]
//   --outcomes prints one line per page instead ("even 12 1", "odd - 0": half, even index, hit): two runs pasted
//   side by side count what a change gains and loses on each half without showing any odd page.
import { metaCases, normText } from "../src/extract/eval-sets.ts";
import { parseFastDom } from "../src/extract/fast-dom.ts";
import { extractArticle } from "../src/extract/index.ts";

const outcomes = process.argv.includes("--outcomes");
let n = 0;
const ok = { even: 0, odd: 0 };
const tot = { even: 0, odd: 0 };
const attr = (el: Element, k: string, short: string) => {
  const v = el.getAttribute(k);
  return v ? `${short}=${v.slice(0, 40)}` : "";
};
metaCases(1).forEach((c, i) => {
  if (!c.author) return;
  const half = c.half;
  const html = c.html();
  let byline: string | undefined;
  try {
    byline = extractArticle({ id: c.url, url: c.url, html }, { allowEmptyBody: true }).byline;
  } catch {
    // a page the extractor rejects counts as a miss, as in the quality test
  }
  tot[half]++;
  const gold = normText(c.author);
  const hit = normText(byline) === gold;
  if (hit) ok[half]++;
  if (outcomes) console.log(`${half} ${half === "odd" ? "-" : i} ${hit ? 1 : 0}`);
  if (hit || outcomes || half === "odd") return;
  n++;
  // where the first gold name is printed: the innermost elements holding it
  const name = gold.split("; ")[0]!.toLowerCase();
  const doc = parseFastDom(html) as unknown as Document;
  const where: string[] = [];
  const walk = (e: Element) => {
    for (const el of Array.from(e.children)) {
      walk(el);
      if (["html", "body", "head", "script", "style"].includes(el.localName)) continue;
      const t = normText(el.textContent ?? "");
      if (t.length > 200 || !t.toLowerCase().includes(name)) continue;
      if (
        Array.from(el.children).some((ch) =>
          normText(ch.textContent ?? "")
            .toLowerCase()
            .includes(name),
        )
      )
        continue;
      const a = [attr(el, "class", "c"), attr(el, "id", "id"), attr(el, "itemprop", "ip"), attr(el, "rel", "rel")];
      const up = el.parentElement;
      where.push(
        `<${el.localName} ${a.filter(Boolean).join(" ")}> p=<${up?.localName} ${(up?.getAttribute("class") ?? "").slice(0, 30)}> "${normText(up?.textContent ?? "").slice(0, 90)}"`,
      );
    }
  };
  walk(doc.documentElement);
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const v = normText(el.getAttribute("content") ?? "");
    if (v.toLowerCase().includes(name))
      where.push(
        `meta ${el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop")}="${v.slice(0, 60)}"`,
      );
  }
  for (const s of Array.from(doc.querySelectorAll("script"))) {
    const v = s.textContent ?? "";
    const j = v.toLowerCase().indexOf(name);
    if (j >= 0)
      where.push(
        `script ${s.getAttribute("type") ?? ""}: …${v.slice(Math.max(0, j - 40), j + name.length + 10).replace(/\s+/g, " ")}`,
      );
  }
  console.log(`\n#${i} ${c.url}\n  gold: ${gold}\n  got:  ${byline}`);
  for (const w of where.slice(0, 10)) console.log(`  ${w}`);
  if (!where.length) console.log("  (gold name not found in the page)");
});
console.log(
  `\neven ${ok.even}/${tot.even}  odd ${ok.odd}/${tot.odd}  all ${ok.even + ok.odd}/${tot.even + tot.odd}; even misses listed ${n}`,
);
