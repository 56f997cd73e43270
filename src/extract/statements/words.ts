import words from '../lexicon/statements.json' with { type: 'json' };

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);

/** The statement rules' word lists (src/extract/lexicon/statements.json; the reporting verbs are in lexicon()), as sets. */
export const STATEMENT_WORDS = {
  continuingCues: set(words.continuingCues),
  quoteCues: set(words.quoteCues),
  quoteAs: set(words.quoteAs),
  addresseeCues: set(words.addresseeCues),
  tellCues: set(words.tellCues),
  audienceNouns: set(words.audienceNouns),
  nounCues: set(words.nounCues),
  copulas: set(words.copulas),
  auxiliaries: set(words.auxiliaries),
  finiteVerbs: set(words.finiteVerbs),
  sourceNouns: set(words.sourceNouns),
  pluralSources: set(words.pluralSources),
  /** "Turkish diplomatic sources": words that make a country's unnamed sources speak for its state. */
  stateSourceModifiers: set(words.stateSourceModifiers),
  moreUnnamed: set(words.moreUnnamed),
  spokesNouns: set(words.spokesNouns),
  personPronouns: set(words.personPronouns),
  groupPronouns: set(words.groupPronouns),
  possessivePronouns: new Map(Object.entries(words.possessivePronouns)) as ReadonlyMap<string, string>,
  voiceNouns: set(words.voiceNouns),
  pronouns: set(words.pronouns),
  definiteDeterminers: set(words.definiteDeterminers),
  indefiniteArticles: set(words.indefiniteArticles),
  mediaReferences: set(words.mediaReferences),
  /** "the government", "the kingdom": reference nouns a state may be named by ("the bloc" is a body). */
  stateReferences: set(words.stateReferences),
  /** "days after", "shortly before": the first word of a writer's time aside. */
  timeAsideLeads: set(words.timeAsideLeads),
  mixedReferences: set(words.mixedReferences),
  continuationCues: set(words.continuationCues),
  /** "the health ministry": organs only a state has, whose unnamed use stands for the state named latest. */
  stateOrganNouns: set(words.stateOrganNouns),
  /** "the mediators", "the co-chairs": who mediates, named by their role. */
  mediatorReferences: set(words.mediatorReferences),
  /** "…, when X turned back the planes, writing on X that…": words opening a clause a participle may go on from. */
  subordinators: set(words.subordinators),
  /** "posting on X that …": continuation cues whose object is words only as a clause. */
  postingCues: set(words.postingCues),
  characterisingCues: set(words.characterisingCues),
  statementNouns: set(words.statementNouns),
  statementParticiples: set(words.statementParticiples),
  actCues: set(words.actCues),
  quotedActCues: set(words.quotedActCues),
  roleSynonyms: new Map(Object.entries(words.roleSynonyms)) as ReadonlyMap<string, string[]>,
  bodyNouns: new Map(Object.entries(words.bodyNouns)) as ReadonlyMap<string, string[]>,
  /** "a senior administration official": the state a body noun stands for when the article names none of its own. */
  bodyNounStates: new Map(Object.entries(words.bodyNounStates).filter(([k]) => k !== 'comment')) as ReadonlyMap<
    string,
    string
  >,
  actParticles: set(words.actParticles),
  particleActs: set(words.particleActs),
  objectActs: set(words.objectActs),
  nounBefore: set(words.nounBefore),
  documentTitles: set(words.documentTitles),
  questionWords: set(words.questionWords),
  negations: set(words.negations),
  relativeWords: set(words.relativeWords),
  contrastWords: set(words.contrastWords),
  writerAsides: new RegExp(`,\\s(?:${words.writerAsides.join('|')})\\b`, 'i'),
  speakerActs: new RegExp(`\\s(?:${words.speakerActs.join('|')})\\b`, 'i'),
  /** "…, according to Chinese state media." closing the content: where the report comes from, not what was said */
  /** "according to", "citing": the words that open where a report comes from. */
  sourcePhrases: words.sourceTails.map((p: string) => p.split(' ')),
  sourceTail: new RegExp(`,\\s(?:${words.sourceTails.join('|')})\\s[^,;]{1,60}$`, 'iu'),
  /** "…, his spokesperson told reporters." closing the content: the attribution said again, not what was said */
  repeatedAttribution: new RegExp(
    `,\\s(?:[\\p{L}'’.-]+\\s){1,6}(?:${words.repeatedAttributions.join('|')})(?:\\s(?:late\\s|earlier\\s)?(?:on|in|at|via|during)(?:\\s[\\p{L}'’.-]+){1,4})?[.\\s]*$`,
    'iu',
  ),
  subjectBreaks: set(words.subjectBreaks),
  nounDeterminers: set(words.nounDeterminers),
  clauseJoiners: set(words.clauseJoiners),
  appositionLeads: set(words.appositionLeads),
  appositionVerbs: set(words.appositionVerbs),
  contentPrepositions: set(words.contentPrepositions),
  leadInWords: set(words.leadInWords),
  citingWords: set(words.citingWords),
  accreditedTo: set(words.accreditedTo),
  conjunctions: set(words.conjunctions),
  adverbialLeads: set(words.adverbialLeads),
  timeLeads: set(words.timeLeads),
  /** "X said Saturday after speaking with…": words opening a time clause after the cue's day. */
  timeClauseLeads: set(words.timeClauseLeads),
  /** "dismissed the remarks, saying (that) …": a participle that opens the reported words after a cue's object. */
  participleCues: set(words.participleCues),
  /** ", while stressing that…": a word that may join a continuing participle to its comma. */
  participleJoiners: set(words.participleJoiners),
  addedCues: set(words.addedCues),
  addedJoiners: set(words.addedJoiners),
  /** "the movement's Telegram channel": platforms carry their owner's words; an outlet ("the group's TV") reports its own. */
  platforms: set(words.platforms),
  /** "said Thursday, a major step", "said on Wednesday, days before talks": the words opening the writer's aside. */
  asideOpeners: set(words.asideOpeners),
  dayWords: set(words.dayWords),
  partsOfDay: set(words.partsOfDay),
  timeWords: set(words.timeWords),
  socialChannel: new RegExp(`\\b(${words.socialChannel.join('|')})\\b`, 'i'),
} as const;
