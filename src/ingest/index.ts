// Files, folders, stdin JSONL, feeds and URLs → Sources of RawDocuments (with per-document errors), plus charset decoding.

export { isForbiddenAddress } from "./address-guard.ts";
export { bomCharset, type Decoded, type DecodeHints, decodeBytes, isValidUtf8 } from "./decode-bytes.ts";
export { feedsFromArguments, readFeedList } from "./feed-list.ts";
export { type FeedSourceOptions, feedSource } from "./feed-source.ts";
export { Fetcher, type FetcherOptions, type FetchResult } from "./fetcher.ts";
export { type GdeltParseResult, parseGdelt, parseGdeltLine } from "./gdelt-events.ts";
export { readGdeltFile } from "./gdelt-files.ts";
export { type FeedItem, type ParsedFeed, parseFeed, parseFetchedFeed } from "./parse-feed.ts";
export { type PathSourceOptions, pathSource } from "./path-source.ts";
export { parseRobots, robotsAllows } from "./robots-txt.ts";
export { stdinSource } from "./stdin-source.ts";
export { BUNDLED_UNGA_DIR, hasVoteFiles, readIdealPointsFile, readUngaDir, type UngaImport } from "./unga-files.ts";
export type { IdealPoint } from "./unga-votes.ts";
export { concatSources, fetcherFor, type UrlSourceOptions, urlSource } from "./url-source.ts";
export { ValidatorCache, type Validators } from "./validator-cache.ts";
export { loadValidatorCache, saveValidatorCache } from "./validator-store.ts";
