import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';

/** A word or phrase that says someone mediates: "mediator", "brokered", "good offices", "Qatar-brokered". */
export interface MediationCue {
  tok: Token;
  /** "Qatar-brokered": the cue is glued to its mediator. */
  suffix: boolean;
  /** "hosted the talks", "the meeting was hosted by X": a host of talks, a mediator only between parties. */
  host?: boolean;
  /** "efforts to end …", "in a bid to revive …": whoever makes the effort may mediate. */
  effort?: boolean;
  /** "met separately with A and B": whoever meets each side may mediate. */
  separately?: boolean;
  /** "delivered a message from A to B": whoever carries it mediates between them; the token of "from". */
  relayFrom?: number;
}

/** "efforts to end", "a bid to revive": an effort noun, "to", and an effort verb. */
function effortAt(tokens: Token[], i: number): boolean {
  const words = lexicon().mediationWords;
  return (
    words.effortNouns.has(tokens[i]!.lower) &&
    tokens[i + 1]?.lower === 'to' &&
    words.effortVerbs.has(tokens[i + 2]?.lower ?? '')
  );
}

/** "met separately with", "meeting the sides separately": a side-by-side meeting adverb next to a meeting verb. */
function separatelyAt(tokens: Token[], i: number): boolean {
  const lex = lexicon();
  if (!lex.mediationWords.separately.has(tokens[i]!.lower)) return false;
  return tokens.slice(Math.max(0, i - 2), i).some((t) => lex.meetingWords.sideVerbs.has(t.lower));
}

/** "delivered a message from the United States to North Korea": the token of "from" after a relay verb, or -1. */
function relayFromAt(tokens: Token[], i: number): number {
  if (!lexicon().mediationWords.relayVerbs.has(tokens[i]!.lower)) return -1;
  const noun = tokens.slice(i + 1, i + 4).findIndex((t) => /^messages?$/.test(t.lower));
  const from = i + 1 + noun + 1;
  return noun >= 0 && tokens[from]?.lower === 'from' ? from : -1;
}

/** "passed proposals between the delegation of X and that of Y": a relay verb, what it carries, then "between". */
function relayedBetween(tokens: Token[], i: number): boolean {
  if (!lexicon().mediationWords.relayVerbs.has(tokens[i]!.lower)) return false;
  const between = tokens.slice(i + 2, i + 2 + RELAYED_WORDS).findIndex((t) => t.lower === 'between');
  return between >= 0 && tokens.slice(i + 1, i + 2 + between).every((t) => t.word && !t.cap);
}

/** Words of what is relayed before "between" ("passed their draft proposals between"). */
const RELAYED_WORDS = 3;

/** "Turkey hosted the talks", "the negotiations were hosted by Turkey": a host verb next to talks words. */
function hostOfTalks(tokens: Token[], i: number): boolean {
  const lex = lexicon();
  if (!lex.meetingWords.hostVerbs.has(tokens[i]!.lower)) return false;
  const talks = (t: Token): boolean => lex.mediationWords.talkObjects.has(t.lower);
  return tokens[i + 1]?.lower === 'by'
    ? tokens.slice(Math.max(0, i - 6), i).some(talks)
    : tokens.slice(i + 1, i + 1 + HOSTED_TALKS_REACH).some(talks);
}

/** "will host a new round of talks": how many words after the host verb its talks may be. */
const HOSTED_TALKS_REACH = 6;

/** True when the words of `phrase` start at token k. */
export const phraseAt = (tokens: Token[], k: number, phrase: string[]): boolean =>
  phrase.every((w, n) => tokens[k + n]?.lower === w);

/** "agreed to facilitate aid deliveries", "sponsored a resolution": a verb used for something other than talks. */
function plainVerbUse(tokens: Token[], i: number): boolean {
  const words = lexicon().mediationWords;
  if (!words.talkOnlyVerbs.has(tokens[i]!.lower) || tokens[i + 1]?.lower === 'by') return false;
  return !tokens.slice(i + 1, i + 5).some((x) => words.talkObjects.has(x.lower));
}

/** The mediation cues of a sentence, from the lexicon's cue words, phrases and suffixes. */
export function findMediationCues(tokens: Token[]): MediationCue[] {
  const cues = lexicon().mediationCues;
  const words = lexicon().mediationWords;
  const out: MediationCue[] = [];
  for (const tok of tokens) {
    const dash = tok.lower.lastIndexOf('-');
    if (dash > 0 && cues.suffixes.has(tok.lower.slice(dash + 1))) out.push({ tok, suffix: true });
    else if (
      cues.words.has(tok.lower) &&
      !plainVerbUse(tokens, tok.i) &&
      !words.cueMisleads.has(tokens[tok.i - 1]?.lower ?? '')
    )
      out.push({ tok, suffix: false });
    else if (cues.phrases.some((p) => phraseAt(tokens, tok.i, p))) out.push({ tok, suffix: false });
    else if (hostOfTalks(tokens, tok.i)) out.push({ tok, suffix: false, host: true });
    else if (
      (words.betweenCues.has(tok.lower) && tokens[tok.i + 1]?.lower === 'between') ||
      relayedBetween(tokens, tok.i)
    )
      out.push({ tok, suffix: false });
    else if (effortAt(tokens, tok.i)) out.push({ tok, suffix: false, effort: true });
    else if (separatelyAt(tokens, tok.i)) out.push({ tok, suffix: false, separately: true });
    else {
      const relayFrom = relayFromAt(tokens, tok.i);
      if (relayFrom > 0) out.push({ tok, suffix: false, relayFrom });
    }
  }
  return out;
}
