// robots.txt text → the rules for our user agent, and whether a path may be fetched (RFC 9309: longest match wins).

export interface RobotsRules {
  rules: { allow: boolean; pattern: string }[];
  /** Crawl-delay in seconds, if the group sets one. */
  crawlDelay?: number;
}

/** Our product token: the user agent up to the first "/" or space, lower case ("OrbitBot/0.1 (...)" → "orbitbot"). */
export function productToken(userAgent: string): string {
  return userAgent.split(/[/\s]/, 1)[0]!.toLowerCase();
}

/** Picks the group naming our product token, else the `*` group; an empty or unparseable file allows everything. */
export function parseRobots(text: string, userAgent: string): RobotsRules {
  const token = productToken(userAgent);
  type Group = { agents: string[]; rules: RobotsRules["rules"]; crawlDelay?: number };
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n|\r/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    const m = line.match(/^([A-Za-z-]+)\s*:\s*(.*)$/);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === "user-agent") {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === "allow" || key === "disallow") {
      // An empty Disallow allows everything; it adds no rule.
      if (value) current.rules.push({ allow: key === "allow", pattern: value });
    } else if (key === "crawl-delay") {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && a !== "" && token.startsWith(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes("*"));
  const rules = chosen.flatMap((g) => g.rules);
  const crawlDelay = chosen.find((g) => g.crawlDelay !== undefined)?.crawlDelay;
  return crawlDelay === undefined ? { rules } : { rules, crawlDelay };
}

function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const source = body
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const re = new RegExp(`^${source}${anchored ? "$" : ""}`);
  return re.test(path) ? body.length : -1;
}

/** `pathAndQuery` is the URL's path plus query ("/news?id=1"). */
export function robotsAllows(robots: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  let decoded = pathAndQuery;
  try {
    decoded = decodeURI(pathAndQuery);
  } catch {
    // keep the raw path when it is not valid percent-encoding
  }
  for (const rule of robots.rules) {
    const len = Math.max(matchLength(rule.pattern, pathAndQuery), matchLength(rule.pattern, decoded));
    if (len > best || (len === best && len >= 0 && rule.allow)) {
      best = len;
      allowed = rule.allow;
    }
  }
  return allowed;
}
