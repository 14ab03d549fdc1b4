// The possessive pronouns that open a noun phrase ("its troops", "their envoy"): one list for every check that
// reads a phrase's first word.
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our"]);
