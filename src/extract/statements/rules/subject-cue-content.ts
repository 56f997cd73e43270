import type { Token } from '../../tokens.js';
import { lexicon } from '../../lexicon/index.js';
import { asideAfterTime, contentStart, sentenceContentStart, subjectStart, timeAsideAt } from '../content.js';
import { afterCue } from '../cue.js';
import type { CueInput, StatementRule } from '../draft.js';
import { type Quote, quoteOpeningAt } from '../quotes.js';
import { isLeadIn, outletIn, subjectSpeaker, unnamedSpeaker } from '../source.js';
import { STATEMENT_WORDS as W } from '../words.js';

/** "X said (that|:) CONTENT" / "X told Y (that) CONTENT": the subject before the cue, the content after it. */
export const subjectCueContent: StatementRule = {
  name: 'subject-cue-content',
  cue: 'clause',
  examples: [
    {
      text: "For his part, Foreign Minister Omar Siddiq affirmed, according to the statement, his country's wish to reach a final deal.",
      expect: "Omar Siddiq → 'his country's wish to reach a final deal'",
    },
    {
      text: 'Kenyan President William Ruto said that the ceasefire would hold.',
      expect: "William Ruto → 'the ceasefire would hold'",
    },
    {
      text: 'Ruto said the deal was “closer than ever”, while Foreign Minister Musalia Mudavadi said time was short.',
      expect: "Musalia Mudavadi → 'time was short'",
    },
    {
      text: 'Speaking to reporters in Mombasa, Kenyan President William Ruto said progress had been made.',
      expect: "William Ruto → 'progress had been made'",
    },
    {
      text: 'In an interview with a local radio station, Kenyan President William Ruto said the envoys would return.',
      expect: "William Ruto → 'the envoys would return'",
    },
    {
      text: "Kurti met European Union foreign policy chief Kaja Kallas on Friday, after the bloc's envoy said a joint meeting was out of reach.",
      expect: "European Union → 'a joint meeting was out of reach'",
    },
    {
      text: 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the deal at the White House, in a ceremony hosted by Donald Trump. Both leaders said the deal ended decades of conflict.',
      expect: "Nikol Pashinyan → 'the deal ended decades of conflict'",
    },
    {
      text: 'The talks run parallel to a deal between Congo and Rwanda, which Kigali says depends on the FDLR leaving.',
      expect: "Rwanda → 'depends on the FDLR leaving'",
    },
    {
      text: 'The Arakan Army told reporters that the truce covers the port of Sittwe.',
      expect: "Arakan Army → 'the truce covers the port of Sittwe'",
    },
    {
      text: 'Pagan Amum told reporters the holdout groups wanted guarantees that any deal would be implemented.',
      expect: "Pagan Amum → 'the holdout groups wanted guarantees that any deal would be implemented'",
    },
    {
      text: 'Pagan Amum told reporters in Nairobi on Monday that any deal would be implemented.',
      expect: "Pagan Amum → 'any deal would be implemented'",
    },
    {
      text: 'Kenyan President William Ruto said late on Monday the ceasefire would hold.',
      expect: "William Ruto → 'the ceasefire would hold'",
    },
    {
      text: 'Kenyan President William Ruto told Reuters the envoys would return “within days”.',
      expect: "William Ruto → 'the envoys would return within days'",
    },
    {
      text: 'The Kenyan mission to the African Union said the envoys had left Addis Ababa.',
      expect: "Kenya → 'the envoys had left Addis Ababa'",
    },
    {
      text: 'Kenyan President William Ruto said in a statement on Monday: “The envoys are welcome in Nairobi.”',
      expect: "William Ruto → 'The envoys are welcome in Nairobi'",
    },
    {
      text: 'Kenyan President William Ruto spoke on Monday. The talks, he said, would resume in Nairobi.',
      expect: "William Ruto → 'The talks would resume in Nairobi'",
    },
    {
      text: 'The talks, Kenyan President William Ruto insisted, would resume in Nairobi.',
      expect: "William Ruto → 'The talks would resume in Nairobi'",
    },
    {
      text: 'Arakan Army sources told local media the ceasefire would be extended.',
      expect: "Arakan Army → 'the ceasefire would be extended'",
    },
    {
      text: 'Kenyan President William Ruto told reporters the agreement was “a first step”.',
      expect: "William Ruto → 'the agreement was a first step'",
    },
    {
      text: 'Kenyan President William Ruto told reporters Nairobi welcomed the offer but that no date was set.',
      expect: "William Ruto → 'Nairobi welcomed the offer but that no date was set'",
    },
    {
      text: 'Kenyan President William Ruto rejected the offer, calling it “delusional”, but said negotiations were not over.',
      expect: "William Ruto → 'negotiations were not over'",
    },
    {
      text: 'Kenyan President William Ruto said on Tuesday the army would not attend talks that included Uganda.',
      expect: "William Ruto → 'the army would not attend talks that included Uganda'",
    },
    {
      text: "Kenya's military said in a statement on Monday it had struck rebel targets overnight.",
      expect: "Kenyan army → 'it had struck rebel targets overnight'",
    },
    {
      text: 'Chadian Foreign Minister Omar Siddiq said the deal "opens a new chapter," while his Nigerien counterpart Ali Hamdan cautioned that peace was fragile.',
      expect: "Omar Siddiq → 'the deal opens a new chapter'",
    },
    {
      text: 'In an interview, Chadian President Omar Siddiq said "at some point" he would speak with Ali Hamdan.',
      expect: "Omar Siddiq → 'at some point he would speak with Ali Hamdan'",
    },
    {
      text: 'Chadian President Omar Siddiq has said Chad needs access to the sea, comments that Niger has called a threat.',
      expect: "Omar Siddiq → 'Chad needs access to the sea'",
    },
    {
      text: "Lebanon's Hezbollah said it would abide by the truce.",
      expect: "Hezbollah → 'it would abide by the truce'",
    },
    {
      text: 'Kenyan President William Ruto said on X he had thanked the envoys for their work.',
      expect: "William Ruto → 'he had thanked the envoys for their work'",
    },
    {
      text: 'The Kenyan Foreign Ministry clarified on Tuesday that Norway remains the facilitator.',
      expect: "Kenyan Foreign Ministry → 'Norway remains the facilitator'",
    },
    {
      text: 'China hopes that Chad and Niger will settle their dispute through dialogue, Chinese Foreign Ministry spokesperson Guo Jiakun said Friday.',
    },
  ],
  match({ ctx, an, v, state }) {
    const { tokens } = an;
    const verb = tokens[v]!;
    const from = subjectStart(tokens, v);
    // "…, both countries said Thursday, a major step toward peace": the words are before the cue
    if (asideAfterTime(tokens, v + 1)) return undefined;
    // "Erdogan received Zelenskiy … and said…": the clause's subject speaks (a continuation), not the object
    if (tokens[v - 1]?.lower === 'and' && v - from > 2) return undefined;
    const named = subjectSpeaker(ctx, an, from, v, state);
    const speaker = named ?? unnamedSpeaker(ctx, an, from, v, state);
    if (!speaker) return undefined;
    // "China hopes that …, spokesperson Guo Jiakun said Friday": a state's stance in the words of the person the tail names
    if (speaker.kind !== 'PERSON' && personTailAfter(ctx, an, v)) return undefined;
    const c = W.addresseeCues.has(verb.lower)
      ? (pastOutlet(ctx, an, v) ?? pastAddressee(tokens, v))
      : afterCue(tokens, v);
    if (c === null) return undefined;
    const start = contentStart(tokens, c);
    if (start === null) return undefined;
    // 'said "at some point" he would speak with Maduro': a quoted fragment opening the clause is not all of it
    const quoted = quoteOpeningAt(ctx.quotes, start);
    const opening = quoted && !clauseGoesOn(ctx, tokens, quoted) ? quoted : undefined;
    if (!opening && toldAfterObject(ctx, an, start)) return undefined;
    const afterColon = opening ? undefined : quoteAfterColon(ctx, an);
    // "X stated that A:" and a quote: A is a statement of its own, and so is the quote
    const clauseBeforeColon = !!afterColon && tokens[c]?.lower === 'that' && tokens.length - c > 5;
    const q = opening ?? (clauseBeforeColon ? undefined : afterColon);
    const second = q ? -1 : secondSpeakerAt(tokens, v, start);
    const textEnd = q ? q.innerEnd : second > 0 ? tokens[leadInBefore(tokens, start, second)]!.start : an.sentence.end;
    const draft = {
      speaker,
      via: outletIn(ctx, an, speaker),
      textStart: q ? q.innerStart : start,
      textEnd,
      direct: !!q,
      sentence: an.sentence.index,
      verb,
      unnamed: !named,
    };
    // "The government, he said, had failed…": the words before the inserted attribution begin the statement
    const comma = q ? null : insertedAttribution(tokens, v);
    if (comma !== null) {
      const fronted = { textStart: sentenceContentStart(tokens, 0), textEnd: tokens[comma]!.start };
      return { drafts: [{ ...draft, ...fronted, more: [[start, textEnd]], gapped: true }] };
    }
    if (clauseBeforeColon && afterColon) {
      const quoted = { ...draft, textStart: afterColon.innerStart, textEnd: afterColon.innerEnd, direct: true };
      return { drafts: [{ ...draft, textEnd: tokens[tokens.length - 1]!.start }, quoted] };
    }
    return second > 0 ? { drafts: [draft], resumeAt: second + 2 } : { drafts: [draft] };
  },
};

