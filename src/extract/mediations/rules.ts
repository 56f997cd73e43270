import type { SentenceAnalysis } from '../actors/mentions.js';
import { type ActorGroup, isStateOrBody } from '../actors/resolve.js';
import { clauseAround } from '../clause.js';
import type { ArticleContext } from '../context.js';
import { lexicon } from '../lexicon/index.js';
import { articlePair, articleParties, betweenPair } from '../parties.js';
import type { Rule } from '../rule.js';
import { STATEMENT_WORDS } from '../statements/words.js';
import type { MediationCue } from './cues.js';
import { attemptToMediate, danglingPrefixes, judgedEffort, nearbyMediators, phraseBefore } from './mediators.js';
import { actorOf, coordinatedPair, cueParties, listAfter, listBefore, sidesMet } from './sides.js';

/** Where a mediation rule looks: one cue of a sentence. */
export interface MediationInput {
  ctx: ArticleContext;
  an: SentenceAnalysis;
  cue: MediationCue;
}

/** The roles a rule reads; no mediators means the cue names no mediation (refused, only asked for). */
export interface MediationRoles {
  mediators: ActorGroup[];
  parties: ActorGroup[];
}

type MediationRule = Rule<MediationInput, MediationRoles>;

/** The cue names no mediation. */
const NONE: MediationRoles = { mediators: [], parties: [] };

