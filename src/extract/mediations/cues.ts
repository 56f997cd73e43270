import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';

/** A word or phrase that says someone mediates: "mediator", "brokered", "good offices", "Qatar-brokered". */
export interface MediationCue {
  tok: Token;
  /** "Qatar-brokered": the cue is glued to its mediator. */
  suffix: boolean;
  /** "hosted the talks", "the meeting was hosted by X": a host of talks, a mediator only between parties. */
  host?: boolean;
}

/** "Turkey hosted the talks", "the negotiations were hosted by Turkey": a host verb next to talks words. */
function hostOfTalks(tokens: Token[], i: number): boolean {
  const lex = lexicon();
  if (!lex.meetingWords.hostVerbs.has(tokens[i]!.lower)) return false;
  const talks = (t: Token): boolean => lex.mediationWords.talkObjects.has(t.lower);
  return tokens[i + 1]?.lower === 'by'
    ? tokens.slice(Math.max(0, i - 6), i).some(talks)
    : tokens.slice(i + 1, i + 5).some(talks);
}

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
  const out: MediationCue[] = [];
  for (const tok of tokens) {
    const dash = tok.lower.lastIndexOf('-');
    if (dash > 0 && cues.suffixes.has(tok.lower.slice(dash + 1))) out.push({ tok, suffix: true });
    else if (cues.words.has(tok.lower) && !plainVerbUse(tokens, tok.i)) out.push({ tok, suffix: false });
    else if (cues.phrases.some((p) => phraseAt(tokens, tok.i, p))) out.push({ tok, suffix: false });
    else if (hostOfTalks(tokens, tok.i)) out.push({ tok, suffix: false, host: true });
  }
  return out;
}
