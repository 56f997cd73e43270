import countries from './countries.json' with { type: 'json' };
import organizations from './organizations.json' with { type: 'json' };
import media from './media.json' with { type: 'json' };
import roles from './roles.json' with { type: 'json' };
import verbs from './verbs.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import places from './places.json' with { type: 'json' };
import grammar from './grammar.json' with { type: 'json' };
import type { ActorKind, MeetingKind } from '../../domain/article.js';
import { tokenize } from '../tokens.js';

/** A known actor: a country, an organization or an outlet. */
export interface LexEntry {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** For national bodies and outlets: the country they belong to. */
  country?: string;
  /** Countries only. */
  adjectives?: string[];
  capitals?: string[];
}

/** How a surface form relates to its entry. */
export type FormRole = 'name' | 'adjective' | 'demonym' | 'capital';

export interface FormHit {
  entry: LexEntry;
  role: FormRole;
  /** Number of tokens of the form. */
  length: number;
}

export interface Lexicon {
  /** Surface form (exact case, tokens joined by one space) → hit. */
  forms: Map<string, FormHit>;
  /** Lower-cased forms of multi-word names (case-insensitive match for long names). */
  lowerForms: Map<string, FormHit>;
  maxFormTokens: number;
  /** Every leading substring of a `forms` key: a form lookup can stop at text outside it. */
  formPrefixes: Set<string>;
  /** Every leading substring of a `lowerForms` key. */
  lowerFormPrefixes: Set<string>;
  /** First tokens of every form (exact and lower-cased): most tokens start none, and are skipped at once. */
  formFirstTokens: { exact: Set<string>; lower: Set<string> };
  countryByName: Map<string, LexEntry>;
  /** Outlets that report the whole world (their country says nothing of the story's). */
  worldOutlets: Set<string>;
  /** "he had briefed", "Muscat also brokered": auxiliaries and adverbs between a subject and its verb. */
  subjectVerbFillers: Set<string>;
  readinessFillers: Set<string>;
  /** "the Kenyan presidency", "Niger's junta": a state's organ by its noun → the head of its name. */
  organNouns: Map<string, string>;
  /** "the Trump administration": a leader's name → the country the administration governs. */
  administrations: Map<string, string>;
  titles: string[];
  titleSet: Set<string>;
  honorifics: Set<string>;
  unnamed: Set<string>;
  reporting: Set<string>;
  presentTense: Set<string>;
  clauseOnly: Set<string>;
  meetingNouns: Map<string, MeetingKind>;
  /** First words of the multi-word meeting nouns ("peace" of "peace talks"). */
  meetingNounLeads: Set<string>;
  /** Last words of every meeting noun ("call" of "phone call", "talks"). */
  meetingNounHeads: Set<string>;
  meetingVerbs: Map<string, MeetingKind>;
  /** Words of the meeting rules ("struck" of "a deal struck in Doha", "flew" of "flew to Doha"). */
  meetingWords: {
    agreementMadeVerbs: Set<string>;
    /** "Libya's rival leaders agreed in Paris to hold elections": verbs that, before "in <Place>", tell of talks there. */
    placeAgreedVerbs: Set<string>;
    agreementNouns: Set<string>;
    travelVerbs: Set<string>;
    /** "flew into Banjul": travel verbs that may take "into" before the place. */
    airTravelVerbs: Set<string>;
    sentNouns: Set<string>;
    sendVerbs: Set<string>;
    receptionVerbs: Set<string>;
    eventPlaceVerbs: Set<string>;
    /** "the border town of Rafah": nouns of a place named after "of". */
    placeNouns: Set<string>;
    /** "in central Helsinki", "in northern Kenya": words before a place that only narrow it down. */
    placeModifiers: Set<string>;
    /** "talks between A and B, held in Doha": a meeting's own place after these. */
    heldAtVerbs: Set<string>;
    /** "held talks", "received a phone call": verbs whose object is the meeting noun. */
    nounObjectVerbs: Set<string>;
    /** "Putin said relations between Moscow and Beijing …": verbs after which the words (and their places) are said. */
    speechVerbs: Set<string>;
    /** "The previous summit was held online": words that place a meeting nowhere. */
    onlineWords: Set<string>;
    /** "The second meeting of the commission ended in Kampala on Friday": what a meeting noun as subject did. */
    meetingPredicates: string[][];
    /** "spoke by phone with", "conferred by video link with": verbs of a conversation held at a distance… */
    speakVerbs: Set<string>;
    /** "spoke several times by phone": words between a speaking verb and its medium. */
    speakAdverbs: Set<string>;
    /** …and what carried it, after "by" (multi-word entries as word lists). */
    remoteMedia: string[][];
    /** "Qatar agreed to host the talks", "a summit hosted by Kenya": the host's country is the place. */
    hostVerbs: Set<string>;
    /** "the declaration adopted on 11 December", "announced on Monday": a date of another act, not of the meeting. */
    foreignDateVerbs: Set<string>;
    /** "A and B held talks": verbs whose coordinated subject are the sides of a mediation. */
    sideVerbs: Set<string>;
    /** "ahead of his summit", "after the meeting in Accra": a meeting named after these is another event. */
    sequenceConnectors: { earlier: string[][]; later: string[][]; around: string[][] };
    /** "the two leaders", "both sides": nouns that refer back to the actors of a meeting already named. */
    groupNouns: Set<string>;
    /** "Kunming, Yunnan province": a place before these qualifies the city named before it. */
    regionNouns: Set<string>;
    /** "A and B", "the President of Turkey, X": words between the names of one participant phrase. */
    participantLinks: Set<string>;
    /** "and the paramilitary RSF": words that describe a group between two names of one phrase */
    groupDescriptors: Set<string>;
    /** Words of titles and actor nouns ("president", "counterpart"), lower case: a participant phrase may hold them. */
    titleWords: Set<string>;
    /** Weekdays and months, lower case: capitalised words a verb group may hold ("who on Friday plans to meet"). */
    dayWords: Set<string>;
    /** "had a meeting", "attended the summit": verbs whose subject takes part in the meeting noun they govern. */
    lightVerbs: Set<string>;
    /** "met Erdoğan, alongside Stoltenberg", "a meeting facilitated by X": phrases that add a participant. */
    companionPhrases: string[][];
    /** "his summit", "her visit": pronouns that make the person named before them a participant. */
    ownerPronouns: Set<string>;
    /** Pronouns in reported words that point back to the speaker's side ("its", "their", "us"). */
    backPronouns: Set<string>;
    /** "round", "session": a round of a process noun (roundNouns, "dialogue") is talks held somewhere. */
    roundWords: Set<string>;
    datelinePlaceNouns: Set<string>;
    sidesNouns: Set<string>;
    /** "the second and third rounds were held in X in June and in Y in July": rounds a list places and dates. */
    listedRoundNouns: Set<string>;
    /** "no date", "yet to be decided": a round whose place and date are open. */
    unsettledPhrases: string[][];
    /** "held separate meetings with A and B", "met separately with A and B": one meeting with each. */
    separateWords: Set<string>;
    /** "would meet a proportionate response", "met the deadline": what "meet" takes when no one is met. */
    unmetObjects: Set<string>;
    roundNouns: Set<string>;
    /** "postponed until March", "pushed back to May": verbs that put a meeting off to a later time. */
    putOffVerbs: Set<string>;
    /** "a meeting …, which had been scheduled for Wednesday in Tehran": the relative clause gives its own date and place. */
    schedulingParticiples: Set<string>;
    /** "X would pay a working visit": verbs whose subject is the visitor of the visit noun after them. */
    visitMakingVerbs: Set<string>;
    /** "with X opening the meeting": who opens, chairs or hosts it takes part. */
    hostGerunds: Set<string>;
    /** "on the sidelines": a meeting held where the article's summit or conference is. */
    sidelinesPhrases: string[][];
    /** "were among those attending": the people of the article's gathering. */
    attendeePhrases: string[][];
    /** "a news conference", "a press conference", "a cabinet meeting": words that make the meeting noun after them no meeting between actors. */
    notMeetingLeads: Set<string>;
    /** "rejected negotiations with X", "ruled out direct talks": a meeting refused is none (as word lists). */
    refusalVerbs: string[][];
    /** "“our meeting will be useful”", "“(your visit) to Russia”": in a quote, the meeting being reported. */
    speakerPossessives: Set<string>;
    /** "declined to comment on the Washington talks": the meeting is a topic, its sentence's actors no participants. */
    commentLeads: string[][];
    /** "the army boycotted the talks": the subject stays away from a meeting that takes place. */
    absenceLeads: string[][];
    /** "described the talks as": who judges a meeting reported before */
    commentVerbs: Set<string>;
    /** "the resumption of the talks": nouns for a stage of a meeting, which a comment verb's object may open with. */
    aspectNouns: Set<string>;
    /** "X led his country's team", "the delegation was headed by X": a side's leader (src/extract/meetings/joiners.ts). */
    leadVerbs: Set<string>;
    /** "expected to join the talks": who joins a meeting reported (src/extract/meetings/detect.ts). */
    joinVerbs: Set<string>;
    ledSideNouns: Set<string>;
    /** "are expected to attend" with no object: the meeting reported before (src/extract/meetings/joiners.ts). */
    attendanceVerbs: string[][];
    companionLeads: string[][];
    /** "the committee will convene in X": a body's own meeting verb, used without an object */
    convenes: Set<string>;
    /** "met X several times": a habit, no one meeting */
    habitualPhrases: string[][];
    /** "a wave of attacks in X": a place the violence is in, not a meeting's */
    violenceNouns: Set<string>;
    /** "invited X to Moscow for talks": the place the guest is invited to */
    inviteVerbs: Set<string>;
    /** "returned from Cairo after two days of talks": where the talks were */
    returnVerbs: Set<string>;
    /** "told reporters on a conference call": the channel of a briefing, not a meeting of actors. */
    briefingLeads: string[][];
    /** "spoke by phone … about the envoy's trip": a call, whose topic a meeting noun after it is. */
    phoneWords: Set<string>;
    /** "In a meeting with X, Y said": phrases that open a sentence with its meeting, the main clause's subject taking part. */
    frontedMeetingLeads: string[][];
    /** "in 2020", "in early 2020": words before a year that date a meeting to it ("since 2021" is a process still going on). */
    yearLeads: Set<string>;
    /** "A and B agreed … after talks in X": words before a meeting noun whose clause's subject took part. */
    afterMeetingLeads: Set<string>;
    /** "discussed the proposal by phone with X": verbs whose object comes before the medium of a call. */
    discussVerbs: Set<string>;
    /** "the hotel hosting the talks": buildings, which host talks without taking part. */
    venueNouns: Set<string>;
    /** "called on the foreign minister": with "on" and no ask after the person, a courtesy visit. */
    courtesyCallVerbs: Set<string>;
    /** "the next day": "next" before one of these steps a narrative on, it plans nothing. */
    sequenceDays: Set<string>;
    /** "briefed X by phone", "congratulated X by telephone": verbs whose object is on the other end of a call. */
    callObjectVerbs: Set<string>;
    /** "will meet again in Cairo", "the talks will resume in Cairo": a meeting of the sides reported before. */
    resumptionWords: string[][];
    /** "a previous round of talks": an earlier meeting of the same sides */
    earlierRoundWords: string[][];
    /** "The envoys met X": the delegation of the meeting reported before, the subject of a meeting verb. */
    delegationNouns: Set<string>;
    /** "called his Pakistani and Afghan counterparts": a call to the officials of the countries named before the noun. */
    counterpartCallVerbs: Set<string>;
    counterpartNouns: Set<string>;
    /** "a summit on the war in Gaza": prepositions whose noun phrase is the meeting's topic (its place is the topic's). */
    topicPrepositions: Set<string>;
    /** "remained open to negotiations on Ukraine": a stance towards talks, no meeting (unless placed). */
    stanceLeads: string[][];
    /** "called Kofi Mensah on Monday": what may follow the person a call is made to. */
    calledPersonEnds: Set<string>;
    /** "X, whose country hosted the talks": the words that make a person's state the host. */
    hostStateNouns: Set<string>;
    /** "ready to begin talks", "willing to hold negotiations": a side's readiness, no meeting (unless it hosts). */
    readinessLeads: string[][];
    /** "said", "left", "met": past forms not ending in -ed ("IGAD said … after a summit": the summit was held). */
    pastForms: Set<string>;
    /** "calls for negotiations", "pressed for talks": words that ask for a meeting rather than report one. */
    askWords: Set<string>;
    /** "no talks", "no basis for talks": words that say a meeting is not, rather than report one. */
    denyingWords: Set<string>;
    /** "no basis for talks", "no plans for a visit": what is denied before the meeting noun. */
    possibilityNouns: Set<string>;
    /** "the two leaders": group nouns for heads of state or government, and the titles that make one. */
    leaderNouns: Set<string>;
    leaderTitles: Set<string>;
    /** "the next round will be held in X": words that make "round" alone a round of talks. */
    roundModifiers: Set<string>;
    /** "the two countries" → COUNTRY, "both leaders" → PERSON: the kind of actor a group noun refers back to. */
    groupNounKinds: Map<string, string>;
    /** "the two leaders", "the four countries": numerals that count a group noun's members. */
    groupNumerals: Map<string, number>;
    /** "the second meeting": the number of a meeting in a series ("34th" is read from its digits). */
    ordinals: Map<string, number>;
    /** "at the White House", "at the Kremlin": seats of power (as word lists) and the city they place a meeting in. */
    venues: Array<{ words: string[]; city: string }>;
    /** "people familiar with the talks", "a source close to the negotiations": whose knowledge, not a meeting reported. */
    sourceLeads: string[][];
    sourcePeople: Set<string>;
    /** "between the army and the RSF", "between the government and X": words that name a side the article names otherwise. */
    sideReferences: Map<string, 'army' | 'government'>;
    /** "…, host Saudi Arabia said": a reporter named by one of these roles takes part all the same. */
    takingPartRoles: Set<string>;
    /** "he met…": pronouns that stand for a participant the meeting's sentence does not name. */
    subjectPronouns: Set<string>;
    /** "the first leader to visit X": words that make the verb after "to" a description, not a report. */
    rankingWords: Set<string>;
  };
  /** Words that open a new clause ("but", "after"): a meeting's status and date, a mediation's roles stay inside theirs. */
  clauseOpeners: Set<string>;
  /** Status cue phrases, lower case, in the order they are tried. */
  meetingStatus: Array<{ status: 'CANCELLED' | 'ENDED' | 'PLANNED' | 'HELD'; phrases: string[][] }>;
  /** Mediation cue words and phrases (lower case, tokens one space apart). */
  mediationCues: { words: Set<string>; phrases: string[][]; suffixes: Set<string> };
  mediationWords: {
    /** "opposed to", "rejected": the mediation before which they stand does not take place. */
    refusals: string[][];
    /** "rejected an offer by X to mediate": what a refusal may reach back past */
    offerNouns: string[][];
    /** "sought", "called for": the subject asks for a mediation, it does not mediate. */
    requests: string[][];
    /** Verbs that are cues only when their object is talks ("facilitate", "sponsor"). */
    talkOnlyVerbs: Set<string>;
    /** Objects that make those verbs cues. */
    talkObjects: Set<string>;
    /** "Aliyev thanked Trump for his mediation": who thanks (or praises) a mediator is a side, not one. */
    thanks: Set<string>;
    /** "the region's power broker": words before a cue word that make it no mediation. */
    cueMisleads: Set<string>;
    /** "between the two", "between both sides": the parties named earlier. */
    anaphoricParties: Set<string>;
    /** "efforts for Libya, Somalia and Haiti": words before "A and B" that make it no pair of sides. */
    listTopicLeads: Set<string>;
    /** "flights between Sanaa and Amman": what runs between two places, which are no sides. */
    routeNouns: Set<string>;
    /** "Egyptian and Qatari mediators": nouns for those who mediate, their states named before them. */
    mediatorNouns: Set<string>;
    /** "will send a mediation team to Niger": what a mediator sends to the side it mediates with. */
    teamNouns: Set<string>;
    /** "shuttled": a cue only when "between" follows. */
    betweenCues: Set<string>;
    /** "delivered a message from A to B": verbs of a message carried between two sides. */
    relayVerbs: Set<string>;
    /** "efforts to end …", "a bid to revive …": the noun and the verbs after its "to". */
    effortNouns: Set<string>;
    effortVerbs: Set<string>;
    /** "welcomed efforts to …": the subject judges the efforts, it does not make them. */
    bystanders: string[][];
    /** "asked whether Malta was acting as a mediator": a mediation put as a question, not reported. */
    questions: string[][];
    /** "met separately with A and B": a third party meeting each side. */
    separately: Set<string>;
    /** "met leaders of Cyprus": plural people of one place, its several sides. */
    sideGroups: Set<string>;
    /** "mediating the conflict alongside Angola": who mediates with the mediator. */
    coMediatorLeads: string[][];
    /** "the three mediators": how many were named before. */
    counts: ReadonlyMap<string, number>;
    /** "the talks brought together A and B": the sides of the talks follow. */
    gatherings: string[][];
  };
  subjects: string[];
  places: Set<string>;
}

