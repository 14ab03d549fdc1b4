import assert from "node:assert/strict";
import { test } from "node:test";
import { findActorMentions } from "./actors.ts";
import { roughSentences } from "./rough-sentences.ts";

const found = (text: string) =>
  findActorMentions(text, roughSentences(text, 0, text.length, 0), { date: "2025-06-01" }).map(
    (m) => `${m.text}=${m.actor.code}`,
  );

test("'the court', 'the parliament', 'the ministry' name again the state's body named before with its state", () => {
  assert.ok(
    found("Kazakhstan's supreme court upheld the ban on Monday. Russia criticised the court.").includes("court=KAZ"),
  );
  assert.ok(
    found("The Kyrgyz parliament passed the law. Moscow praised the parliament on Tuesday.").includes(
      "the parliament=KGZ",
    ),
  );
  assert.ok(
    found("Armenia's foreign ministry issued a statement. Azerbaijan accused the ministry of lying.").includes(
      "the ministry=ARM",
    ),
  );
});

test("a body placed in another state, owned by 'of' or named for two states is not referred back", () => {
  // What the sentence's state makes of the phrase, as before.
  assert.ok(found("Kazakhstan's court ruled. In Russia, the court disagreed.").includes("court=RUS"));
  assert.ok(
    found("Russia's parliament and Kazakhstan's parliament met. Ukraine condemned the parliament.").includes(
      "the parliament=UKR",
    ),
  );
  assert.ok(
    found("Kazakhstan's parliament voted. Russia's foreign ministry said the parliament of Tatarstan agreed.").includes(
      "parliament of Tatarstan=RUS",
    ),
  );
  // A body in a list after its owner's possessive is that owner's, not one named before.
  assert.ok(
    found(
      "The Russian Foreign Ministry protested. Pashinyan told Armenia's parliament, Foreign Ministry and others to act.",
    ).includes("Foreign Ministry=ARM"),
  );
  // A modifier names the body: "the foreign ministry" is not the defence ministry named before.
  assert.ok(
    !found(
      "Azerbaijan's defence ministry said Armenian forces fired. Armenia denied the claim, and the foreign ministry summoned the Russian ambassador.",
    ).includes("foreign ministry=AZE"),
  );
  assert.ok(
    found("Armenia's foreign ministry issued a statement. Azerbaijan criticised the foreign ministry.").includes(
      "foreign ministry=ARM",
    ),
  );
  // The nearest body of the kind is the one named again.
  assert.ok(
    found("Kazakhstan's court ruled. Russia's court ruled. Ukraine criticised the court.").includes("court=RUS"),
  );
});
