// annotated article (sentences, tokens, actor mentions, dates, places) → coded CAMEO events with evidence
import type { CodingStage } from "../domain/index.ts";
import { codeEvents } from "./code-events.ts";

export { CAMEO_CODES, type CameoCode, cameoCode } from "./cameo-table.ts";
export { codeEvents } from "./code-events.ts";
export { PATTERNS, type PatternDictionary, parsePatterns } from "./pattern-dictionary.ts";
export { functionWordLanguage, isForeignText } from "./real-page-language.ts";
export { maySoloTrigger, soloTriggers } from "./solo-triggers.ts";
export { isTriggerWord, triggerWords } from "./trigger-words.ts";

export const codingStage: CodingStage = { name: "coding", run: (doc) => codeEvents(doc) };
