import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { decodeBytes } from "./index.ts";

const RU = "Министр иностранных дел России заявил, что Москва готова продолжить переговоры с Баку и Ереваном.";
const UK = "Міністр закордонних справ України заявив, що Київ готовий продовжити переговори з партнерами.";
const FR = "Le ministre français a déclaré que l'Union européenne était prête à négocier à Bruxelles.";
const TR = "Dışişleri Bakanı, Türkiye'nin Azerbaycan ile işbirliğini güçlendireceğini söyledi.";
const page = (body: string, head = "") => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

test("BOMs win: UTF-8, UTF-16LE, UTF-16BE", () => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]);
  assert.deepEqual({ ...decodeBytes(utf8), text: decodeBytes(utf8).text }, { text: RU, charset: "utf-8", via: "bom" });
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RU, "utf-16le")]);
  assert.equal(decodeBytes(le).text, RU);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(UK, "utf-16be")]);
  assert.equal(decodeBytes(be).text, UK);
});

test("HTTP header charset, then <meta charset>, then <meta http-equiv>", () => {
  const html = page(RU);
  const r1 = decodeBytes(iconv.encode(html, "koi8-r"), { contentType: "text/html; charset=KOI8-R" });
  assert.equal(r1.text, html);
  assert.deepEqual([r1.charset, r1.via], ["koi8-r", "header"]);
  const withMeta = page(RU, '<meta charset="windows-1251">');
  const r2 = decodeBytes(iconv.encode(withMeta, "win1251"));
  assert.deepEqual([r2.text, r2.charset, r2.via], [withMeta, "windows-1251", "meta"]);
  const equiv = page(FR, '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">');
  const r3 = decodeBytes(iconv.encode(equiv, "latin1"));
  assert.deepEqual([r3.text, r3.charset, r3.via], [equiv, "windows-1252", "meta"]);
});

test("undeclared 8-bit pages are sniffed: windows-1251, KOI8-R, KOI8-U, windows-1252, windows-1254", () => {
  const cases: [string, string][] = [
    [RU, "windows-1251"],
    [UK, "windows-1251"],
    [RU, "koi8-r"],
    [UK, "koi8-u"],
    [FR, "windows-1252"],
    [TR, "windows-1254"],
    // Turkish İ lower-cases to two code points (i and a combining dot) and is still a Turkish letter: read as
    // iso-8859-2, "İran Cumhurbaşkanı" becomes "Ýran Cumhurbaţkaný", whose Ý and ý a Czech alphabet holds
    ["İran Cumhurbaşkanı İstanbul'da İngiliz mevkidaşıyla bir araya geldi.", "windows-1254"],
  ];
  for (const [text, charset] of cases) {
    const got = decodeBytes(iconv.encode(page(text), charset));
    assert.equal(got.text, page(text), `${charset}: ${got.charset}`);
    assert.equal(got.via, "sniffed");
  }
});

test("undeclared Central European pages are told from Western ones by their letters: iso-8859-2 and windows-1250", () => {
  const cases: [string, string][] = [
    // Hungarian differs from windows-1252 only in ő and ű (read there as õ and û)
    [
      "A szóvivő szerint a küldöttség csütörtökön érkezik, és a tárgyalások a hűtőházak jövőjéről szólnak.",
      "iso-8859-2",
    ],
    ["Az erőmű bővítéséről szerdán döntött a testület, közölte a műszaki igazgató.", "iso-8859-2"],
    ["Mluvčí úřadu ve čtvrtek řekl, že jednání o dodávkách plynu budou pokračovat příští týden.", "iso-8859-2"],
    ["Rzecznik rządu poinformował w piątek, że rozmowy w sprawie źródeł energii będą kontynuowane.", "iso-8859-2"],
    [
      "Purtătorul de cuvânt a declarat vineri că negocierile privind gazul vor continua săptămâna viitoare.",
      "iso-8859-2",
    ],
    ["Mluvčí ministerstva v pondělí uvedl, že Šumava a Žatec dostanou peníze na opravy silnic.", "windows-1250"],
    ["Rzecznik powiedział, że Śląsk i Łódź otrzymają środki z funduszu, a źródła to potwierdziły.", "windows-1250"],
    // Western and Turkish pages stay as they were read
    [FR, "windows-1252"],
    [
      "Der Sprecher sagte am Dienstag, die Gespräche über Lieferungen würden fortgesetzt, Österreich zögere.",
      "windows-1252",
    ],
    [
      "El portavoz afirmó el jueves que las negociaciones serán difíciles, según fuentes del Ministerio.",
      "windows-1252",
    ],
    ["O porta-voz disse que as negociações e as posições do governo não mudarão após as eleições.", "windows-1252"],
    ["Il portavoce ha detto che l'accordo è pronto, ma la decisione spetterà al governo.", "windows-1252"],
    [TR, "windows-1254"],
  ];
  for (const [text, charset] of cases) {
    const got = decodeBytes(iconv.encode(page(text), charset));
    assert.equal(got.text, page(text), `${charset} read as ${got.charset}`);
  }
});