/**
 * "confirmed the agreement to Reuters", "announced the decision to reporters", "confirmed the ceasefire on
 * Geo News": the one told (or the outlet it was said on) after the verb's object shows that the object is a
 * noun phrase, not reported words.
 */
function toldAfterObject(ctx: CueInput['ctx'], an: CueInput['an'], start: number): boolean {
  const { tokens } = an;
  const from = tokens.findIndex((t) => t.start >= start);
  for (let k = from + 1; k < tokens.length - 1 && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || !t.word) return false;
    // "confirmed the agreement in a post on X", "announced the deal in a statement": where it was said follows
    const determined = /^(a|an|the|his|her|its|their)$/.test(tokens[k + 1]?.lower ?? '');
    if (t.lower === 'in' && determined && W.statementNouns.has(tokens[k + 2]?.lower ?? '')) return true;
    // "confirmed the agreement to Reuters", "confirmed the ceasefire on Geo News"
    if (t.lower !== 'to' && t.lower !== 'on') continue;
    const at = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1;
    const told = an.mentions.some((m) => m.t0 === at && ctx.index.group(m)?.kind === 'MEDIA');
    if (t.lower === 'on') {
      if (told) return true;
      continue;
    }
    return told || W.audienceNouns.has(tokens[at]?.lower ?? '');
  }
  return false;
}

