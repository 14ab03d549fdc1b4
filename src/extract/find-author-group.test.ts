import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { parseFastDom } from "./fast-dom.ts";
import { bylineFromPage } from "./find-author.ts";
import { nameListKeys } from "./find-author-group.ts";

const body = "<p>Text of the article, long enough to be read as one.</p>";
const pages = (html: string) => [
  (parseHTML(`<html><body>${html}${body}</body></html>`) as unknown as { document: Document }).document,
  parseFastDom(`<html><body>${html}${body}</body></html>`) as unknown as Document,
];

test("co-authors marked up one by one make one byline: as printed when it lists just them, else joined", () => {
  for (const d of pages(
    '<p>By <a rel="author" href="/a/1">Jane Roe</a> and <a rel="author" href="/a/2">John Doe</a></p>',
  ))
    assert.equal(bylineFromPage(d), "Jane Roe and John Doe");
  // author links glued together with no space between them
  for (const d of pages(
    '<div class="article__authors"><a class="article__author" href="/author/ivanov">Иван Иванов</a><a class="article__author" href="/author/petrova">Мария Петрова</a></div>',
  ))
    assert.equal(bylineFromPage(d), "Иван Иванов, Мария Петрова");
});

test("one author's block with its parts, or authors far apart on the page, stay one name", () => {
  for (const d of pages(
    '<div class="author"><span class="author-name">Jane Roe</span><span class="author-title">Reporter</span></div>',
  ))
    assert.equal(bylineFromPage(d), "Jane Roe");
  for (const d of pages(
    `<div><p class="byline"><a rel="author" href="/a/1">Jane Roe</a></p>${body.repeat(5)}<p>More by <a rel="author" href="/a/2">John Doe</a></p></div>`,
  ))
    assert.equal(bylineFromPage(d), "Jane Roe");
  for (const d of pages('<span class="author vcard"><a class="url fn n" href="/author/jr/">Jane Roe</a></span>'))
    assert.equal(bylineFromPage(d), "Jane Roe");
});

test("a printed list of people's names, and what is no such list", () => {
  assert.deepEqual(nameListKeys("Anna Schmidt und Peter Maier"), new Set(["annaschmidt", "petermaier"]));
  assert.deepEqual(nameListKeys("Олена Петренко та Іван Коваль"), new Set(["оленапетренко", "іванковаль"]));
  assert.equal(nameListKeys("Jane Roe"), undefined);
  assert.equal(nameListKeys("Jane Roe, Staff Writer"), undefined);
});

test("a role is a whole word: a name that begins like one ('Staffan', 'Teamo') is still a name", () => {
  assert.deepEqual(nameListKeys("Staffan Lindqvist and Mira Ekholm"), new Set(["staffanlindqvist", "miraekholm"]));
  assert.deepEqual(nameListKeys("Teamo Okafor, Edith Torvald"), new Set(["teamookafor", "edithtorvald"]));
  // roles, and German compounds that end in one, are still no names
  assert.equal(nameListKeys("Mira Ekholm, Staff Reporters"), undefined);
  assert.equal(nameListKeys("Mira Ekholm und Lokalredaktion Kassel"), undefined);
  assert.equal(nameListKeys("Mira Ekholm, Sportreporter Kassel"), undefined);
});

test("lower-case name particles between capitalised words belong to the name, never at either end", () => {
  assert.deepEqual(
    nameListKeys("Pieter van den Broek, Adela di Marco and Yusuf ibn Rashid"),
    new Set(["pietervandenbroek", "adeladimarco", "yusufibnrashid"]),
  );
  assert.deepEqual(nameListKeys("Karl von Wehrstein und Lena Ott"), new Set(["karlvonwehrstein", "lenaott"]));
  assert.deepEqual(nameListKeys("Hamid bin Zayed & Lena Ott"), new Set(["hamidbinzayed", "lenaott"]));
  assert.equal(nameListKeys("van Broek and Lena Ott"), undefined);
  assert.equal(nameListKeys("Pieter van and Lena Ott"), undefined);
});

test("every language's 'and' splits a list of names the same way (Uzbek 'va', Italian 'e')", () => {
  assert.deepEqual(nameListKeys("Aziz Qodirov va Nodira Yusupova"), new Set(["azizqodirov", "nodirayusupova"]));
  assert.deepEqual(nameListKeys("Marta Bellini e Piero Sala"), new Set(["martabellini", "pierosala"]));
});
