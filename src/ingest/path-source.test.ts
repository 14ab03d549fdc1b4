import assert from "node:assert/strict";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { zipOf } from "../../test/zip-of.ts";
import type { AppError, SourceItem } from "../domain/index.ts";
import { pathSource } from "./index.ts";
import { unpackDocument } from "./unpack-document.ts";

let dir: string;

async function collect(paths: string[], maxBytes?: number, maxUnpackedBytes?: number): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of pathSource(paths, { maxBytes, maxUnpackedBytes }).items()) out.push(item);
  return out;
}
const docs = (items: SourceItem[]) => items.flatMap((i) => ("doc" in i ? [i.doc] : []));
const errors = (items: SourceItem[]) => items.flatMap((i) => ("error" in i ? [i] : []));
const skips = (items: SourceItem[]) => items.flatMap((i) => ("skipped" in i ? [i] : []));
/** The warning on a page read up to this file's 1024-byte cap. */
const READ_IN_PART =
  "the file is larger than the 0.0 MB size cap: only its first 0.0 MB were read, and anything after that was dropped";

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "orbit-path-"));
  await mkdir(join(dir, "tree", "sub"), { recursive: true });
  await writeFile(join(dir, "tree", "a.html"), "<html><body><p>Moscow and Baku signed a deal.</p></body></html>");
  await writeFile(join(dir, "tree", "sub", "b.txt"), "Astana hosted talks on Tuesday.");
  await writeFile(join(dir, "tree", "sub", "noext"), "<!doctype html><html><body><p>Sniffed as HTML</p></body></html>");
  await writeFile(join(dir, "tree", "plain"), "Just words without any markup at all.");
  await writeFile(join(dir, "tree", "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  await writeFile(
    join(dir, "batch.jsonl"),
    [
      '{"id":"x1","text":"Ankara condemned the strike.","published":"2025-01-02","url":"https://e.org/1"}',
      "",
      "{not json",
      '{"id":"x3","title":"no body"}',
      '{"text":"No id here, so the path and line name it."}',
      '{"id":"x5","html":"   "}',
      '["an", "array"]',
    ].join("\n"),
  );
  await writeFile(join(dir, "one.json"), JSON.stringify({ id: "j1", html: "<p>one</p>" }));
  await writeFile(join(dir, "many.json"), JSON.stringify([{ id: "m1", text: "first" }, { text: 5 }]));
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "blank.html"), "  \n\t ");
  const bin = Buffer.alloc(1000);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919) % 256;
  await writeFile(join(dir, "binary.txt"), bin);
  await writeFile(
    join(dir, "cp1251.html"),
    iconv.encode("<p>Москва и Баку подписали соглашение о газе.</p>", "win1251"),
  );
  await writeFile(join(dir, "big.txt"), "Moscow and Baku signed a gas deal. ".repeat(60));
  await writeFile(
    join(dir, "big.json"),
    JSON.stringify({ id: "b", text: "Moscow and Baku signed a gas deal. ".repeat(60) }),
  );
});
after(() => rm(dir, { recursive: true, force: true }));

test("walks folders recursively, by extension and by sniffing, ids relative to the root, skipping images", async () => {
  const items = await collect([join(dir, "tree")]);
  assert.deepEqual(errors(items), []);
  const byId = new Map(docs(items).map((d) => [d.id, d]));
  assert.deepEqual([...byId.keys()].sort(), ["a.html", "plain", "sub/b.txt", "sub/noext"]);
  assert.match(byId.get("a.html")!.html!, /signed a deal/);
  assert.equal(byId.get("sub/b.txt")!.text, "Astana hosted talks on Tuesday.");
  assert.match(byId.get("sub/noext")!.html!, /Sniffed/);
  assert.ok(byId.get("plain")!.text);
  assert.equal(byId.get("a.html")!.origin, join(dir, "tree", "a.html"));
});

test("JSONL: one document per line, errors name path:line, the batch goes on", async () => {
  const path = join(dir, "batch.jsonl");
  const items = await collect([path]);
  const d = docs(items);
  assert.deepEqual(
    d.map((x) => x.id),
    ["x1", "batch.jsonl:5"],
  );
  assert.equal(d[0]!.published, "2025-01-02");
  assert.equal(d[0]!.url, "https://e.org/1");
  assert.equal(d[0]!.origin, `${path}:1`);
  const errs = errors(items);
  assert.deepEqual(
    errs.map((e) => e.origin),
    [`${path}:3`, `${path}:4`, `${path}:6`, `${path}:7`],
  );
  assert.match(errs[0]!.error.message, /batch\.jsonl:3: invalid JSON/);
  assert.match(errs[1]!.error.message, /no "text" or "html"/);
  assert.match(errs[2]!.error.message, /empty document/);
  assert.ok(errs.every((e) => e.error.code === "BAD_INPUT"));
});