/** ", he said," between commas after words of the sentence: the comma before the attribution, or null. */
function insertedAttribution(tokens: Token[], v: number): number | null {
  const comma = tokens.findLastIndex((t, k) => k < v && t.text === ',');
  // ", he said," or ", President X insisted," (a named subject of a few words)
  if (comma < 2 || tokens[v + 1]?.text !== ',' || v - comma > 7) return null;
  if (!tokens.slice(comma + 1, v).every((t) => t.word)) return null;
  // ("For his part, the minister affirmed, according to the statement, …": a lead-in is no part of the words)
  const before = tokens.slice(0, comma).filter((t) => t.word);
  if (before.length <= LEAD_IN_WORDS && isLeadIn(before[0]!) && before.every((t) => !t.cap || t === before[0]))
    return null;
  return tokens.slice(0, comma).some((t) => t.word) ? comma : null;
}

/** How many words a lead-in before an attribution may have ("For his part", "In turn"). */
const LEAD_IN_WORDS = 3;

/** "X acknowledged Venezuela's help:" and a quote opening after the colon: the quote is what X said. */
function quoteAfterColon(ctx: CueInput['ctx'], an: CueInput['an']): Quote | undefined {
  if (an.tokens[an.tokens.length - 1]?.text !== ':') return undefined;
  const next = /\S/.exec(ctx.article.body.slice(an.sentence.end, an.sentence.end + 8));
  return next ? quoteOpeningAt(ctx.quotes, an.sentence.end + next.index) : undefined;
}