/** The mediation rules, in priority order: the first that matches a cue reads its roles. */
export const MEDIATION_RULES: readonly MediationRule[] = [
  {
    name: 'message carried from A to B',
    examples: [
      {
        text: 'Sweden has delivered a message from the United States to North Korea through its embassy in Pyongyang.',
        expect: 'Sweden → United States, North Korea',
      },
      {
        text: 'Oman relayed a message from Iran to the United States on Sunday.',
        expect: 'Oman → Iran, United States',
      },
      {
        text: 'Iran and the United States have no direct channel. Iraqi Foreign Minister Fuad Hussein carried a message from Washington to Tehran last week.',
        expect: 'Iraq, Fuad Hussein → United States, Iran',
      },
      { text: 'Russia delivered a message from Moscow to Washington.', expect: 'none' },
    ],
    match: ({ ctx, an, cue }) => {
      if (cue.relayFrom === undefined) return undefined;
      const { a, b } = clauseAround(an.tokens, cue.tok.i);
      const to = an.tokens.findIndex((t, k) => k > cue.relayFrom! && k < b && t.lower === 'to');
      if (to < 0) return NONE;
      // ("from Moscow to Washington": a capital in the list is its state)
      const sender = listAfter(ctx, an, cue.relayFrom + 1)[0];
      const receiver = listAfter(ctx, an, to + 1)[0];
      const carriers = an.mentions.filter((m) => m.t0 >= a && m.t1 <= cue.tok.i).map((m) => actorOf(ctx, m));
      const mediators = [...new Set(carriers)].filter((g): g is ActorGroup => !!g && g !== sender && g !== receiver);
      if (!sender || !receiver || sender === receiver || mediators.length === 0) return NONE;
      return { mediators, parties: [sender, receiver] };
    },
  },
  {
    name: 'mediation refused or asked for',
    examples: [
      { text: 'Mali is opposed to French mediation in the dispute with Niger.', expect: 'none' },
      { text: 'Egypt and Sudan are seeking an international mediation with Ethiopia.', expect: 'none' },
      { text: 'Mali rejected an offer by Algeria to mediate with the rebels.', expect: 'none' },
      { text: "Russia, long the region's power broker, was not involved in the talks.", expect: 'none' },
      { text: 'Diplomats say Rwanda has become an obstacle to mediation between Congo and the M23.', expect: 'none' },
    ],
    match: ({ an, cue }) => {
      if (cue.suffix) return undefined;
      const words = lexicon().mediationWords;
      const { a } = clauseAround(an.tokens, cue.tok.i);
      // ("rejected an offer by Algeria to mediate": the refusal of an offer a few words before)
      const offered = phraseBefore(an.tokens, cue.tok.i, a, words.offerNouns);
      const refused = phraseBefore(an.tokens, cue.tok.i, a, words.refusals, offered ? REFUSAL_REACH : undefined);
      const asked = !attemptToMediate(an, cue.tok) && phraseBefore(an.tokens, cue.tok.i, a, words.requests);
      return refused || asked ? { mediators: [], parties: [] } : undefined;
    },
  },
  {
    name: 'X-brokered',
    examples: [
      { text: 'Sudan and South Sudan signed a Qatar-brokered deal.', expect: 'Qatar' },
      {
        text: 'The talks run parallel to a Washington-brokered deal between Congo and Rwanda signed in June.',
        expect: 'United States → Democratic Republic of the Congo, Rwanda',
      },
      { text: 'Ethiopia insisted on African Union-mediated talks with Egypt.', expect: 'African Union' },
      {
        text: 'Delegations from Armenia and Azerbaijan met for US- and EU-brokered talks.',
        expect: 'United States, European Union → Armenia, Azerbaijan',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.suffix) return undefined;
      const m = an.mentions.find((x) => x.t0 <= cue.tok.i && x.t1 > cue.tok.i);
      const g = m && actorOf(ctx, m);
      if (!g) return undefined;
      return { mediators: [...danglingPrefixes(ctx, an, m.t0), g], parties: cueParties(ctx, an, cue.tok) };
    },
  },
  {
    name: 'mediate between the two',
    examples: [
      {
        text: 'Togo will send Foreign Minister Robert Dussey to Mali and Niger to mediate between the two.',
        expect: 'Togo → Mali, Niger',
      },
      { text: 'Qatar offered to mediate between Hamas and Israel.', expect: 'Qatar → Hamas, Israel' },
      {
        text: 'The Catholic Church offered to mediate between President Nicolas Maduro and opposition leader Maria Machado.',
        expect: 'Catholic Church → Nicolas Maduro, Maria Machado',
      },
      {
        text: 'The Iraqi prime minister said that Baghdad was ready to mediate between Saudi Arabia and Iran.',
        expect: 'Iraq → Saudi Arabia, Iran',
      },
      {
        text: 'President Omar Siddiq told General Ali Hamdan, chairman of the council, on Friday that Türkiye is ready to mediate between Sudan and the United Arab Emirates.',
        expect: 'Turkey → Sudan, United Arab Emirates',
      },
    ],
    match: ({ ctx, an, cue }) => {
      const { tokens, mentions } = an;
      const i = cue.tok.i;
      if (tokens[i - 1]?.lower !== 'to' || tokens[i + 1]?.lower !== 'between') return undefined;
      // ("X told Y on Friday that Türkiye is ready to mediate": the subject of the reported clause)
      const { a: clause } = clauseAround(tokens, i);
      const that = tokens.findLastIndex((t, k) => k >= clause && k < i && t.lower === 'that');
      const a = that >= 0 ? that + 1 : clause;
      const anaphoric = lexicon().mediationWords.anaphoricParties;
      const named = listAfter(ctx, an, tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2);
      const before = mentions.filter((m) => m.t0 >= a && m.t1 <= i && actorOf(ctx, m));
      // "visit A and B to mediate between the two": the parties are the list just before "to mediate"
      const parties =
        anaphoric.has(tokens[i + 2]?.lower ?? '') || anaphoric.has(tokens[i + 3]?.lower ?? '')
          ? listBefore(ctx, an, i - 1)
          : named;
      const subject = before.map((m) => actorOf(ctx, m)!).find((g) => !parties.includes(g));
      return subject && parties.length >= 2 ? { mediators: [subject], parties } : undefined;
    },
  },
  {
    name: 'mediators named by their states',
    examples: [
      { text: 'Egyptian and Qatari mediators met a Hamas delegation in Cairo.', expect: 'Egypt, Qatar → Hamas' },
      { text: 'Qatari mediators said Israel and Hamas were close to a deal.', expect: 'Qatar → Israel, Hamas' },
      {
        text: 'A Hamas delegation arrived in Cairo for talks with Egyptian mediators, a Palestinian official said.',
        expect: 'Egypt → Hamas',
      },
      { text: 'Hamas told the mediators it would study the offer.', expect: 'none' },
      {
        text: 'Mediators from Qatar, Egypt and the United States met an Israeli delegation in Doha.',
        expect: 'Qatar, Egypt, United States → Israel',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!lexicon().mediationWords.mediatorNouns.has(cue.tok.lower)) return undefined;
      // "Malaysian facilitator Zulkifli said…": a title before a name, read with the name
      if (an.mentions.some((m) => m.t0 === cue.tok.i + 1 && actorOf(ctx, m)?.kind === 'PERSON')) return undefined;
      const from = /^(from|of)$/.test(an.tokens[cue.tok.i + 1]?.lower ?? '');
      const mediators = from
        ? listAfter(ctx, an, cue.tok.i + 2).filter(isStateOrBody)
        : modifiersOf(ctx, an, cue.tok.i);
      if (mediators.length === 0) return undefined;
      const named = cueParties(ctx, an, cue.tok).filter((g) => !mediators.includes(g));
      // "…mediators met a Hamas delegation": the states or bodies the clause names after the noun (up to a comma:
      // "…, a Palestinian official said" is the source)
      const comma = an.tokens.findIndex((t, k) => k > cue.tok.i && t.text === ',');
      const clauseEnd = Math.min(clauseAround(an.tokens, cue.tok.i).b, comma < 0 ? an.tokens.length : comma);
      const after = named.length > 0 ? named : bodiesWithin(ctx, an, cue.tok.i + 1, clauseEnd, mediators);
      const parties = after.length > 0 ? after : delegationBefore(ctx, an, cue.tok.i, mediators);
      return { mediators, parties };
    },
  },
  {
    name: 'mediator between A and B',
    examples: [
      { text: 'Nabil Haddad acted as a go-between for Hamas and Fatah.', expect: 'Nabil Haddad → Hamas, Fatah' },
      {
        text: 'Kenyan President William Ruto will chair a committee of four East African leaders tasked with mediating between General Abdel Fattah al-Burhan and Mohamed Hamdan Dagalo.',
        expect: 'William Ruto, Kenya → Abdel Fattah al-Burhan, Mohamed Hamdan Dagalo',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!/^(for|between|among)$/.test(an.tokens[cue.tok.i + 1]?.lower ?? '')) return undefined;
      const parties = listAfter(ctx, an, cue.tok.i + 2);
      if (parties.length < 2) return undefined;
      const mediators = nearbyMediators(ctx, an, cue.tok, parties).filter((g) => !parties.includes(g));
      return mediators.length > 0 ? { mediators, parties } : undefined;
    },
  },
  {
    name: 'host of talks between parties',
    examples: [
      {
        text: "Malaysian Prime Minister Anwar Ibrahim hosted the meeting between Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai.",
        expect: 'Malaysia → Cambodia, Thailand',
      },
      {
        text: 'Talks between Ethiopia and Somalia opened in Ankara. The meeting was hosted by Foreign Minister Hakan Fidan.',
        expect: 'Hakan Fidan → Ethiopia, Somalia',
      },
      { text: 'Norway hosted talks between Colombia and Venezuela in Oslo.', expect: 'Norway → Colombia, Venezuela' },
      {
        text: 'Thailand and Cambodia clashed on the border. Malaysia offered to host talks between the two sides.',
        expect: 'Malaysia → Thailand, Cambodia',
      },
      {
        text: 'Türkiye will host a new round of talks between Russian and Ukrainian delegations in Istanbul.',
        expect: 'Turkey → Russia, Ukraine',
      },
      {
        text: 'Erdogan told Putin that Turkey was ready to host talks between Russia and Ukraine.',
        expect: 'Turkey → Russia, Ukraine',
      },
      {
        text: 'Both sides agreed to a truce, Qatari Prime Minister Mohammed bin Abdulrahman said after hosting talks between Chad and Niger.',
        expect: 'Qatar → Chad, Niger',
      },
      {
        text: 'The United States and Sudan held talks on aid. Chad and Niger agreed to a truce, Qatari Prime Minister Mohammed bin Abdulrahman said after hosting talks between the two sides.',
        expect: 'Qatar → Chad, Niger',
      },
      {
        text: "Kenyan President William Ruto will host peace talks between South Sudan's government and holdout rebel groups.",
        expect: 'Kenya → South Sudan',
      },
      {
        text: 'Thailand and Cambodia agreed to a ceasefire on Monday after talks in Malaysia hosted by Prime Minister Anwar Ibrahim.',
        expect: 'Anwar Ibrahim → Thailand, Cambodia',
      },
      {
        text: 'Egypt and Sudan oppose the dam that Ethiopia built. The African Union, which hosted several rounds of talks between the three countries, has not commented.',
        expect: 'African Union → Egypt, Sudan',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.host) return undefined;
      const by = an.tokens[cue.tok.i + 1]?.lower === 'by';
      const host = by ? nearbyMediators(ctx, an, cue.tok, []).slice(0, 1) : hostBefore(ctx, an, cue.tok.i);
      if (host.length === 0) return { mediators: [], parties: [] };
      // the sides: "hosted talks between A and B", else the pair the article names with "between"
      const between = an.tokens.findIndex((t, k) => k > cue.tok.i && t.lower === 'between');
      // "between South Sudan's government and holdout rebel groups": the one side named, when only one is
      const pair = between >= 0 ? betweenPair(ctx, an) : [];
      const named = pair.length > 0 || between < 0 ? pair : listAfter(ctx, an, between + 1).slice(0, 1);
      // "offered to host talks between the two sides": the sides the article names most
      const anaphoric = lexicon().mediationWords.anaphoricParties;
      const referred = between >= 0 && [1, 2].some((n) => anaphoric.has(an.tokens[between + n]?.lower ?? ''));
      // "A and B agreed…, X said after hosting talks between the two sides": the last two the sentence named
      const sameSentence = referred ? bodiesWithin(ctx, an, 0, between, host).slice(-2) : [];
      const guessed =
        sameSentence.length === 2
          ? sameSentence
          : referred
            ? articleParties(ctx, new Set(host))
            : articlePair(ctx, new Set(host));
      // "A and B agreed to a truce after talks hosted by X": the clause's subject
      const subject = by && named.length === 0 ? coordinatedPair(ctx, an, cue.tok.i) : [];
      const found = named.length > 0 ? named : subject.length > 0 ? subject : guessed;
      const parties = found.filter((g) => !host.includes(g));
      return parties.length > 0 ? { mediators: host, parties } : { mediators: [], parties: [] };
    },
  },
  {
    name: 'efforts to end a conflict between A and B',
    examples: [
      {
        text: 'Kenyan President William Ruto is leading efforts to end the conflict between Sudan and South Sudan.',
        expect: 'William Ruto, Kenya → Sudan, South Sudan',
      },
      {
        text: 'The Security Council welcomed efforts to end the fighting between Armenia and Azerbaijan.',
        expect: 'none',
      },
      {
        text: 'The army will not attend the talks, Minister Khalid al-Aiser said, dealing a blow to efforts to end the war between the army and the RSF.',
        expect: 'none',
      },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.effort) return undefined;
      const { tokens } = an;
      const between = tokens.findIndex((t, k) => k > cue.tok.i && k <= cue.tok.i + 8 && t.lower === 'between');
      if (between < 0) return undefined;
      if (judgedEffort(an, cue.tok)) return NONE;
      const parties = listAfter(ctx, an, between + 1);
      if (parties.length < 2) return NONE;
      const mediators = nearbyMediators(ctx, an, cue.tok, parties);
      return mediators.length > 0 ? { mediators, parties } : NONE;
    },
  },
  {
    name: 'meets each side',
    examples: [
      {
        text: 'UN Secretary-General Antonio Guterres met separately with Armenia and Azerbaijan in Geneva.',
        expect: 'United Nations, Antonio Guterres → Armenia, Azerbaijan',
      },
      {
        text: 'The Norwegian envoy held meetings with leaders of divided Cyprus in an effort to revive the talks.',
        expect: 'Norway → Cyprus',
      },
      { text: 'Israel held talks with Hamas in a bid to revive the negotiations.', expect: 'none' },
    ],
    match: ({ ctx, an, cue }) => {
      if (!cue.effort && !cue.separately) return undefined;
      if (judgedEffort(an, cue.tok)) return NONE;
      const sides = sidesMet(ctx, an, cue.tok);
      if (!sides) return NONE;
      const { a } = clauseAround(an.tokens, cue.tok.i);
      const mediators = an.mentions
        .filter((m) => m.t0 >= a && m.t1 <= sides.verb && m.kind !== 'PLACE')
        .map((m) => actorOf(ctx, m))
        .filter((g): g is ActorGroup => !!g && !sides.parties.includes(g));
      return mediators.length > 0 ? { mediators: [...new Set(mediators)], parties: sides.parties } : NONE;
    },
  },
  {
    name: 'mediation team sent',
    examples: [
      {
        text: 'ECOWAS will send a mediation team led by former Nigerian leader Abdulsalami Abubakar to Niger on Thursday.',
        expect: 'ECOWAS, Abdulsalami Abubakar → Niger',
      },
      { text: 'The African Union dispatched a mediation mission to Sudan.', expect: 'African Union → Sudan' },
    ],
    match: ({ ctx, an, cue }) => {
      const { tokens } = an;
      const k = cue.tok.i;
      const team = k + 1;
      if (cue.suffix || !lexicon().mediationWords.teamNouns.has(tokens[team]?.lower ?? '')) return undefined;
      const send = tokens
        .slice(Math.max(0, k - TEAM_SENT_REACH), k)
        .findLast((t) => lexicon().meetingWords.sendVerbs.has(t.lower));
      const sender = send ? hostBefore(ctx, an, send.i) : [];
      if (sender.length === 0) return undefined;
      // "led by former Nigerian leader X": the team's leader mediates too
      const led = tokens[team + 1]?.lower === 'led' && tokens[team + 2]?.lower === 'by';
      const leader = led
        ? an.mentions.find((m) => m.t0 > team + 2 && m.t0 <= team + 8 && m.kind === 'PERSON')
        : undefined;
      // "… to Niger": the side it goes to
      const from = leader ? leader.t1 : team + 1;
      const to = tokens.findIndex((t, j) => j >= from && j < from + TEAM_SENT_REACH && t.lower === 'to');
      const side = to < 0 ? [] : bodiesWithin(ctx, an, to + 1, Math.min(tokens.length, to + 3), sender);
      const mediators = [...sender, ...(leader ? [actorOf(ctx, leader)].filter((g): g is ActorGroup => !!g) : [])];
      return { mediators, parties: side.slice(0, 1) };
    },
  },
  {
    name: 'actors near the cue',
    examples: [
      { text: 'Qatar, which is acting as a mediator, said Hamas and Israel were close to a truce.', expect: 'Qatar' },
      { text: 'The African Union has sought to broker a deal between Egypt and Sudan.', expect: 'African Union' },
      {
        text: 'Venezuela and Guyana will meet under the auspices of the Community of Latin American and Caribbean States (CELAC) and the Caribbean Community.',
        expect: 'CELAC, Caribbean Community',
      },
      {
        text: 'Colombia and the ELN thanked the guarantor countries - Venezuela, Cuba and Norway - for their support.',
        expect: 'Venezuela, Cuba, Norway',
      },
      {
        text: 'The East African Community, which mediates the conflict alongside Angola, said Congo and Rwanda would meet.',
        expect: 'East African Community, Angola',
      },
      {
        text: 'Envoys of Chad and Niger held talks, brokered by Togo and the African Union.',
        expect: 'Togo, African Union',
      },
      {
        text: 'The Security Council welcomed Oman’s continued facilitation of the talks between Saudi Arabia and the Houthis.',
        expect: 'Oman → Saudi Arabia, Houthis',
      },
      {
        text: 'The talks, facilitated by the African Union, brought together Ethiopia and the Tigray People’s Liberation Front.',
        expect: 'African Union → Ethiopia, TPLF',
      },
      {
        text: "Israel and Lebanon's Hezbollah movement accepted a ceasefire deal brokered by the United States and France.",
        expect: 'United States, France → Israel, Hezbollah',
      },
      {
        text: 'The Houthis and Saudi Arabia agreed to resume flights between Sanaa and Amman. Oman has long mediated between the two sides.',
        expect: 'Oman → Houthis, Saudi Arabia',
      },
      {
        text: 'Sudan’s army and the Rapid Support Forces resumed talks in Jeddah. The United States, which co-sponsors the talks, sent an envoy.',
        expect: 'United States → Sudanese Armed Forces, Rapid Support Forces',
      },
      {
        text: 'Switzerland has offered its good offices to Armenia and Azerbaijan.',
        expect: 'Switzerland → Armenia, Azerbaijan',
      },
      {
        text: "Ethiopia and Eritrea traded accusations. The African Union Commission chairperson, Mahmoud Ali Youssouf, urged both countries to exercise restraint and offered the bloc's good offices.",
        expect: 'African Union Commission → Ethiopia, Eritrea',
      },
      {
        text: 'Armenia and Azerbaijan signed a deal in Washington. Azerbaijani President Ilham Aliyev thanked U.S. President Donald Trump for his mediation.',
        expect: 'Donald Trump, United States → Armenia, Azerbaijan',
      },
      {
        text: "Chad and Niger agreed to a truce after talks mediated by Togo and Ghana, Togo's foreign ministry said on Sunday.",
        expect: 'Togo, Ghana → Chad, Niger',
      },
      {
        text: 'Israel and Hamas agreed to a truce. U.S. envoy Steve Witkoff, who helped broker the deal, spoke by phone with the Qatari prime minister.',
        expect: 'Steve Witkoff, United States → Israel, Hamas',
      },
      {
        text: 'France and the United States welcomed the deal. Israel and Hezbollah accepted the truce brokered by Washington and Paris.',
        expect: 'United States, France → Israel, Hezbollah',
      },
      {
        text: "Sudan's army-led government will not take part in U.S.-sponsored ceasefire talks in Switzerland, Minister of Information Khalid al-Aiser said.",
        expect: 'United States → Sudan',
      },
      {
        text: 'Chad and Niger met in March. He said Moscow was ready to continue facilitating the normalization of relations between Ndjamena and Niamey.',
        expect: 'Russia → Chad, Niger',
      },
      {
        text: 'Chad and Niger signed the accord with the mediation of the guarantor countries of the 1994 protocol: Togo, Ghana and Benin.',
        expect: 'Togo, Ghana, Benin → Chad, Niger',
      },
      {
        text: 'Russia has tried to broker a Turkish-Syrian rapprochement since December 2022.',
        expect: 'Russia → Turkey, Syria',
      },
      {
        text: 'Chad and Niger met in May. Togo brokered the swap of Chadian officer Omar Siddiq for two Nigerien soldiers.',
        expect: 'Togo → Chad, Niger',
      },
      {
        text: 'Chad and Niger met in Lome. The talks, moderated by former Togolese prime minister Sir Komi Klassou, ended late.',
        expect: 'Komi Klassou → Chad, Niger',
      },
      {
        text: 'Russia rejected the plan. Delegations from India and Brazil attended the talks in Malta. Ukraine said Russia must withdraw. Russia told Ukraine to accept its terms, which Ukraine refused. The grain deal was brokered by Turkey.',
        expect: 'Turkey → Russia, Ukraine',
      },
      {
        text: 'Sudan and the UAE traded accusations on Monday. Sudan and the UAE recalled their envoys. Erdogan hosted Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed in Ankara, where the two leaders signed a declaration brokered by Türkiye.',
        expect: 'Turkey → Somalia, Ethiopia',
      },
    ],
    match: ({ ctx, an, cue }) => {
      const parties = cueParties(ctx, an, cue.tok);
      const mediators = nearbyMediators(ctx, an, cue.tok, parties);
      return mediators.length > 0 ? { mediators, parties } : undefined;
    },
  },
];

