import words from '../lexicon/statements.json' with { type: 'json' };

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** The statement rules' word lists (src/extract/lexicon/statements.json; the reporting verbs are in lexicon()), as sets. */
export const STATEMENT_WORDS = {
  continuingCues: set(words.continuingCues),
  quoteCues: set(words.quoteCues),
  quoteAs: set(words.quoteAs),
  addresseeCues: set(words.addresseeCues),
  tellCues: set(words.tellCues),
  nounCues: set(words.nounCues),
  copulas: set(words.copulas),
  auxiliaries: set(words.auxiliaries),
  finiteVerbs: set(words.finiteVerbs),
  sourceNouns: set(words.sourceNouns),
  pluralSources: set(words.pluralSources),
  spokesNouns: set(words.spokesNouns),
  personPronouns: set(words.personPronouns),
  groupPronouns: set(words.groupPronouns),
  pronouns: set(words.pronouns),
  definiteDeterminers: set(words.definiteDeterminers),
  indefiniteArticles: set(words.indefiniteArticles),
  mediaReferences: set(words.mediaReferences),
  mixedReferences: set(words.mixedReferences),
  relativeWords: set(words.relativeWords),
  contrastWords: set(words.contrastWords),
  subjectBreaks: set(words.subjectBreaks),
  clauseJoiners: set(words.clauseJoiners),
  appositionLeads: set(words.appositionLeads),
  appositionVerbs: set(words.appositionVerbs),
  contentPrepositions: set(words.contentPrepositions),
  leadInWords: set(words.leadInWords),
  socialChannel: new RegExp(`\\b(${words.socialChannel.join('|')})\\b`, 'i'),
} as const;
