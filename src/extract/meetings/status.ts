import type { MeetingStatus } from '../../domain/article.js';
import { lexicon } from '../lexicon/index.js';
import type { Rule } from '../rule.js';
import type { Token } from '../tokens.js';
import {
  clauseAround,
  clauseAroundNames,
  opensRelativeClause,
  relativeAsideAfter,
  relativeClauseAt,
} from '../clause.js';

/** The clause of a meeting word: tokens [a, b) around the trigger at `at`. */
export interface StatusInput {
  tokens: Token[];
  a: number;
  b: number;
  at: number;
}

/** A status cue found in the clause, with its distance in tokens from the meeting word. */
export interface StatusCue {
  status: MeetingStatus;
  distance: number;
}

type StatusRule = Rule<StatusInput, StatusCue>;

/**
 * Nearest occurrence of any phrase (lower-case words) in the clause, as a token distance from `at`, outside
 * relative clauses about another of its words ("held a video call with Lula, who cancelled his trip").
 */
function nearest(
  { tokens, a, b, at }: StatusInput,
  phrases: string[][],
  skip: (k: number) => boolean = () => false,
): number | undefined {
  let best: number | undefined;
  // (a phrase can start only at one of its first words: most tokens are passed over at once)
  const firsts = new Set(phrases.map((words) => words[0]));
  let asides: Array<{ a: number; b: number }> | undefined;
  for (let k = a; k < b; k++) {
    if (!firsts.has(tokens[k]!.lower)) continue;
    const d = Math.abs(k - at);
    if (best !== undefined && d >= best) continue;
    asides ??= otherRelativeClauses(tokens, a, b, at);
    if (asides.some((r) => k >= r.a && k < r.b) || skip(k)) continue;
    if (phrases.some((words) => k + words.length <= b && words.every((w, n) => tokens[k + n]!.lower === w))) best = d;
  }
  return best;
}

/** How many words of its own a meeting word may have before a relative clause about it ("the talks between A and B, which"). */
const OWN_WORDS = 8;

/** The relative clauses (", who …", ", which …" up to the next comma) in [a, b), but the one about the meeting word at `at`. */
function otherRelativeClauses(tokens: Token[], a: number, b: number, at: number): Array<{ a: number; b: number }> {
  // "the talks at Argyle airport, which were attended by…": the clause right after the meeting's own words is its
  // own ("…with Lula, who cancelled his trip" is about a person)
  const own = (k: number) =>
    k > at && k - at <= OWN_WORDS + 1 && tokens[k + 1]?.lower !== 'who' && tokens.slice(at + 1, k).every((t) => t.word);
  const out: Array<{ a: number; b: number }> = [];
  for (let k = a; k < b; k++) {
    if (!opensRelativeClause(tokens, k) || own(k)) continue;
    const end = relativeClauseAt(tokens, k)?.b ?? b;
    const range = { a: k, b: Math.min(end, b) };
    if (at < range.a || at >= range.b) out.push(range);
  }
  return out;
}

const cueRule = (
  name: string,
  cue: 'CANCELLED' | 'ENDED' | 'PLANNED' | 'HELD',
  examples: StatusRule['examples'],
): StatusRule => ({
  name,
  examples,
  match: (input) => {
    const phrases = lexicon().meetingStatus.find((s) => s.status === cue)?.phrases ?? [];
    // "will be received", "is expected to be received": a passive still to come is no held cue
    // ("postponed until March", "moved to Wednesday": put off to a time, so still to come)
    // ("travelling the next day to Dubai": a step of a past itinerary, nothing still to come)
    const toCome = (k: number) =>
      (cue === 'HELD' && input.tokens[k - 1]?.lower === 'be') ||
      (cue === 'CANCELLED' && putOffTo(input.tokens, k)) ||
      (cue === 'PLANNED' && sequenceNext(input.tokens, k));
    const distance = nearest(input, phrases, toCome);
    return distance === undefined ? undefined : { status: cue === 'ENDED' ? 'HELD' : cue, distance };
  },
});

/** "the next day", "the next morning": "next" in a narrative's sequence of days, not a plan. */
function sequenceNext(tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.lower === 'next' &&
    tokens[k - 1]?.lower === 'the' &&
    lexicon().meetingWords.sequenceDays.has(tokens[k + 1]?.lower ?? '')
  );
}

/** "postponed until March", "was moved to Wednesday", "pushed back to next week": put off to a later time at `k`. */
export function putOffTo(tokens: Token[], k: number): boolean {
  const verb = tokens[k]?.lower ?? '';
  const back = verb === 'pushed' && tokens[k + 1]?.lower === 'back' ? k + 2 : k + 1;
  if (!lexicon().meetingWords.putOffVerbs.has(verb)) return false;
  if (/^(to|until|till|for)$/.test(tokens[back]?.lower ?? '') && tokens[back + 1]?.word) return true;
  // "postponed his visit to Saudi Arabia until March": "until" past the object
  const until = tokens.findIndex((t, n) => n > back && n <= back + PUT_OFF_OBJECT && /^(until|till)$/.test(t.lower));
  return until > 0 && tokens.slice(back, until).every((t) => t.word) && !!tokens[until + 1]?.word;
}

