import grammar from '../lexicon/grammar.json' with { type: 'json' };
import roles from '../lexicon/roles.json' with { type: 'json' };

/** Closed word classes used by the actor rules, read from lexicon/grammar.json (grammar, not world knowledge). */

/** "UNSMIL", "HoR", "MoFA": two to seven letters in capitals, an "o" (of) between two of them ("AzTV" is a name). */
export const isAcronym = (word: string): boolean => /^[A-Z](?:[A-Z]|o(?=[A-Z])){1,6}$/.test(word);

/** Capitalised words that start sentences or headings but never begin a name. */
export const CAP_STOP: ReadonlySet<string> = new Set(grammar.capitalisedStopWords);

/** Weekday and month names: never part of a name. */
export const DATE_WORDS: ReadonlySet<string> = new Set(grammar.dateWords);

/** Stop words that may still start an organization or outlet name ("National News Agency", "Supreme Council"). */
export const ORG_ADJ_STOP: ReadonlySet<string> = new Set(grammar.organizationAdjectives);

/** First words of a capitalised phrase that name a region or thing, not a person ("South Caucasus", "Upper Nile"). */
export const NON_PERSON_LEADS: ReadonlySet<string> = new Set(grammar.nonPersonLeads);

/** Words that may sit inside a name between capitalised words. */
export const CONNECTORS: ReadonlySet<string> = new Set(grammar.nameConnectors);

/** Connectors allowed only inside person names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(grammar.nameParticles);

/** Head words that make a chunk an organization. */
export const ORG_HEADS: ReadonlySet<string> = new Set(grammar.organizationHeads);

/** Head words that make a chunk an outlet. */
export const MEDIA_HEADS: ReadonlySet<string> = new Set(grammar.outletHeads);

/** Lower-case nouns before an outlet's name ("state broadcaster RTS", "the daily Haaretz"). */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(grammar.outletNouns);

/** Head words of names that are never actors (documents, places, events). */
export const NON_ACTOR_HEADS: ReadonlySet<string> = new Set(grammar.nonActorHeads);

/** Title words (capitalised in "Foreign Minister Qin Gang"): the words of the honorifics, and more. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  ...roles.honorifics.flatMap((h) => h.split(' ')).filter((w) => /^\p{Lu}/u.test(w)),
  ...grammar.titleWords,
  // honorifics' initials before a name: "HE Robert Malley", "HH the Amir"
  ...roles.honorificAbbreviations.filter((a) => !a.includes('.')),
  // abbreviated titles as written before a name: "Gen.", "Brig", "PM"
  ...Object.keys(roles.abbrev).flatMap((a) => [
    a[0]!.toUpperCase() + a.slice(1),
    ...(a.length <= 2 ? [a.toUpperCase()] : []),
  ]),
]);

/**
 * The comma before a name set off by commas, past at most an honorific ("…, Dr. X,"), or -1: where a
 * title or a clause before the name ends.
 */
export function commaBeforeName(tokens: readonly { text: string }[], t0: number): number {
  let k = t0;
  while (k > 0 && k >= t0 - 2 && (TITLE_WORDS.has(tokens[k - 1]!.text) || tokens[k - 1]!.text === '.')) k--;
  return tokens[k - 1]?.text === ',' ? k - 1 : -1;
}

/** Nouns after a country adjective that make the country an actor ("Qatari mediators", "Iranian sources"). */
/** "Britain's U.N. ambassador": posts held at a body on behalf of the state named before it. */
export const ACCREDITED_POSTS: ReadonlySet<string> = new Set(roles.accreditedPosts);
/** "Prime Minister Sheikh Mohammed": a courtesy title before a name is no part of the office before it. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(roles.courtesyTitles);

/** "Madeleine King", "Ms King": title words that are also surnames. */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(roles.surnameTitles);
/** "HM the King", "HRH the Crown Prince": an honorific's initials before a title. */
export const HONORIFIC_INITIALS: ReadonlySet<string> = new Set(roles.honorificAbbreviations);
/** "Dr.", "Sheikh", "HE": a courtesy title or an honorific's initials, no part of a name or an office. */
export const isCourtesyTitle = (w: string): boolean =>
  HONORIFIC_INITIALS.has(w) || COURTESY_TITLES.has(w.toLowerCase());
export const ACTOR_NOUNS: ReadonlySet<string> = new Set([...grammar.actorNouns, ...roles.unnamed]);

/** Prepositions before a place name that make it a location rather than an actor. */
export const LOCATIVE: ReadonlySet<string> = new Set(grammar.locativePrepositions);

/** Generic references to an organization ("the movement"), resolved to the last organization. */
export const ORG_REFERENCES: ReadonlySet<string> = new Set(grammar.organizationReferences);

