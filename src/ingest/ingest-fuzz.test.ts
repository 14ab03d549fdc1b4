// Property tests: the feed parser, the JSONL reader and charset decoding never crash on any input; failures are AppErrors.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { test } from "node:test";
import fc from "fast-check";
import { FUZZ_SEED } from "../../test/fuzz/fuzz-harness.ts";
import { AppError, type SourceItem } from "../domain/index.ts";
import { decodeBytes, parseFeed, stdinSource } from "./index.ts";
import { notJsonl } from "./stdin-source.ts";

const RUNS = Number(process.env.ORBIT_FUZZ_RUNS ?? 300);
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url), "utf8");
const FEEDS = ["rss2.xml", "atom.xml", "rdf.xml", "truncated.xml"].map(fixture);

/** A real feed with a random cut, splice or insertion: the inputs a flaky server or a broken CMS actually produce. */
const mutatedFeed = fc
  .tuple(
    fc.constantFrom(...FEEDS),
    fc.nat(),
    fc.nat(),
    fc.oneof(fc.string(), fc.constantFrom("<", "</item>", "<![CDATA[", "&amp", "]]>", "<entry>", "\u0000", "&#xD800;")),
  )
  .map(([feed, a, b, insert]) => {
    const i = a % (feed.length + 1);
    const j = Math.min(feed.length, i + (b % 200));
    return feed.slice(0, i) + insert + feed.slice(j);
  });

const xmlish = fc.stringMatching(
  /^(<\/?(rss|channel|item|feed|entry|link|title|rdf:RDF)( href="[^"]*")?>|[^<]{0,20})*$/,
);

function onlyAppErrors(run: () => void): void {
  try {
    run();
  } catch (err) {
    assert.ok(err instanceof AppError, `not an AppError: ${err instanceof Error ? err.stack : String(err)}`);
  }
}

test(`feed parser: ${RUNS * 3} generated and mutated feeds, never a crash`, () => {
  for (const arb of [mutatedFeed, xmlish, fc.string({ unit: "binary" })]) {
    fc.assert(
      fc.property(arb, (text) =>
        onlyAppErrors(() => {
          const feed = parseFeed(text, "fuzz.xml");
          for (const item of feed.items) if (item.link) assert.match(item.link, /^https?:/);
        }),
      ),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
  }
});

test(`JSONL reader: ${RUNS} generated streams, every line becomes a document or an AppError naming stdin:LINE`, async () => {
  const line = fc.oneof(
    fc.json(),
    fc.string(),
    fc.record({ id: fc.oneof(fc.string(), fc.integer()), text: fc.string() }).map((r) => JSON.stringify(r)),
    fc
      .record({ id: fc.string(), html: fc.string(), published: fc.string() }, { requiredKeys: [] })
      .map((r) => JSON.stringify(r)),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.integer({ min: 1, max: 7 }), async (lines, chunk) => {
      const bytes = Buffer.from(lines.join("\n"));
      const pieces: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
      const items: SourceItem[] = [];
      for await (const item of stdinSource(Readable.from(pieces)).items()) items.push(item);
      // a stream that opens with markup (or a zip's or PDF's bytes) is one error naming stdin, whatever its lines
      if (notJsonl(bytes)) {
        assert.deepEqual(
          items.map((i) => ("error" in i ? [i.error.code, i.origin] : i)),
          [["BAD_INPUT", "stdin"]],
        );
        return;
      }
      const nonBlank = lines.flatMap((l) => l.split("\n")).filter((l) => l.trim()).length;
      assert.equal(items.length, nonBlank);
      for (const item of items) {
        if ("error" in item) {
          assert.ok(item.error instanceof AppError);
          assert.match(item.origin, /^stdin:\d+$/);
        } else assert.ok("doc" in item && item.doc.id && (item.doc.text ?? item.doc.html) !== undefined);
      }
    }),
    { numRuns: RUNS, seed: FUZZ_SEED },
  );
});

test(`charset decoding: ${RUNS} random byte strings, text or a BAD_INPUT AppError`, () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), fc.option(fc.string()), (bytes, contentType) =>
      onlyAppErrors(() => {
        const out = decodeBytes(bytes, { contentType: contentType ?? undefined });
        assert.equal(typeof out.text, "string");
      }),
    ),
    { numRuns: RUNS, seed: FUZZ_SEED },
  );
});