test("JSON files hold one document or an array of them", async () => {
  const items = await collect([join(dir, "one.json"), join(dir, "many.json")]);
  assert.deepEqual(
    docs(items).map((d) => d.id),
    ["j1", "m1"],
  );
  assert.equal(errors(items).length, 1);
  assert.match(errors(items)[0]!.error.message, /many\.json\[1\]: "text" must be a string, not a number \(5\)/);
});

test("missing, empty, blank, binary and oversized files each give a clear error; good files still come through", async () => {
  const paths = ["missing.txt", "empty.txt", "blank.html", "binary.txt", "big.json", "big.txt", "cp1251.html"].map(
    (p) => join(dir, p),
  );
  const items = await collect(paths, 1024);
  const errs = errors(items);
  assert.deepEqual(
    errs.map((e) => e.error.code),
    ["NOT_FOUND", "BAD_INPUT", "BAD_INPUT", "BAD_INPUT", "TOO_LARGE"],
  );
  errs.forEach((e, i) => {
    assert.equal(e.origin, paths[i]);
    assert.ok(e.error.message.includes(paths[i]!), e.error.message);
  });
  assert.match(errs[3]!.error.message, /binary/);
  // a page (text or HTML) over the cap is read up to it with a warning, as a fetched page is at the download cap;
  // JSON cut anywhere would not parse, so big.json is refused
  assert.deepEqual(
    docs(items).map((d) => [d.text?.length ?? d.html, d.warnings]),
    [
      [
        1024,
        [
          "the file is larger than the 0.0 MB size cap: only its first 0.0 MB were read, and anything after that was dropped",
        ],
      ],
      ["<p>Москва и Баку подписали соглашение о газе.</p>", undefined],
    ],
  );
});

test("a UTF-8 page over the cap cut inside a character stays UTF-8: the split character is left off", async () => {
  // the cap falls after the first byte of a ’: with it, the page was not UTF-8 and read as windows-1252 ("Russiaâ€™s")
  const lead = "<p>Russia’s foreign minister met his Turkish counterpart — talks went on.</p><p>";
  const page = `${lead}${"x".repeat(1024 - Buffer.byteLength(lead) - 1)}’ and more</p>`;
  await writeFile(join(dir, "cut-in-a-character.html"), page);
  const [doc] = docs(await collect([join(dir, "cut-in-a-character.html")], 1024));
  assert.equal(doc!.html, page.slice(0, page.lastIndexOf("’")));
});

test("unreadable folder entries (symlink loop, permission denied) are reported and the walk goes on", async () => {
  const root = join(dir, "locked");
  await mkdir(join(root, "closed"), { recursive: true });
  await writeFile(join(root, "closed", "secret.txt"), "hidden");
  await writeFile(join(root, "ok.txt"), "readable text");
  await symlink(join(root, "loop"), join(root, "loop"));
  await chmod(join(root, "closed"), 0o000);
  try {
    const items = await collect([root]);
    assert.deepEqual(
      docs(items).map((d) => d.id),
      process.getuid?.() === 0 ? ["closed/secret.txt", "ok.txt"] : ["ok.txt"],
    );
    const errs = errors(items);
    assert.ok(errs.some((e) => e.origin === join(root, "loop") && /symbolic link loop/.test(e.error.message)));
    // root ignores permissions, so the EACCES case can only be checked as an ordinary user.
    if (process.getuid?.() !== 0) {
      assert.ok(errs.some((e) => e.error.code === "UNREADABLE" && /permission denied/.test(e.error.message)));
    }
  } finally {
    await chmod(join(root, "closed"), 0o755);
  }
});

test("packed: HTML, text and JSONL pages stay undecoded bytes in shared memory and decode to the same items", async () => {
  await writeFile(join(dir, "blank.html"), " \n\t ");
  const paths = [join(dir, "tree"), join(dir, "batch.jsonl"), join(dir, "one.json"), join(dir, "blank.html")];
  const packed: SourceItem[] = [];
  for await (const item of pathSource(paths, { packed: true }).items()) packed.push(item);
  const kinds = docs(packed).map((d) => (d.packed?.bytes.buffer instanceof SharedArrayBuffer ? d.packed.kind : "read"));
  // 4 pages of the tree, 7 lines (the blank one skipped), the blank file; the JSON file is read here.
  assert.deepEqual(kinds.sort(), [
    ...Array(3).fill("html"),
    ...Array(6).fill("jsonl"),
    "read",
    ...Array(2).fill("text"),
  ]);
  const unpacked = packed.map((item): SourceItem => {
    if (!("doc" in item)) return item;
    try {
      return { doc: unpackDocument(item.doc) };
    } catch (err) {
      return { error: err as AppError, origin: item.doc.origin ?? item.doc.id };
    }
  });
  assert.deepEqual(unpacked, await collect(paths));
});

