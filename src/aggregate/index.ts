// Votes and events from a Store → alignment rows, dyad series, change-point alerts and evidence briefs.
export { type Alert, type AlertEventDriver, type AlertVoteDriver, methodText } from "./alert.ts";
export { type AlignBy, type AlignOptions, alignRows, dyadRows, isState, NO_VOTES_NOTE } from "./align-rows.ts";
export {
  allFutureReason,
  type FutureEvents,
  futureEvents,
  futureNote,
  isAfter,
  leftOutFuture,
  nextDay,
  today,
} from "./as-of.ts";
export { type BocpdModel, type BocpdOptions, detectChangesBocpd, runStartPosterior } from "./bocpd.ts";
export { type BriefOptions, buildBrief } from "./brief.ts";
export { CHANGE_METHODS, type ChangeMethod, type FoundChange, findChanges, parseMethods } from "./change-methods.ts";
export { type ChangeOptions, type ChangePoint, detectChanges, type SeriesPoint } from "./change-points.ts";
export { countryHint, countryNameMessage, isCountryCode, parseCountryCode } from "./country-code.ts";
export { type AlertOptions, detectAlerts } from "./detect-alerts.ts";
export { type DyadPeriod, MIN_EVENTS, type PoleIndex, wilson } from "./event-measures.ts";
export { type EvidenceSpan, evidenceSpan } from "./evidence-span.ts";
export { checkKnownActors, isKnownActor } from "./known-actors.ts";
export { EU_MEMBERS, ownPoleNotes, POLE_ACTORS, POLE_VOTER, POLES, type Pole, parsePoles } from "./poles.ts";
export type { AlignRow, IdealPoint } from "./vote-rows.ts";
