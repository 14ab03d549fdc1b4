// A FEEDS.txt file → its feed URLs and paths (one a line, # comments); relative paths resolve against the file's folder.
import { dirname, isAbsolute, resolve } from "node:path";
import { AppError } from "../domain/index.ts";
import { readCapped } from "./read-capped.ts";

export async function readFeedList(path: string): Promise<string[]> {
  const text = (await readCapped(path, 4 * 1024 * 1024)).toString("utf8");
  const feeds: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw
      .replace(/^\uFEFF/, "")
      .replace(/\s+#.*$/, "")
      .trim();
    if (!line || line.startsWith("#")) return;
    if (/^https?:\/\//i.test(line)) {
      try {
        feeds.push(new URL(line).href);
      } catch {
        throw new AppError("BAD_INPUT", `not a valid URL: ${line}`, { where: `${path}:${i + 1}` });
      }
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line)) {
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