/** Nouns after a name that show it names a group of people ("PKK fighters", "ELN members"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(grammar.groupNouns);

/** ", a dissident faction of the ELN,": nouns that describe the name before them as a group. */
export const GROUP_APPOSITION_NOUNS: ReadonlySet<string> = new Set(grammar.groupAppositionNouns);

/** Heads of gatherings named after their subject ("Conference on Security", "Forum on Mediation"): events, not actors. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(grammar.eventHeads);

/** Words before a name that make it the subject talked about, not an actor ("discuss Syria", "about Ukraine"). */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(grammar.topicWords);

/** Honorifics that also sit inside a person's name ("President Hassan Sheikh Mohamud"). */
/** "foreign affairs", "defence": the department words of a ministry's name. */
export const MINISTRY_DEPARTMENTS: ReadonlySet<string> = new Set(grammar.ministries.flatMap((m) => m.words));
/** "checkpoint", "crossing": a site's noun after the words that name it ("the Chong Chom border checkpoint"). */
export const SITE_NOUNS: ReadonlySet<string> = new Set(grammar.siteNouns.words);
/** "Water", "Resources", "Irrigation": what a ministry or minister is in charge of ("Minister of Water and Energy"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(grammar.portfolioWords.words);
/** Title words that are given names too ("Foreign Minister Amir Khan Muttaqi"). */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(grammar.givenNameTitles);
/** "Pope Francis", "Patriarch Kirill": a title kept before a single name. */
export const MONONYM_TITLES: ReadonlySet<string> = new Set(grammar.mononymTitles.words);
/** "King Salman", "Prince Faisal": a royal title that, before one name, makes another name of the person. */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(grammar.royalTitles.words);
/** "His Highness", "Her Excellency": words that style a person without naming an office. */
export const STYLES_OF_ADDRESS: ReadonlySet<string> = new Set(roles.stylesOfAddress);
export const TITLES_INSIDE_NAMES: ReadonlySet<string> = new Set(grammar.titlesInsideNames);

/** Nouns before "for X"/"on X" that make X the area dealt with, not an actor ("envoy for Yemen", "efforts on Sudan"). */
export const AREA_NOUNS: ReadonlySet<string> = new Set(grammar.areaNouns);

/** Plural common nouns that open sentences as speakers ("Witnesses said"): never a surname. */
export const COMMON_SUBJECTS: ReadonlySet<string> = new Set(grammar.commonSubjects);

/** Words before "Centre"/"Center" that make the name a venue ("Convention Centre", "Press Center"). */
export const VENUE_WORDS: ReadonlySet<string> = new Set(grammar.venueWords);

/** Nouns after a possessive that only a person has ("Netanyahu's office", "Putin's spokesman"). */
export const PERSONAL_STAFF: ReadonlySet<string> = new Set(grammar.personalStaff);

/** Words before a title that make its holder no longer act for the country in it ("former President of Nigeria"). */
export const FORMER_WORDS: ReadonlySet<string> = new Set(grammar.formerWords);

/**
 * "Former South African President X", "the former President of Nigeria": the country at token `i` is named
 * in the title of someone who held it, and does not act in the article through it.
 */
export function inFormerTitle(
  tokens: readonly { lower: string; text: string }[],
  i: number,
  titles: ReadonlySet<string>,
): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'of') {
    k--;
    for (let n = 0; n < 3 && k >= 0 && titles.has(tokens[k]!.lower); n++) k--;
    if (k === i - 2) return false;
  }
  return FORMER_WORDS.has(tokens[k]?.lower ?? '');
}

/** Adverbs and auxiliaries between a subject and its verb ("Beijing also said", "Moscow has warned"). */
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(grammar.subjectAdverbs);

/** First words of a name that make it a place or a building ("Camp David", "Lake Tanganyika", "Hotel Rixos"). */
export const PLACE_LEADS: ReadonlySet<string> = new Set(grammar.placeLeads);

/** Saint prefixes that begin place names ("St. Vincent", "San Cristobal", "Santa Marta"). */
export const SAINT_PREFIXES: ReadonlySet<string> = new Set(grammar.saintPrefixes);

/** Heads that make a name with a venue word a venue ("Convention Centre", "Press Center"). */
export const VENUE_HEADS: ReadonlySet<string> = new Set(grammar.venueHeads);

/** "X, known as Y", "X, nicknamed Y": the phrases that give another name of the actor before them (lower case, split). */
export const ALIAS_LEADS: readonly string[][] = grammar.aliasLeads.map((p) => p.split(' '));

/** Verbs after a capital opening a sentence that make it its state ("Washington is trying…", "Kyiv has accused…"). */
export const CAPITAL_SUBJECT_VERBS: ReadonlySet<string> = new Set(grammar.capitalSubjectVerbs);

/** Words after which a clause begins with its subject ("said that Baghdad was ready"). */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(grammar.clauseSubordinators);
