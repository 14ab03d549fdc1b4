// The words whose presence before a trigger says its act is not (yet) done: wanting, permitting, asking, weighing,
// guessing and hedging (modality.ts reads them).

// "allowed Sweden to join", "ordered troops to attack": what someone is let, told or urged to do is not yet done.
export const PERMITTING: ReadonlySet<string> = new Set([
  "call",
  "encourage",
  "allow",
  "permit",
  "let",
  "authorize",
  "authorise",
  "invite",
  "order",
  // "trying to persuade Kazakhstan to join", "pressed Kyiv to sign": what someone is talked into is not yet done.
  "persuade",
  "convince",
  "pressure",
  "pressurise",
  "pressurize",
  "press",
  "lobby",
  "coax",
  "advise",
]);
// Nouns and verbs of asking: "an appeal for", "calls for", "pressed for".
export const ASKING: ReadonlySet<string> = new Set([
  "appeal",
  "call",
  "request",
  "plea",
  "demand",
  "ask",
  "press",
  "push",
  "proposal",
  "plan",
]);
// Nouns of asking someone else to act: "calls to mediate", "an appeal to stop" (not one's own "plan" or "proposal").
export const ASKED: ReadonlySet<string> = new Set(["call", "appeal", "request", "plea", "demand"]);
// Verbs of wanting and planning: what follows "to" has not happened yet.
export const INTENT: ReadonlySet<string> = new Set([
  "want",
  "plan",
  "intend",
  "hope",
  "expect",
  "seek",
  "aim",
  "prepare",
  "ready",
  "willing",
  "set",
  "schedule",
  "determined",
  "going",
  "wish",
  "consider",
  "mull",
  "propose",
  "eager",
  "keen",
  "readiness",
  "willingness",
  "openness",
  "intention",
  "desire",
  "determination",
  // Nouns of striving: "Serbia's bid to join", "Kyiv's push to win", "Ankara's ambition to lead".
  "bid",
  "push",
  "drive",
  "quest",
  "ambition",
  "aspiration",
]);
// Verbs of weighing or wanting whose noun object has not happened: "is considering new sanctions", "wants talks".
export const WEIGHING: ReadonlySet<string> = new Set([
  "consider",
  "mull",
  "contemplate",
  "weigh",
  "want",
  "plan",
  "eye",
  "explore",
]);
// Verbs of guessing at what is to come.
export const GUESSING: ReadonlySet<string> = new Set([
  "fear",
  "expect",
  "predict",
  "worry",
  "suspect",
  "speculate",
  "bet",
  "anticipate",
  "forecast",
]);
// Words that leave a noun act unasserted.
export const HEDGED: ReadonlySet<string> = new Set([
  // "any attack on Iran would trigger a war", "warned against any deal": an act of no particular occasion.
  "any",
  "alleged",
  "suspected",
  "possible",
  "potential",
  "purported",
  "rumoured",
  "rumored",
  "hypothetical",
]);
// Words that put a noun act in the future.
export const PLANNED: ReadonlySet<string> = new Set([
  "planned",
  "proposed",
  "upcoming",
  "scheduled",
  "forthcoming",
  "prospective",
]);

// Verbs that judge or answer an act named as their object: "condemned Russia's strikes", "protested plans to".
export const REACTING: ReadonlySet<string> = new Set([
  "condemn",
  "denounce",
  "criticise",
  "criticize",
  "deplore",
  "decry",
  "slam",
  "blast",
  "castigate",
  "protest",
  "welcome",
  "hail",
  "praise",
  "applaud",
  "commend",
  "regret",
  "lament",
]);
