import assert from "node:assert/strict";
import { test } from "node:test";
import { isPromoLine } from "./boilerplate.ts";

test("calls to action and click-to-tweet quotes are promo lines; prose that mentions them is not", () => {
  for (const line of [
    "Subscribe to our newsletter for the latest news",
    "Follow us on Twitter",
    "Listen: https://example.com/podcast",
    "Enjoyed this article? Share it",
    "“Sanctions never work on their own,” said the minister. Click to Tweet",
    "The minister’s words were clear. CLICK TO TWEET",
    "Click here to download the app",
    "Abonnieren Sie unseren Newsletter",
  ])
    assert.equal(isPromoLine(line), true, line);
  for (const line of [
    "",
    "The minister said he would join the talks on Monday.",
    "Click to tweet, the page said, but nobody did.",
    "A quote ending in tweet",
    "They urged readers to subscribe. Then the vote was held.",
  ])
    assert.equal(isPromoLine(line), false, line);
});
