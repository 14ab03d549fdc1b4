// Files, folders, stdin JSONL, feeds and URLs → Sources of RawDocuments (with per-document errors), plus charset decoding.
export { type Decoded, type DecodeHints, decodeBytes, isValidUtf8 } from "./decode-bytes.ts";
export { type FeedItem, type ParsedFeed, parseFeed } from "./parse-feed.ts";
export { type PathSourceOptions, pathSource } from "./path-source.ts";
export { stdinSource } from "./stdin-source.ts";
