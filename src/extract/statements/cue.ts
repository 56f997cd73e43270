import { lexicon } from '../lexicon/index.js';
import type { Token } from '../tokens.js';
import { STATEMENT_WORDS as W } from './words.js';

/** A reporting verb used as one: "said", "saying", not "Said" (a name), "the said", "is to report". */
export function isCue(tokens: Token[], v: number): boolean {
  const verb = tokens[v]!;
  if (!verb.word || verb.cap || !lexicon().reporting.has(verb.lower)) return false;
  if (verb.lower.endsWith('ing') && !W.continuingCues.has(verb.lower)) return false;
  if (verb.lower === 'said' && tokens[v - 1]?.lower === 'the') return false;
  return !(W.copulas.has(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'to');
}

/**
 * A cue that heads a clause of reported speech: "saying" only after "as" or "sources"; a verb that
 * needs a clause ("urged", "believes") only before "that", ":" or a quote; a noun ("the report") never.
 */
export function isClauseCue(tokens: Token[], v: number): boolean {
  const verb = tokens[v]!;
  const next = tokens[v + 1];
  const prev = tokens[v - 1]?.lower ?? '';
  if (verb.lower.endsWith('ing') && prev !== 'as' && !W.sourceNouns.has(prev)) return false;
  const opensClause = !!next && (next.lower === 'that' || next.text === ':');
  if (lexicon().clauseOnly.has(verb.lower) && !(opensClause || (next && /^[“"]$/.test(next.text)))) return false;
  // "state media", "the report", "a claim": a noun, not a verb
  if (W.nounCues.has(verb.lower) && !opensClause) return false;
  // "the report was", "member states were": a noun before its verb
  return !(next && W.auxiliaries.has(next.lower));
}