/** Words a refusal of an offer may stand before its mediation cue ("rejected an offer by Algeria to mediate"). */
const REFUSAL_REACH = 7;

/** How many words apart a send verb, its mediation team and the place it goes to may be. */
const TEAM_SENT_REACH = 4;

/**
 * The host named before a host verb: the clause's subject, or the reported one ("X told Y that
 * Türkiye was ready to host talks" is Türkiye's offer). A gerund after a time word ("X said after
 * hosting talks") has the subject of the clause it hangs on.
 */
function hostBefore(ctx: ArticleContext, an: SentenceAnalysis, i: number): ActorGroup[] {
  const tokens = an.tokens;
  let { a } = clauseAround(tokens, i);
  const that = tokens.findLastIndex((t, k) => k >= a && k < i && t.lower === 'that');
  if (that >= 0) a = that + 1;
  const lead = i - 1;
  const gerund = lead > 1 && a >= lead && STATEMENT_WORDS.timeClauseLeads.has(tokens[lead]!.lower);
  // "A and B agreed…, Qatari Prime Minister X said after hosting talks": the subject after the last comma
  const comma = tokens.findLastIndex((t, k) => k < lead && t.text === ',');
  const from = gerund ? Math.max(comma + 1, clauseAround(tokens, lead - 2).a) : a;
  return an.mentions
    .filter((m) => m.t0 >= from && m.t1 <= i && m.kind !== 'PLACE')
    .map((m) => actorOf(ctx, m))
    .filter((g): g is ActorGroup => !!g)
    .slice(0, 1);
}

