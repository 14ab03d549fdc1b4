// A listed person's name → the other ways wire services spell it in Latin letters ("Tokayev" → "Tokaev",
// "Lukashenko" → "Lukashenka", "Pashinyan" → "Pashinian"). Used when the gazetteer is built, so that a name
// transliterated by another house style still resolves without each variant being typed into people.tsv.

/** States whose names come into English through Russian-style transliteration (yev/ev, skyy/sky). */
const CYRILLIC = new Set(["RUS", "UKR", "BLR", "KAZ", "KGZ", "UZB", "TJK", "TKM", "AZE", "MDA", "GEO", "ARM"]);
/** States whose "Zh" is often written "J" (Kazakh and Kyrgyz: Zhaparov / Japarov / Dzhaparov). */
const ZH = new Set(["KAZ", "KGZ"]);

/** Variants of one word of a name, by the spelling habits of its state. */
function wordVariants(word: string, code: string): string[] {
  const out: string[] = [];
  if (CYRILLIC.has(code)) {
    // Aliyev / Aliev, Tokayev / Tokaev, Nazarbayeva / Nazarbaeva: the "y" after a vowel is kept or dropped.
    const yev = /([aeiouy])y(ev|eva)$/i.exec(word);
    if (yev) out.push(`${word.slice(0, yev.index + 1)}${yev[2]}`);
    const ev = /([aeiou])(ev|eva)$/i.exec(word);
    if (ev) out.push(`${word.slice(0, ev.index + 1)}y${ev[2]}`);
    // Zelenskyy / Zelenskiy / Zelensky / Zelenskyi, and Zelenski / Zelenskii (Turkish, Spanish and scholarly styles).
    const sky = /sk(yy|iy|yi|y|ii|i)$/i.exec(word);
    if (sky)
      for (const end of ["yy", "iy", "yi", "y", "ii", "i"])
        if (end !== sky[1].toLowerCase()) out.push(`${word.slice(0, sky.index)}sk${end}`);
  }
  // Belarusian spellings of Russian forms: Lukashenko / Lukashenka, Tsikhanovskaya / Tsikhanouskaya.
  if (code === "BLR") {
    if (/enko$/i.test(word)) out.push(`${word.slice(0, -1)}a`);
    else if (/enka$/i.test(word)) out.push(`${word.slice(0, -1)}o`);
    if (/ousk/i.test(word)) out.push(word.replace(/ousk/i, "ovsk"));
    else if (/ovsk/i.test(word)) out.push(word.replace(/ovsk/i, "ousk"));
  }
  // Turkmen Latin writes the Russian -ov as -ow: Meredov / Meredow, Berdimuhamedova / Berdimuhamedowa.
  if (code === "TKM") {
    if (/ov(a?)$/i.test(word)) out.push(word.replace(/ov(a?)$/i, "ow$1"));
    else if (/ow(a?)$/i.test(word)) out.push(word.replace(/ow(a?)$/i, "ov$1"));
  }
  // Armenian -yan is also written -ian: Pashinyan / Pashinian, Kocharian / Kocharyan.
  if (code === "ARM") {
    if (/[^aeiou]yan$/i.test(word)) out.push(`${word.slice(0, -3)}ian`);
    else if (/[^aeiou]ian$/i.test(word)) out.push(`${word.slice(0, -3)}yan`);
  }
  // Russian-style "Dzh" for it too: Japarov / Dzhaparov.
  if (ZH.has(code)) {
    if (/^Zh/.test(word)) out.push(`J${word.slice(2)}`, `Dzh${word.slice(2)}`);
    else if (/^J/.test(word)) out.push(`Zh${word.slice(1)}`, `Dzh${word.slice(1)}`);
    else if (/^Dzh/.test(word)) out.push(`J${word.slice(3)}`, `Zh${word.slice(3)}`);
  }
  // Kazakh Latin writes the back "k" as "q" and a Russian double "ss" single: Tokayev / Toqaev, Kassym / Qasym.
  if (code === "KAZ")
    for (const w of [word, ...out]) {
      if (!/k(?=[aou])/i.test(w)) continue;
      const q = w.replace(/k(?=[aou])/g, "q").replace(/^K(?=[aou])/, "Q");
      out.push(q, q.replace(/ss/g, "s"));
    }
  return out.filter((v) => v !== word);
}

/**
 * Variants of a given name transliterated from Russian: Sergei / Sergey, Nikolai / Nikolay, Dmitry / Dmitri /
 * Dmitriy, Alexei / Aleksei, Yevgeny / Evgeny. Only for the first word of a name of two or more, where it is a
 * given name.
 */
function givenNameVariants(word: string): string[] {
  const out: string[] = [];
  const end = (re: RegExp, ...ends: string[]) => {
    const m = re.exec(word);
    if (m) for (const e of ends) out.push(word.slice(0, m.index + 1) + e);
  };
  end(/[a-z]ei$/, "ey");
  end(/[a-z]ey$/, "ei");
  end(/[a-z]ai$/, "ay");
  end(/[a-z]ay$/, "ai");
  end(/[^aeiouy]y$/, "i", "iy");
  end(/[^aeiouy]iy$/, "y", "i");
  end(/[^aeiouy]i$/, "y", "iy");
  end(/[a-z]iy$/, "ii");
  end(/[a-z]ii$/, "iy");
  if (/x/.test(word)) out.push(word.replace(/x/g, "ks"));
  else if (/ks/.test(word)) out.push(word.replace(/ks/g, "x"));
  if (/^Ye[^aeiou]/.test(word)) out.push(`E${word.slice(2)}`);
  else if (/^E[^aeiou]/.test(word)) out.push(`Ye${word.slice(1)}`);
  return out;
}

/** Other spellings of a name (one word changed at a time), never the name itself. */
export function spellingVariants(name: string, code: string): string[] {
  const words = name.split(" ");
  const out = new Set<string>();
  words.forEach((w, k) => {
    const given = k === 0 && words.length > 1 && CYRILLIC.has(code) ? givenNameVariants(w) : [];
    for (const v of [...wordVariants(w, code), ...given])
      out.add([...words.slice(0, k), v, ...words.slice(k + 1)].join(" "));
  });
  out.delete(name);
  return [...out];
}