test("gzip files are read as what they hold; archives, PDFs, images, empty files in a folder are skipped, saying why", async () => {
  const root = join(dir, "mixed");
  await mkdir(root);
  const page = "<html><body><p>Tbilisi and Yerevan opened the border crossing.</p></body></html>";
  await writeFile(join(root, "a.html.gz"), gzipSync(page));
  await writeFile(join(root, "docs.jsonl.gz"), gzipSync('{"id":"g1","text":"Baku protested."}\n{broken\n'));
  await writeFile(join(root, "page.gz"), gzipSync(page.replace("Tbilisi", "Ankara")));
  // over the 1024-byte cap once unpacked: a page is read up to it with a warning, as a plain page file is (it was
  // refused until session 16); JSON cut anywhere would not parse, so it is refused, unpacked no further than the cap
  await writeFile(join(root, "big.html.gz"), gzipSync(`<p>${"a".repeat(4000)}</p>`));
  await writeFile(join(root, "bomb.json.gz"), gzipSync(`{"text":"${"a".repeat(4000)}"}`));
  await writeFile(join(root, "cut.html.gz"), gzipSync(page).subarray(0, 20));
  await writeFile(join(root, "c.zip"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]));
  await writeFile(join(root, "c.7z"), Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]));
  await writeFile(join(root, "d.pdf"), "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n");
  await writeFile(join(root, "e.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await writeFile(join(root, "site.css"), "body { color: red }");
  await writeFile(join(root, "empty.html"), "");
  await writeFile(join(root, "blob"), Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9]));
  await writeFile(join(root, ".DS_Store"), Buffer.from([0, 0, 0, 1]));
  // Over the 1024-byte cap of this test: what a file is decides before its size, so these are skipped, not failures.
  await writeFile(join(root, "report.pdf"), `%PDF-1.7\n${"x".repeat(2000)}`);
  await writeFile(join(root, "clip.mp4"), Buffer.alloc(4000, 7));
  const tar = Buffer.alloc(4096);
  tar.write("ustar", 257);
  await writeFile(join(root, "backup.tar.gz"), gzipSync(tar));
  const items = await collect([root], 1024);
  assert.deepEqual(
    docs(items).map((d) => [d.id, d.html ?? d.text]),
    [
      ["a.html", page],
      ["big.html", `<p>${"a".repeat(1021)}`],
      ["g1", "Baku protested."],
      ["page", page.replace("Tbilisi", "Ankara")],
    ],
  );
  assert.deepEqual(
    docs(items)
      .filter((d) => d.warnings)
      .map((d) => [d.id, d.warnings]),
    [["big.html", [READ_IN_PART]]],
  );
  assert.deepEqual(
    errors(items).map((e) => [e.origin.slice(root.length + 1), e.error.code]),
    [
      ["bomb.json.gz", "TOO_LARGE"],
      ["c.zip", "BAD_INPUT"],
      ["cut.html.gz", "BAD_INPUT"],
      ["docs.jsonl.gz:2", "BAD_INPUT"],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
  );
  const messages = errors(items).map((e) => e.error.message);
  assert.ok(
    messages.some((m) => /bomb\.json\.gz: unpacks to more than the 0\.0 MB size cap/.test(m)),
    messages.join("\n"),
  );
  assert.ok(
    messages.some((m) => /cut\.html\.gz: corrupt or truncated gzip data/.test(m)),
    messages.join("\n"),
  );
  assert.ok(
    messages.some((m) => /c\.zip: corrupt or truncated zip archive/.test(m)),
    messages.join("\n"),
  );
  assert.deepEqual(
    skips(items).map((k) => [k.origin.slice(root.length + 1), k.skipped.split(/[:,]/)[0]]),
    [
      ["backup.tar.gz", "a tar archive"],
      ["blob", "binary data"],
      ["c.7z", "a 7-Zip archive"],
      ["clip.mp4", "binary data"],
      ["d.pdf", "a PDF document"],
      ["e.png", "an image"],
      ["empty.html", "empty file"],
      ["report.pdf", "a PDF document"],
      ["site.css", "a style sheet"],
    ],
  );
  // Named on the command line, a file that is no document is a failure: the user asked for it.
  const named = await collect([join(root, "c.7z"), join(root, "empty.html")]);
  assert.deepEqual(
    named.map((i) => ("error" in i ? i.error.message : "not an error")),
    [
      `${join(root, "c.7z")}: a 7-Zip archive: unpack it first (Orbit reads HTML, text, JSONL and feed files, gzipped, zipped or not)`,
      `${join(root, "empty.html")}: empty document (0 bytes)`,
    ],
  );
});