/** "A Hamas delegation arrived in Cairo for talks with Egyptian mediators": the side whose delegation came, before the cue. */
function delegationBefore(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  cue: number,
  skip: readonly ActorGroup[],
): ActorGroup[] {
  const { a } = clauseAround(an.tokens, cue);
  const { sentNouns } = lexicon().meetingWords;
  const sent = an.mentions.find((m) => m.t0 >= a && m.t1 < cue && sentNouns.has(an.tokens[m.t1]?.lower ?? ''));
  const g = sent && actorOf(ctx, sent);
  return g && isStateOrBody(g) && !skip.includes(g) ? [g] : [];
}

/** The states or bodies the sentence names within tokens [from, to), in order, once each, none of `skip`. */
function bodiesWithin(
  ctx: ArticleContext,
  an: SentenceAnalysis,
  from: number,
  to: number,
  skip: readonly ActorGroup[],
): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (const m of an.mentions) {
    if (m.t0 < from || m.t1 > to) continue;
    const g = actorOf(ctx, m);
    if (g && isStateOrBody(g) && !skip.includes(g) && !out.includes(g)) out.push(g);
  }
  return out;
}

/** "Egyptian and Qatari mediators": the states or bodies named right before token `i`, joined by "and" or commas. */
function modifiersOf(ctx: ArticleContext, an: SentenceAnalysis, i: number): ActorGroup[] {
  const found: ActorGroup[] = [];
  let end = i;
  for (;;) {
    const m = an.mentions.find((x) => x.t1 === end && x.kind !== 'PLACE');
    const g = m ? actorOf(ctx, m) : undefined;
    if (!m || !g || !isStateOrBody(g)) break;
    found.unshift(g);
    const joint = an.tokens[m.t0 - 1]?.lower;
    if (joint !== 'and' && joint !== ',') break;
    end = m.t0 - 1;
  }
  return [...new Set(found)];
}
