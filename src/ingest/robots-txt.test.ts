import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRobots, robotsAllows } from "./index.ts";

const UA = "OrbitBot/0.1 (+https://orbit.example)";

test("our own group beats *, longest match wins, Allow wins ties, wildcards and $ anchors", () => {
  const txt = `# comment
User-agent: *
Disallow: /

User-agent: googlebot
User-agent: orbitbot
Disallow: /news/draft
Allow: /news/draft/public
Disallow: /*.pdf$
Disallow: /search?
Crawl-delay: 2
`;
  const r = parseRobots(txt, UA);
  assert.equal(r.crawlDelay, 2);
  const cases: [string, boolean][] = [
    ["/", true],
    ["/news/2025/story", true],
    ["/news/draft/x", false],
    ["/news/draft/public/y", true],
    ["/files/report.pdf", false],
    ["/files/report.pdf?x=1", true],
    ["/search?q=baku", false],
    ["/search", true],
  ];
  for (const [path, ok] of cases) assert.equal(robotsAllows(r, path), ok, path);
});

test("only * applies when no group names us; an empty Disallow allows all; garbage allows all", () => {
  assert.equal(robotsAllows(parseRobots("User-agent: *\nDisallow: /private\n", UA), "/private/1"), false);
  assert.equal(robotsAllows(parseRobots("User-agent: *\nDisallow:\n", UA), "/anything"), true);
  assert.equal(robotsAllows(parseRobots("User-agent: otherbot\nDisallow: /\n", UA), "/x"), true);
  assert.equal(robotsAllows(parseRobots("\u0000\u0001 <html>not robots</html>", UA), "/x"), true);
});
