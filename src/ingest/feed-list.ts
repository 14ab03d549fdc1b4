// A FEEDS.txt file → its feed URLs and paths (one a line, # comments); relative paths resolve against the file's folder.
// Command-line arguments → feeds: URLs and feed files as they are, lists of feeds read.
import { dirname, isAbsolute, resolve } from "node:path";
import { AppError } from "../domain/index.ts";
import { fsError } from "./fs-error.ts";
import { gunzipHead, isGzip } from "./gunzip-file.ts";
import { readCapped, readHead } from "./read-capped.ts";

/** An http(s) feed address as a normalised URL, or BAD_INPUT naming where it was written. */
function feedUrl(text: string, where: string): string {
  try {
    return new URL(text).href;
  } catch {
    throw new AppError("BAD_INPUT", `not a valid URL: ${text}`, { where });
  }
}

export async function readFeedList(path: string): Promise<string[]> {
  const text = (await readCapped(path, 4 * 1024 * 1024)).toString("utf8");
  const feeds: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw
      .replace(/^\uFEFF/, "")
      .replace(/\s+#.*$/, "")
      .trim();
    if (!line || line.startsWith("#")) return;
    if (/^https?:\/\//i.test(line)) feeds.push(feedUrl(line, `${path}:${i + 1}`));
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line)) {
      throw new AppError("BAD_INPUT", `only http(s) URLs and file paths are feeds: ${line}`, {
        where: `${path}:${i + 1}`,
      });
    } else {
      feeds.push(isAbsolute(line) ? line : resolve(dirname(path), line));
    }
  });
  if (feeds.length === 0) throw new AppError("BAD_INPUT", "no feeds listed", { where: path });
  return feeds;
}

/** The first KB of a file as text, unpacked first when it is gzipped. */
async function headOf(path: string): Promise<{ text: string; gzipped: boolean }> {
  let head: Buffer;
  try {
    head = await readHead(path, 1024);
  } catch (err) {
    throw fsError(err, path);
  }
  const gzipped = isGzip(head);
  if (gzipped) head = await gunzipHead(path, 1024);
  return {
    text: head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart(),
    gzipped,
  };
}

/**
 * Whether a file holds a feed itself (XML or JSON, gzipped or not) or a list of feeds, judged by its first bytes. A
 * gzip file or a JSON array is neither a list nor a feed: read as FEEDS.txt, each of its lines became a "path".
 */
async function fileKind(path: string): Promise<"feed" | "list"> {
  const { text, gzipped } = await headOf(path);
  if (text.startsWith("<") || text.startsWith("{")) return "feed";
  const what = gzipped ? "a gzip file that holds no feed" : text.startsWith("[") ? "a JSON array" : undefined;
  if (what)
    throw new AppError(
      "BAD_INPUT",
      `${what}: give a feed (RSS, Atom, RDF, JSON Feed) or a list of feeds (one URL or path a line)`,
      { where: path },
    );
  return "list";
}

/**
 * What `orbit watch` is given → the feeds to poll: an http(s) URL is a feed; a file holding a feed (RSS, Atom, RDF or
 * JSON Feed) is one; any other file is a list of feeds (FEEDS.txt). Duplicates are read once.
 */
export async function feedsFromArguments(args: string[]): Promise<string[]> {
  const feeds: string[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) feeds.push(feedUrl(arg, arg));
    else if ((await fileKind(arg)) === "feed") feeds.push(resolve(arg));
    else feeds.push(...(await readFeedList(arg)));
  }
  return [...new Set(feeds)];
}