test("XML that is no feed and no page (a sitemap, a config) in a folder is skipped saying why; feeds and XHTML pages are read", async () => {
  const root = join(dir, "xml");
  await mkdir(root);
  const urlset =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/a</loc></url></urlset>';
  await writeFile(join(root, "sitemap.xml"), urlset);
  await writeFile(
    join(root, "sitemap-index.xml.gz"),
    gzipSync('<?xml version="1.0"?><sitemapindex><sitemap/></sitemapindex>'),
  );
  await writeFile(join(root, "settings"), '<?xml version="1.0"?><config><k>v</k></config>');
  await writeFile(
    join(root, "news.xml"),
    '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0"><channel><title>N</title><item><link>https://x.example/n</link><description>Baku protested.</description></item></channel></rss>',
  );
  await writeFile(
    join(root, "page"),
    '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Ankara</p></body></html>',
  );
  // An XHTML page saved as .xml: its <html> root makes it a page, not a feed that fails.
  await writeFile(
    join(root, "saved.xml"),
    '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Baku</p></body></html>',
  );
  const items = await collect([root]);
  assert.deepEqual(
    skips(items).map((k) => [k.origin.slice(root.length + 1), k.skipped]),
    [
      ["settings", "XML whose root is <config>, neither a feed nor a page: not an article"],
      ["sitemap-index.xml.gz", "an XML sitemap: not an article"],
      ["sitemap.xml", "an XML sitemap: not an article"],
    ],
  );
  assert.deepEqual(errors(items), []);
  assert.deepEqual(
    docs(items)
      .map((d) => d.id)
      .sort(),
    ["https://x.example/n", "page", "saved.xml"],
  );
  // Named on the command line, it is a failure with the same reason.
  const named = await collect([join(root, "sitemap.xml")]);
  assert.deepEqual(
    named.map((i) => ("error" in i ? i.error.message : "not an error")),
    [`${join(root, "sitemap.xml")}: an XML sitemap: not an article`],
  );
});

test("a zip archive is read file by file as a folder is; bombs, corrupt files and nested archives are named", async () => {
  const root = join(dir, "zips");
  await mkdir(root);
  const page = "<html><body><p>Tbilisi and Yerevan opened the border crossing.</p></body></html>";
  await writeFile(
    join(root, "saved.zip"),
    await zipOf({
      "site/a.html": page,
      "site/b.txt": "Ankara protested.",
      "docs.jsonl": '{"id":"z1","text":"Baku protested."}\n{broken\n',
      "site/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      "site/empty.html": "",
      "__MACOSX/site/._a.html": "x",
      "inner.zip": await zipOf({ "c.html": page }),
      // over the 1024-byte cap: the page is read up to it with a warning, the JSON refused
      "big.html": `<p>${"a".repeat(2000)}</p>`,
      "bomb.json": `{"text":"${"a".repeat(1500)}"}`,
    }),
  );
  const nine = Object.fromEntries([..."abcdefghi"].map((c) => [`${c}.txt`, c.repeat(900)]));
  await writeFile(join(root, "many.zip"), await zipOf(nine));
  await writeFile(join(root, "none.zip"), await zipOf({}));
  const items = await collect([root], 1024, 6000);
  assert.deepEqual(
    docs(items).map((d) => [d.id, d.html ?? d.text]),
    [
      // Files before the archive passes its cap come through, as lines of a capped JSONL stream do.
      ...[..."abcdef"].map((c) => [`many.zip/${c}.txt`, c.repeat(900)]),
      ["saved.zip/site/a.html", page],
      ["saved.zip/site/b.txt", "Ankara protested."],
      ["z1", "Baku protested."],
      ["saved.zip/big.html", `<p>${"a".repeat(1021)}`],
    ],
  );
  assert.deepEqual(
    docs(items)
      .filter((d) => d.warnings)
      .map((d) => [d.id, d.warnings]),
    [["saved.zip/big.html", [READ_IN_PART]]],
  );
  const at = (origin: string) => origin.slice(root.length + 1);
  assert.deepEqual(
    errors(items).map((e) => [at(e.origin), e.error.message.slice(e.error.message.indexOf(": ") + 2)]),
    [
      ["many.zip", "the files in the zip archive unpack to more than the 0.0 MB size cap"],
      ["saved.zip/docs.jsonl:2", "invalid JSON: Expected property name or '}' in JSON at position 1"],
      ["saved.zip/bomb.json", "unpacks to more than the 0.0 MB size cap"],
    ],
  );
  assert.deepEqual(
    skips(items).map((k) => [at(k.origin), k.skipped]),
    [
      ["none.zip", "a zip archive with no files in it"],
      ["saved.zip/site/logo.png", "an image, not a document"],
      ["saved.zip/site/empty.html", "empty file"],
      ["saved.zip/inner.zip", "an archive inside a zip archive: unpack it first"],
    ],
  );
});