test("a lying declaration is overruled: UTF-8 bytes declared latin1, 1251 bytes declared UTF-8 or KOI8-R", () => {
  const utf8Lie = decodeBytes(Buffer.from(page(RU, '<meta charset="iso-8859-1">')));
  assert.match(utf8Lie.text, /Министр/);
  assert.deepEqual([utf8Lie.charset, utf8Lie.overruled], ["utf-8", "windows-1252"]);
  const cp = iconv.encode(page(RU), "win1251");
  const saysUtf8 = decodeBytes(cp, { contentType: "text/html; charset=utf-8" });
  assert.equal(saysUtf8.text, page(RU));
  assert.equal(saysUtf8.charset, "windows-1251");
  const saysKoi = decodeBytes(cp, { contentType: "text/html; charset=koi8-r" });
  assert.equal(saysKoi.text, page(RU));
  assert.deepEqual([saysKoi.charset, saysKoi.overruled], ["windows-1251", "koi8-r"]);
});

test("Baltic text declared windows-1252 or ISO-8859-1, the commonest lie, is read in its own charset", () => {
  // two paragraphs of Latvian in windows-1257 under <meta charset="windows-1252"> were read as "Ârlietu ... paziòoja":
  // the right reading was ahead, but by less than the quarter of its score asked; a lie to windows-1252 gives letters,
  // not signs, so a tenth is asked now
  const latvian =
    "<p>Ārlietu ministrs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu un palielinās palīdzību.</p>" +
    "<p>Valdība ceturtdien apstiprināja jaunu likumu par robežas drošību un nosūtīja to Saeimai.</p>";
  for (const label of ["windows-1252", "iso-8859-1"]) {
    const html = `<html><head><meta charset="${label}"><title>Ziņas</title></head><body>${latvian}</body></html>`;
    const got = decodeBytes(iconv.encode(html, "windows-1257"));
    assert.equal(got.text, html);
    assert.deepEqual([got.charset, got.overruled], ["windows-1257", "windows-1252"]);
  }
  // a true windows-1252 declaration of a short French page stands
  const french = '<html><head><meta charset="windows-1252"></head><body><p>Sûreté nationale</p></body></html>';
  assert.equal(decodeBytes(iconv.encode(french, "windows-1252")).charset, "windows-1252");
});

test("an honest declaration of a pure-ASCII page and unknown labels are handled", () => {
  const ascii = Buffer.from(page("Plain ASCII news.", '<meta charset="x-unknown-charset">'));
  assert.equal(decodeBytes(ascii).text, page("Plain ASCII news.", '<meta charset="x-unknown-charset">'));
});

test("binary data is refused with BAD_INPUT naming the source", () => {
  const bin = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02]);
  assert.throws(
    () => decodeBytes(bin, { where: "https://example.test/x.zip" }),
    (e: Error & { code?: string }) => e.code === "BAD_INPUT" && /example\.test\/x\.zip: binary/.test(e.message),
  );
});

test("a real page with a few stray NULs deep inside is text; NULs near the start or in bulk are binary", () => {
  const html = Buffer.from(page("Parliament met on Tuesday.", '<meta charset="utf-8">'.padEnd(3000, " ")));
  const stray = Buffer.concat([html, Buffer.alloc(10), Buffer.from("\n</div>".repeat(2000))]);
  assert.match(decodeBytes(stray).text, /Parliament met/);
  const early = Buffer.concat([Buffer.from("<html>"), Buffer.from([0, 0]), html]);
  assert.throws(() => decodeBytes(early), /binary/);
  const bulk = Buffer.concat([html, Buffer.alloc(200), Buffer.from("</div>".repeat(10))]);
  assert.throws(() => decodeBytes(bulk), /binary/);
});

