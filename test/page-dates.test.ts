// A page from a site never seen, whose only date is a line of its text, gets that date as its publication date
// through orbit analyze: Serbian "3. marta 2025." and Kazakh "2025 жылғы 3 наурыз" (neither was read before session
// 16), Azerbaijani "2025-ci ilin 3 martında", Kazakh "2025 жылы 3 наурызда" and Uzbek "2025-yil 3-mart" (read since).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli } from "./run-cli.ts";

const page = (dateLine: string, paragraph: string) =>
  `<html><head><title>Vijesti</title></head><body><article><h1>Ministar: pregovori se nastavljaju</h1><div class="a9"><span>${dateLine}</span></div><div class="content"><p>${paragraph}</p><p>${paragraph}</p></div></article></body></html>`;

describe("orbit analyze: a date written only in the page's text", () => {
  it("reads Serbian, Kazakh, Azerbaijani and Uzbek dates as the article's published date", async () => {
    const docs = [
      {
        id: "sr",
        html: page(
          "3. marta 2025. u 14:20",
          "Ministar spoljnih poslova Srbije izjavio je da će se pregovori sa partnerima nastaviti u narednom periodu.",
        ),
      },
      {
        id: "kk",
        html: page(
          "2025 жылғы 3 наурыз",
          "Қазақстан Республикасының Президенті Астанада шетелдік елшілерді қабылдады, кездесуде ынтымақтастық талқыланды.",
        ),
      },
      {
        id: "kk-locative",
        html: page(
          "2025 жылы 4 наурызда",
          "Қазақстан Республикасының Президенті Астанада шетелдік елшілерді қабылдады, кездесуде ынтымақтастық талқыланды.",
        ),
      },
      {
        id: "az",
        html: page(
          "2025-ci ilin 5 martında",
          "Azərbaycanın xarici işlər naziri bildirib ki, tərəfdaşlarla danışıqlar yaxın vaxtlarda davam etdiriləcək.",
        ),
      },
      {
        id: "uz",
        html: page(
          "2025-yil 6-mart",
          "O'zbekiston tashqi ishlar vaziri hamkorlar bilan muzokaralar yaqin vaqtda davom etishini ma'lum qildi.",
        ),
      },
    ];
    const r = await runCli(["analyze"], { stdin: `${docs.map((d) => JSON.stringify(d)).join("\n")}\n` });
    assert.equal(r.code, 0, r.stderr);
    const published = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .map((o) => [o.id, o.article.published]);
    assert.deepEqual(published, [
      ["sr", "2025-03-03"],
      ["kk", "2025-03-03"],
      ["kk-locative", "2025-03-04"],
      ["az", "2025-03-05"],
      ["uz", "2025-03-06"],
    ]);
  });
});