/** Words an outlet's noun may take after its name ("news agency"). */
const OUTLET_NOUN_WORDS = 2;

/** "told CNN the gaps were …", "told the BBC it had …": an outlet right after the cue is the one told, and the words follow it. */
function pastOutlet(ctx: CueInput['ctx'], an: CueInput['an'], v: number): number | null {
  const at = an.tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1;
  const told = an.mentions.find((m) => m.t0 === at && ctx.index.group(m)?.kind === 'MEDIA');
  if (!told || !an.tokens[told.t1]?.word) return null;
  // ("told the RIA Novosti news agency that …": the outlet's noun and "that" follow; the addressee reading has them)
  const nounThat = an.tokens.slice(told.t1, told.t1 + OUTLET_NOUN_WORDS + 1).some((t) => t.lower === 'that');
  return nounThat ? null : told.t1;
}

/** "told reporters in Nairobi that …", "told local media the …": the token after the one told, or null when nothing follows. */
export function pastAddressee(tokens: Token[], v: number): number | null {
  let c = v + 1;
  while (
    c < tokens.length &&
    tokens[c]!.lower !== 'that' &&
    tokens[c]!.text !== ':' &&
    !/^[“"]$/.test(tokens[c]!.text) &&
    c - v < 18
  )
    c++;
  if (c >= tokens.length || c - v >= 18) return pastAudience(tokens, v);
  // "told reporters Moscow appreciated the offer but that no decision…": the first clause is reported too;
  // "told reporters the agreement was “a first step”": the quote ends the reported clause
  const later =
    /^(but|and)$/.test(tokens[c - 1]?.lower ?? '') || /^[“"]$/.test(tokens[c]!.text) || clauseBeforeThat(tokens, v, c);
  const audience = later ? pastAudience(tokens, v) : null;
  return audience !== null && audience < c - 1 ? audience : c;
}

/**
 * "told reporters the holdout groups wanted guarantees that …": a clause (a subject and its finite verb)
 * between the audience and "that" is the reported one, and "that" belongs to it.
 */
function clauseBeforeThat(tokens: Token[], v: number, that: number): boolean {
  const audience = pastAudience(tokens, v);
  if (audience === null || audience >= that - 1) return false;
  const first = tokens[audience]!;
  const subject =
    /^\p{Lu}/u.test(first.text) ||
    [W.definiteDeterminers, W.indefiniteArticles, W.personPronouns, W.groupPronouns].some((w) => w.has(first.lower));
  if (!subject) return false;
  return tokens.slice(audience + 1, that).some((t) => W.finiteVerbs.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text));
}

/** "told reporters the talks…", "told local media on Monday the…": a few words ending in an audience noun, then the content. */
function pastAudience(tokens: Token[], v: number): number | null {
  for (let c = v + 1; c <= v + 3 && c < tokens.length - 3; c++) {
    if (!tokens[c]!.word) return null;
    if (W.audienceNouns.has(tokens[c]!.lower)) return tokens[c + 1]!.word ? c + 1 : null;
  }
  return null;
}

/** Words from "while" to the second speaker's verb ("while Cambodia's defence ministry spokeswoman Maly Socheata accused"). */
const SECOND_SUBJECT_REACH = 12;

/**
 * "A said X, while B said Y", "A said X and, asked about Z, he indicated that Y": the comma where a second
 * clause of report begins, or -1.
 */
function secondSpeakerAt(tokens: Token[], v: number, start: number): number {
  const reporting = lexicon().reporting;
  // 'said the deal "opens a new chapter," while…': the quote closes after the comma
  const next = (k: number) => (/^[”"]$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1);
  return tokens.findIndex(
    (t, k) =>
      k > v + 3 &&
      t.start > start &&
      t.text === ',' &&
      ((W.contrastWords.has(tokens[next(k)]?.lower ?? '') && reportsAfterSubject(tokens, next(k) + 1)) ||
        // "…, days after U.S. President Donald Trump said he would…": the writer's time aside has a speaker of its own
        (timeAsideAt(tokens, next(k)) &&
          tokens.slice(next(k) + 2, next(k) + 10).some((x) => reporting.has(x.lower) && !x.cap)) ||
        pronounReports(tokens, next(k))),
  );
}

/** A subject and its reporting verb from `from` ("Cambodia's defence ministry spokeswoman Maly Socheata accused"), no clause between. */
function reportsAfterSubject(tokens: Token[], from: number): boolean {
  const reporting = lexicon().reporting;
  const words = tokens.slice(from, from + SECOND_SUBJECT_REACH);
  const verb = words.findIndex((x) => reporting.has(x.lower) && !x.cap);
  return verb >= 0 && !words.slice(0, verb).some((x) => x.lower === 'that' || x.text === ',');
}

/**
 * The quote opens a clause that goes on past it: a subject pronoun follows it ('said "at some point" he would…'),
 * or words do and it is a phrase of a few words, no clause of its own and no punctuation closing it ('stressed
 * that "dialogue or consultations" among the blocs remained…').
 */
function clauseGoesOn(ctx: CueInput['ctx'], tokens: Token[], quote: Quote): boolean {
  const next = tokens.find((t) => t.start >= quote.end);
  if (W.personPronouns.has(next?.lower ?? '') || W.groupPronouns.has(next?.lower ?? '')) return true;
  const inner = ctx.article.body.slice(quote.innerStart, quote.innerEnd).trimEnd();
  const words = inner.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const clause = words.some((w) => W.finiteVerbs.has(w) || W.copulas.has(w) || W.auxiliaries.has(w));
  return !!next?.word && words.length >= 2 && !clause && !/[.,!?;:…]$/.test(inner);
}

/** "A and when asked about B, he said C": the "and" opening the second clause's lead-in, else `second`. */
function leadInBefore(tokens: Token[], start: number, second: number): number {
  for (let k = second - 1; k > 0 && tokens[k]!.start > start; k--)
    if (tokens[k]!.lower === 'and' && isLeadIn(tokens[k + 1]!)) return k;
  return second;
}

/** "he indicated that", "they said that": a pronoun subject, a reporting verb and "that" at `k`. */
function pronounReports(tokens: Token[], k: number): boolean {
  const subject = tokens[k]?.lower ?? '';
  return (
    (W.personPronouns.has(subject) || W.groupPronouns.has(subject)) &&
    lexicon().reporting.has(tokens[k + 1]?.lower ?? '') &&
    tokens[k + 2]?.lower === 'that'
  );
}

/** A reporting tail at the sentence's end after cue `v` (", spokesperson Guo Jiakun said Friday.") whose subject is a person. */
function personTailAfter(ctx: CueInput['ctx'], an: CueInput['an'], v: number): boolean {
  const { tokens } = an;
  const comma = tokens.findLastIndex((t) => t.text === ',');
  // ("…, while Somali President X said the talks would resume": a second speaker, no tail)
  if (comma <= v || W.contrastWords.has(tokens[comma + 1]?.lower ?? '')) return false;
  const tail = tokens.slice(comma + 1).filter((t) => t.word);
  const verb = tail.findIndex((t) => !t.cap && lexicon().reporting.has(t.lower));
  if (verb < 1 || tail.length - verb > TAIL_AFTER_VERB) return false;
  const verbAt = tail[verb]!.i;
  return an.mentions.some((m) => m.t0 > comma && m.t1 <= verbAt && ctx.index.group(m)?.kind === 'PERSON');
}

/** Words a reporting tail may have after its verb ("said on Friday in a statement"). */
const TAIL_AFTER_VERB = 6;
