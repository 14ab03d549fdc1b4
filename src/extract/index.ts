// Raw document (HTML page or page text) → Article: title, byline, dates, site, language, clean body, fingerprints.
import type { ExtractStage } from "../domain/index.ts";
import { extractArticle } from "./extract-article.ts";

export { type ExtractOptions, extractArticle } from "./extract-article.ts";
export { contentHash, hammingDistance, isNearDuplicate, simhash } from "./simhash.ts";

export const extractStage: ExtractStage = {
  name: "extract",
  run: (raw) => extractArticle(raw),
};