/** How many words the object of "postponed" may have before "until". */
const PUT_OFF_OBJECT = 6;

/**
 * Status rules over the meeting's clause: a cancelling, ending or putting-off cue decides (in that order); else the
 * planned or held cue nearest the meeting word.
 */
export const STATUS_RULES: readonly StatusRule[] = [
  cueRule('cancelled', 'CANCELLED', [
    { text: 'The summit in Doha was called off.', expect: 'CANCELLED' },
    { text: 'The talks in Lome failed to take place.', expect: 'CANCELLED' },
    {
      text: 'Officials said on Monday that the talks, which had been due in Oslo, were postponed.',
      expect: 'CANCELLED',
    },
  ]),
  {
    name: 'put off to a later time',
    examples: [
      { text: 'He postponed his visit to Accra until March.', expect: 'PLANNED' },
      { text: 'A meeting in Riyadh between the envoys was moved to Wednesday.', expect: 'PLANNED' },
    ],
    match: ({ tokens, a, b, at }) => {
      const k = tokens.findIndex((_, n) => n >= a && n < b && putOffTo(tokens, n));
      return k < 0 ? undefined : { status: 'PLANNED', distance: Math.abs(k - at) };
    },
  },
  cueRule('ended without result', 'ENDED', [
    { text: 'The talks in Kinshasa collapsed on Tuesday.', expect: 'HELD' },
    { text: 'The latest round of talks ended without a deal.', expect: 'HELD' },
  ]),
  cueRule('planned', 'PLANNED', [
    { text: 'The two leaders will meet in Helsinki.', expect: 'PLANNED' },
    { text: 'Washington hoped to convene indirect talks in Geneva before the end of the month.', expect: 'PLANNED' },
    { text: 'Seoul was considering proposing military talks at the truce village of Panmunjom.', expect: 'PLANNED' },
    {
      text: 'Foreign Minister Omar Siddiq is expected to be received by President Sara Diallo in Accra.',
      expect: 'PLANNED',
    },
  ]),
  cueRule('held', 'HELD', [
    { text: 'The ministers met in Ankara.', expect: 'HELD' },
    { text: 'The delegates walked out of a meeting in Kinshasa.', expect: 'HELD' },
    { text: 'The envoy sat down for a meeting with the prime minister in Accra.', expect: 'HELD' },
    { text: 'A Rome meeting between the two sides resulted in a joint statement.', expect: 'HELD' },
    { text: 'Three rebel groups signed a peace accord in Algiers.', expect: 'HELD' },
    { text: 'President Lena Varga, on a visit to Accra, said Ghana would join the mission.', expect: 'HELD' },
    { text: 'Chad described its first round of talks with Niger in Lome as constructive.', expect: 'HELD' },
    { text: 'The prime minister chaired a meeting with the service chiefs in Lome on Sunday.', expect: 'HELD' },
  ]),
];

/**
 * The status the rules give for tokens [a, b): a cancelling or ending cue decides (when `decisive`), else
 * the planned or held cue nearest the meeting word.
 */
function judge(input: StatusInput, decisive: boolean): { status: MeetingStatus; rule: string } | undefined {
  const [cancelled, ended, putOff, ...graded] = STATUS_RULES;
  for (const rule of decisive ? [cancelled!, ended!, putOff!] : []) {
    const cue = rule.match(input);
    if (cue) return { status: cue.status, rule: rule.name };
  }
  const found = graded
    .map((rule) => ({ rule, cue: rule.match(input) }))
    .filter((x): x is { rule: StatusRule; cue: StatusCue } => !!x.cue)
    .sort((x, y) => x.cue.distance - y.cue.distance)[0];
  return found ? { status: found.cue.status, rule: found.rule.name } : undefined;
}

/**
 * The meeting's status from its own clause, else from the planned/held cues of the whole sentence (from
 * token `lo` on, where a connector phrase such as "ahead of his summit" starts).
 */
export function meetingStatus(tokens: Token[], at: number, lo = 0): { status: MeetingStatus; rule: string | null } {
  // "The talks, which were suspended in May, are expected to resume": the clause goes on past the aside
  const aside = relativeAsideAfter(tokens, at);
  if (aside) {
    const rest = clauseAround(tokens, aside.b);
    const own = judge({ tokens, a: aside.b, b: rest.b, at: aside.b }, true);
    if (own) return own;
  }
  const clause = clauseAroundNames(tokens, at);
  const a = Math.max(lo, clause.a);
  const own = judge({ tokens, a, b: clause.b, at }, true);
  if (own) return own;
  const sentence = judge({ tokens, a: lo, b: tokens.length, at }, false);
  return sentence
    ? { status: sentence.status, rule: `${sentence.rule} (sentence)` }
    : { status: 'UNKNOWN', rule: null };
}
