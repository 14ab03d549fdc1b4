import type { MentionKind, Role } from "../domain/index.ts";

/** One term of office (or of a coded role) of a person; dates are ISO, open ends are absent. */
export interface GazTerm {
  /** Actor code during the term (a person can change state or organisation). */
  c: string;
  r?: Role;
  /** Office in plain words ("foreign minister"). */
  o?: string;
  f?: string;
  t?: string;
  /** PLOVER sector during the term (PRE for a breakaway region's leader). */
  s?: string;
  /** Patron an act about the person is really aimed at during the term (a breakaway region's patron). */
  p?: string;
}

/** One gazetteer entry as stored in data/gazetteer/gazetteer.json (short keys keep the file small). */
export interface GazEntry {
  /** Mention kind; "block" names something else ("Washington Post") and yields no mention. */
  k: MentionKind | "block";
  /** Actor code: ISO3, organisation acronym or WEST. */
  c: string;
  /** Names; capitalised words must be capitalised in the text, all-capital acronyms must match exactly. */
  n: string[];
  r?: Role;
  /** PLOVER sector (PRE for breakaway entities). */
  s?: string;
  /** Patron an act about a breakaway entity is really aimed at. */
  p?: string;
  /** Person's canonical name. */
  person?: string;
  terms?: GazTerm[];
  /** Aliases of a person that may stand alone (a distinctive surname). */
  a?: string[];
  /** Generic organisation name ("Security Council") that belongs to a state when a state word precedes it. */
  g?: boolean;
  /**
   * A name that also names something that is no actor ("Los Lobos": an Ecuadorian gang and a Los Angeles band): it
   * stands for this actor only in a text that names the actor's state too.
   */
  w?: boolean;
  /** Organisation family (UN bodies). */
  f?: string;
  /** Members of a named group of states ("Baltic states" → EST, LVA, LTU). */
  m?: string[];
}

export interface GazetteerData {
  generated: string;
  entries: GazEntry[];
  /** Role → role words ("military" → ["troops", ...]). */
  roles: Record<Role, string[]>;
  /** Role → phrases that name an unnamed actor alone ("the government", "rebels"): it takes its sentence's state. */
  bare?: Partial<Record<Role, string[]>>;
  /** PETRARCH agent phrase (lower case) → role, for single noun phrases. */
  agents: Record<string, Role>;
  /** Role → titles that give it though they are no role word ("General" → military). */
  titleRoles?: Partial<Record<Role, string[]>>;
  /** Titles that may precede a person's name. */
  titles: string[];
  /** Cities of 50,000+ people → ISO3, only for "Shanghai police"-style actors. */
  cities: Record<string, string>;
  /** Names of comparable large cities in several states → their ISO3 codes, largest first ("Tripoli" → LBY, LBN). */
  homonyms?: Record<string, string[]>;
  /** Words of state and demonym names and curated people's names that are no English word: they match in any case. */
  anyCase?: string[];
  /** Acronyms of four letters or more that spell an English word ("mend", "pace"): they match only in capitals. */
  capsOnly?: string[];
}