test("a declared multi-byte charset is not overruled by an 8-bit sniff", () => {
  const chinese = iconv.encode(
    '<html><head><meta charset="gb2312"></head><body>外交部长今天会见了俄罗斯大使。</body></html>',
    "gb2312",
  );
  const decoded = decodeBytes(chinese);
  assert.equal(decoded.charset, "gb2312");
  assert.match(decoded.text, /外交部长/);
});

test("a <head> that opens with 20 KB of script: its later <meta charset> is read, and an undeclared page is sniffed on its text", () => {
  const script = `<script>${"window.dataLayer.push({event: 'view'});".repeat(500)}</script>`;
  const tr = iconv.encode(page(TR, `${script}<meta charset="windows-1254">`), "windows-1254");
  assert.ok(tr.indexOf("<meta") > 16384);
  assert.deepEqual([decodeBytes(tr).charset, decodeBytes(tr).via], ["windows-1254", "meta"]);
  assert.ok(decodeBytes(tr).text.includes(TR));
  // undeclared: judged on the words with bytes over 0x7f, not on the script before them
  const bare = iconv.encode(page(TR, script), "windows-1254");
  assert.ok(decodeBytes(bare).text.includes(TR), decodeBytes(bare).charset);
  // a <meta> in the body is no declaration, however far down
  const inBody = iconv.encode(page(`${script}${RU}<meta charset="windows-1252">`), "windows-1251");
  assert.ok(decodeBytes(inBody).text.includes(RU), decodeBytes(inBody).charset);
});

test("an undeclared page whose only high byte before 20 KB of script is a stray no-break space or '©' is judged on its words", () => {
  const script = `<script>${"window.dataLayer.push({event: 'view'});".repeat(500)}</script>`;
  const cases: [string, string, string][] = [
    [RU, "koi8-r", "<title>News\u00a0site</title>"],
    [RU, "windows-1251", '<meta name="copyright" content="\u00a9 2025">'],
    [UK, "koi8-u", '<meta name="copyright" content="\u00a9 2025">'],
    [TR, "windows-1254", "<title>Haber\u00a0sitesi</title>"],
  ];
  for (const [text, charset, stray] of cases) {
    const decoded = decodeBytes(iconv.encode(page(text, stray + script), charset));
    assert.ok(decoded.text.includes(text), `${charset} read as ${decoded.charset}`);
  }
});

test("an undeclared latin-1 page in French is not read as iso-8859-2, whose letters its guillemets would be", () => {
  const quoted = `${FR} « Nous appelons à la retenue », a dit le porte-parole à Paris.`;
  for (const charset of ["latin1", "windows-1252"]) {
    const decoded = decodeBytes(iconv.encode(page(quoted), charset));
    assert.ok(decoded.text.includes(quoted), `${charset} read as ${decoded.charset}`);
  }
  // a "©" in the footer is a symbol pages carry, not the letter "Š" of iso-8859-2
  const tr = decodeBytes(iconv.encode(page(`${TR} \u00a9 2025 Haber Ajansı`), "windows-1254"));
  assert.ok(tr.text.includes(TR), `windows-1254 read as ${tr.charset}`);
});

test("a UTF-8 page with a stray latin-1 byte stays UTF-8, declared or not, while real 8-bit pages are still sniffed", () => {
  // a template's lone no-break space (0xA0 in latin-1) before the article
  const withStray = (head: string) =>
    Buffer.concat([
      Buffer.from(`<html><head>${head}</head><body><p>`),
      Buffer.from([0xa0]),
      Buffer.from(`${RU}</p></body></html>`),
    ]);
  const declared = decodeBytes(withStray('<meta charset="utf-8">'));
  assert.match(declared.text, /Министр иностранных дел России/);
  assert.equal(declared.charset, "utf-8");
  const undeclared = decodeBytes(withStray(""));
  assert.match(undeclared.text, /Министр иностранных дел России/);
  assert.equal(undeclared.charset, "utf-8");
  // an 8-bit page of several Ukrainian and Russian sentences never looks mostly UTF-8, even where a capital and 'і'
  // happen to form a valid two-byte sequence
  const cp = iconv.encode(page(`${UK} ІНФОРМАЦІЯ ПРО МІНІСТРА. ${RU}`), "win1251");
  assert.equal(decodeBytes(cp).charset, "windows-1251");
  assert.equal(decodeBytes(cp, { contentType: "text/html; charset=utf-8" }).charset, "windows-1251");
  assert.equal(decodeBytes(iconv.encode(page(RU), "koi8-r")).charset, "koi8-r");
});