const tokenCount = (s: string): number => s.split(' ').length;

function build(): Lexicon {
  const forms = new Map<string, FormHit>();
  const lowerForms = new Map<string, FormHit>();
  const countryByName = new Map<string, LexEntry>();
  let maxFormTokens = 1;
  const add = (form: string, entry: LexEntry, role: FormRole): void => {
    const f = form.replace(/\s+/g, ' ').trim();
    if (!f) return;
    // an actor name never gives way to an adjective or capital of the same spelling
    const prev = forms.get(f);
    if (prev && prev.role === 'name' && role !== 'name') return;
    const hit: FormHit = { entry, role, length: tokenCount(f) };
    if (!prev || role === 'name') forms.set(f, hit);
    if (role === 'name' && hit.length > 1 && !lowerForms.has(f.toLowerCase())) lowerForms.set(f.toLowerCase(), hit);
    maxFormTokens = Math.max(maxFormTokens, hit.length);
  };
  const entries: LexEntry[] = [];
  for (const c of countries) {
    const e: LexEntry = {
      name: c.name,
      kind: 'COUNTRY',
      aliases: c.aliases,
      adjectives: c.adjectives,
      capitals: c.capitals,
    };
    entries.push(e);
    countryByName.set(c.name, e);
  }
  for (const o of [...organizations, ...media] as Array<{
    name: string;
    kind: string;
    aliases: string[];
    country?: string;
  }>) {
    const e: LexEntry = { name: o.name, kind: o.kind as ActorKind, aliases: o.aliases };
    if (o.country) e.country = o.country;
    entries.push(e);
  }
  // names first so that they win over adjectives/capitals
  for (const e of entries) {
    add(e.name, e, 'name');
    for (const a of e.aliases) add(a, e, 'name');
  }
  // "Nato", "Asean", "Ecowas": the house style of some outlets for an acronym said as a word
  for (const e of entries)
    if (e.kind === 'ORGANIZATION')
      for (const a of [e.name, ...e.aliases].filter((x) => /^[A-Z]{4,}$/.test(x)))
        if (!forms.has(titleCased(a))) add(titleCased(a), e, 'name');
  for (const c of countries) {
    const e = countryByName.get(c.name)!;
    for (const a of c.adjectives) add(a, e, 'adjective');
    for (const d of c.demonyms) add(d, e, 'demonym');
    for (const cap of c.capitals) add(cap, e, 'capital');
  }
  const titles = [...roles.titles].sort((a, b) => b.length - a.length);
  return {
    forms,
    lowerForms,
    maxFormTokens,
    formPrefixes: prefixesOf(forms.keys()),
    formFirstTokens: firstTokensOf(forms.keys(), lowerForms.keys()),
    lowerFormPrefixes: prefixesOf(lowerForms.keys()),
    countryByName,
    worldOutlets: new Set(grammar.worldOutlets.names),
    subjectVerbFillers: new Set(grammar.subjectVerbFillers.words),
    readinessFillers: new Set(grammar.readinessFillers.words),
    organNouns: entriesOf(grammar.organNouns),
    administrations: entriesOf(grammar.administrations),
    titles,
    titleSet: new Set(titles),
    honorifics: new Set(roles.honorifics),
    unnamed: new Set(roles.unnamed),
    reporting: new Set(verbs.reporting),
    presentTense: new Set(verbs.presentTense),
    clauseOnly: new Set(verbs.clauseOnly),
    meetingNouns: new Map(Object.entries(events.meetingNouns) as Array<[string, MeetingKind]>),
    meetingNounLeads: new Set(
      Object.keys(events.meetingNouns)
        .filter((n) => n.includes(' '))
        .map((n) => n.split(' ')[0]!),
    ),
    meetingNounHeads: new Set(Object.keys(events.meetingNouns).map((n) => n.split(' ').at(-1)!)),
    meetingVerbs: new Map(Object.entries(events.meetingVerbs) as Array<[string, MeetingKind]>),
    meetingWords: {
      agreementMadeVerbs: new Set(events.agreementMadeVerbs),
      placeAgreedVerbs: new Set(events.placeAgreedVerbs),
      agreementNouns: new Set(events.agreementNouns),
      travelVerbs: new Set(events.travelVerbs),
      airTravelVerbs: new Set(events.airTravelVerbs),
      sentNouns: new Set(events.sentNouns),
      sendVerbs: new Set(events.sendVerbs),
      receptionVerbs: new Set(events.receptionVerbs),
      eventPlaceVerbs: new Set(events.eventPlaceVerbs),
      placeNouns: new Set(events.placeNouns),
      placeModifiers: new Set(events.placeModifiers),
      heldAtVerbs: new Set(events.heldAtVerbs),
      nounObjectVerbs: new Set(events.nounObjectVerbs),
      speechVerbs: new Set(events.speechVerbs),
      onlineWords: new Set(events.onlineWords),
      meetingPredicates: events.meetingPredicates.map((p: string) => p.split(' ')),
      speakVerbs: new Set(events.speakVerbs),
      speakAdverbs: new Set(events.speakAdverbs),
      remoteMedia: events.remoteMedia.map((p) => p.split(' ')),
      hostVerbs: new Set(events.hostVerbs),
      foreignDateVerbs: new Set(events.foreignDateVerbs),
      sideVerbs: new Set(events.sideVerbs),
      groupNouns: new Set(events.groupNouns),
      regionNouns: new Set(events.regionNouns),
      participantLinks: new Set(events.participantLinks),
      groupDescriptors: new Set(events.groupDescriptors),
      titleWords: new Set([
        ...roles.titles.flatMap((t) => t.split(' ')),
        ...grammar.actorNouns,
        // "Foreign Minister Dr. X", "HE X": a courtesy title or an honorific's initials before the name
        ...roles.courtesyTitles,
        ...roles.honorificAbbreviations.map((h) => h.toLowerCase()),
      ]),
      dayWords: new Set(grammar.dateWords.map((w) => w.toLowerCase())),
      lightVerbs: new Set(events.lightVerbs),
      companionPhrases: events.companionPhrases.map((p) => p.split(' ')),
      ownerPronouns: new Set(events.ownerPronouns),
      backPronouns: new Set(events.backPronouns),
      roundWords: new Set(events.roundWords),
      datelinePlaceNouns: new Set(events.datelinePlaceNouns),
      sidesNouns: new Set(events.sidesNouns),
      listedRoundNouns: new Set(events.listedRoundNouns),
      unsettledPhrases: events.unsettledPhrases.map((p) => p.split(' ')),
      separateWords: new Set(events.separateWords),
      unmetObjects: new Set(events.unmetObjects),
      visitMakingVerbs: new Set(events.visitMakingVerbs),
      schedulingParticiples: new Set(events.schedulingParticiples),
      putOffVerbs: new Set(events.putOffVerbs),
      roundNouns: new Set(events.roundNouns),
      hostGerunds: new Set(events.hostGerunds),
      sidelinesPhrases: events.sidelinesPhrases,
      attendeePhrases: events.attendeePhrases,
      notMeetingLeads: new Set(events.notMeetingLeads),
      refusalVerbs: events.refusalVerbs.map((p) => p.split(' ')),
      speakerPossessives: new Set(events.speakerPossessives),
      commentLeads: events.commentLeads.map((p) => p.split(' ')),
      briefingLeads: events.briefingLeads.map((p) => p.split(' ')),
      phoneWords: new Set(events.phoneWords),
      absenceLeads: events.absenceLeads.map((p) => p.split(' ')),
      commentVerbs: new Set(events.commentVerbs),
      aspectNouns: new Set(events.meetingAspectNouns),
      leadVerbs: new Set(events.leadVerbs),
      joinVerbs: new Set(events.joinVerbs),
      ledSideNouns: new Set(events.ledSideNouns),
      attendanceVerbs: events.attendanceVerbs,
      companionLeads: events.companionLeads,
      convenes: new Set(events.convenes),
      habitualPhrases: events.habitualPhrases.map((p) => p.split(' ')),
      violenceNouns: new Set(events.violenceNouns),
      inviteVerbs: new Set(events.inviteVerbs),
      returnVerbs: new Set(events.returnVerbs),
      frontedMeetingLeads: events.frontedMeetingLeads.map((p) => p.split(' ')),
      yearLeads: new Set(events.yearLeads),
      afterMeetingLeads: new Set(events.afterMeetingLeads),
      discussVerbs: new Set(events.discussVerbs),
      venueNouns: new Set(events.venueNouns),
      courtesyCallVerbs: new Set(events.courtesyCallVerbs),
      sequenceDays: new Set(events.sequenceDays),
      callObjectVerbs: new Set(events.callObjectVerbs),
      resumptionWords: events.resumptionWords.map((p) => p.split(' ')),
      earlierRoundWords: events.earlierRoundWords.map((p) => p.split(' ')),
      delegationNouns: new Set(events.delegationNouns),
      counterpartCallVerbs: new Set(events.counterpartCallVerbs),
      counterpartNouns: new Set(events.counterpartNouns),
      topicPrepositions: new Set(events.topicPrepositions),
      stanceLeads: events.stanceLeads.map((p) => p.split(' ')),
      calledPersonEnds: new Set(events.calledPersonEnds),
      hostStateNouns: new Set(events.hostStateNouns),
      readinessLeads: events.readinessLeads.map((p) => p.split(' ')),
      pastForms: new Set(events.pastForms),
      askWords: new Set(events.askWords),
      denyingWords: new Set(events.denyingWords),
      possibilityNouns: new Set(events.possibilityNouns),
      leaderNouns: new Set(events.leaderNouns),
      leaderTitles: new Set(events.leaderTitles),
      roundModifiers: new Set(events.roundModifiers),
      groupNounKinds: new Map(Object.entries(events.groupNounKinds as Record<string, string>)),
      groupNumerals: new Map(Object.entries(events.groupNumerals as Record<string, number>)),
      ordinals: new Map(Object.entries(events.ordinals as Record<string, number>)),
      venues: [...entriesOf(events.venues)].map(([name, city]) => ({ words: name.toLowerCase().split(' '), city })),
      sourceLeads: events.sourceLeads.map((p) => p.split(' ')),
      sourcePeople: new Set(events.sourcePeople),
      sideReferences: new Map(Object.entries(events.sideReferences) as Array<[string, 'army' | 'government']>),
      takingPartRoles: new Set(events.takingPartRoles),
      subjectPronouns: new Set(events.subjectPronouns),
      rankingWords: new Set(events.rankingWords),
      sequenceConnectors: {
        earlier: events.sequenceConnectors.earlier.map((p) => p.split(' ')),
        later: events.sequenceConnectors.later.map((p) => p.split(' ')),
        around: events.sequenceConnectors.around.map((p) => p.split(' ')),
      },
    },
    clauseOpeners: new Set(events.clauseOpeners),
    meetingStatus: [
      { status: 'CANCELLED', phrases: events.meetingStatus.cancelled.map((p) => p.split(' ')) },
      { status: 'ENDED', phrases: events.meetingStatus.ended.map((p) => p.split(' ')) },
      { status: 'PLANNED', phrases: events.meetingStatus.planned.map((p) => p.split(' ')) },
      { status: 'HELD', phrases: events.meetingStatus.held.map((p) => p.split(' ')) },
    ],
    mediationCues: {
      words: new Set(events.mediationCues.filter((c) => !c.includes(' '))),
      phrases: events.mediationCues.filter((c) => c.includes(' ')).map((c) => c.split(' ')),
      suffixes: new Set(events.mediationSuffixes),
    },
    mediationWords: {
      refusals: events.mediationRefusals.map((c) => c.split(' ')),
      offerNouns: events.mediationOfferNouns.map((c) => c.split(' ')),
      requests: events.mediationRequests.map((c) => c.split(' ')),
      talkOnlyVerbs: new Set(events.mediationTalkOnlyVerbs),
      talkObjects: new Set(events.mediationTalkObjects),
      thanks: new Set(events.mediationThanks),
      cueMisleads: new Set(events.mediationCueMisleads),
      anaphoricParties: new Set(events.anaphoricParties),
      listTopicLeads: new Set(events.listTopicLeads),
      routeNouns: new Set(events.routeNouns),
      mediatorNouns: new Set(events.mediatorNouns),
      teamNouns: new Set(events.mediationTeamNouns),
      betweenCues: new Set(events.mediationBetweenCues),
      relayVerbs: new Set(events.mediationRelayVerbs),
      effortNouns: new Set(events.mediationEffortNouns),
      effortVerbs: new Set(events.mediationEffortVerbs),
      bystanders: events.mediationBystanders.map((c) => c.split(' ')),
      questions: events.mediationQuestions.map((c) => c.split(' ')),
      separately: new Set(events.mediationSeparately),
      sideGroups: new Set(events.mediationSideGroups),
      gatherings: events.mediationGatherings.map((c) => c.split(' ')),
      coMediatorLeads: events.mediationCoMediatorLeads.map((c) => c.split(' ')),
      counts: new Map(Object.entries(events.mediatorCounts)),
    },
    subjects: events.subjects,
    places: new Set(places.regions),
  };
}

function firstTokensOf(
  exactForms: Iterable<string>,
  lowerForms: Iterable<string>,
): { exact: Set<string>; lower: Set<string> } {
  const exact = new Set<string>();
  const lower = new Set<string>();
  for (const f of exactForms) {
    const t = tokenize(f, 0)[0];
    if (t) {
      exact.add(t.text);
      lower.add(t.lower);
    }
  }
  for (const f of lowerForms) {
    const t = tokenize(f, 0)[0];
    if (t) lower.add(t.lower);
  }
  return { exact, lower };
}

/** A lexicon map's entries, without the "comment" that documents it in the JSON file. */
function entriesOf(map: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(map).filter(([key]) => key !== 'comment'));
}

function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let n = 1; n <= k.length; n++) out.add(k.slice(0, n));
  return out;
}

let cached: Lexicon | undefined;

/** The lexicon, built once per process. */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

/** "NATO" → "Nato". */
function titleCased(acronym: string): string {
  return acronym[0] + acronym.slice(1).toLowerCase();
}