test("a gzipped JSONL stream is capped in all as well as by line: lines before the cap come through", async () => {
  const path = join(dir, "many.jsonl.gz");
  const line = (i: number) => JSON.stringify({ id: `n${i}`, text: `Astana hosted talks number ${i}.` });
  await writeFile(path, gzipSync(Array.from({ length: 3000 }, (_, i) => line(i)).join("\n")));
  const items = await collect([path], undefined, 50_000);
  const got = docs(items).length;
  assert.ok(got > 100 && got < 3000, `${got} lines read before the cap`);
  assert.deepEqual(
    errors(items).map((e) => e.error.code),
    ["TOO_LARGE"],
  );
  assert.match(errors(items)[0]!.error.message, /many\.jsonl\.gz: unpacks to more than the 0\.0 MB size cap/);
});

test("a JSON Feed file is read as a feed: each item with content is a document", async () => {
  const path = join(dir, "wire.json");
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    home_page_url: "https://wire.example/",
    items: [
      { id: "1", url: "/a", title: "A", content_text: "Baku protested.", date_published: "2025-08-01T10:00:00Z" },
      { id: "2", url: "/b" },
    ],
  };
  await writeFile(path, JSON.stringify(feed));
  const items = await collect([path]);
  assert.deepEqual(
    docs(items).map((d) => [d.id, d.html, d.title, d.published]),
    [["https://wire.example/a", "<p>Baku protested.</p>", "A", "2025-08-01T10:00:00Z"]],
  );
  assert.match(errors(items)[0]!.error.message, /wire\.json#2: feed item has no content or summary/);
});

test('feed items with no link are named by their feed and id, so two feeds\' item "1" are two documents', async () => {
  const feed = (text: string, id: string) =>
    JSON.stringify({ version: "https://jsonfeed.org/version/1.1", items: [{ id, content_text: text }] });
  await mkdir(join(dir, "feeds"));
  await writeFile(join(dir, "feeds", "a.json"), feed("Baku protested.", "1"));
  await writeFile(join(dir, "feeds", "b.json"), feed("Tbilisi protested.", "1"));
  await writeFile(join(dir, "feeds", "c.json"), feed("Minsk protested.", "urn:uuid:4a1c"));
  const items = await collect([join(dir, "feeds")]);
  assert.deepEqual(
    docs(items).map((d) => [d.id, d.html]),
    [
      ["a.json#id=1", "<p>Baku protested.</p>"],
      ["b.json#id=1", "<p>Tbilisi protested.</p>"],
      ["urn:uuid:4a1c", "<p>Minsk protested.</p>"],
    ],
  );
});

test("a feed file's item with no text of its own names why its link is not read either, and what does read it", async () => {
  const path = join(dir, "links.atom");
  await writeFile(
    path,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/"><title>t</title>
<entry xml:base="2025/"><id>urn:1</id><title>A</title><link href="a"/></entry>
<entry><id>urn:2</id><title>B</title><link href="https://wire.example/b"/></entry>
<entry><id>urn:3</id><title>C</title></entry></feed>`,
  );
  const messages = errors(await collect([path])).map((e) => e.error.message);
  assert.match(
    messages[0]!,
    /links\.atom#1: feed item has no content or summary; its link "a" is relative, and the file gives no absolute address/,
  );
  assert.match(
    messages[1]!,
    /links\.atom#2: .*not the pages it links to \(https:\/\/wire\.example\/b\): orbit watch .*links\.atom --once fetches them/,
  );
  assert.match(messages[2]!, /links\.atom#3: feed item has no content or summary$/);
});
