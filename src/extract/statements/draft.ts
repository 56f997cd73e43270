import type { SentenceAnalysis } from '../actors/mentions.js';
import type { ActorGroup } from '../actors/resolve.js';
import type { ExtractedMediation } from '../../domain/article.js';
import type { ArticleContext } from '../context.js';
import type { Rule } from '../rule.js';
import type { Token } from '../tokens.js';
import type { CueKind } from './cue.js';

/** A statement found by a rule, before its text is cleaned, deduplicated and dated. */
export interface Draft {
  speaker: ActorGroup;
  via: ActorGroup | null;
  textStart: number;
  textEnd: number;
  direct: boolean;
  sentence: number;
  /** The cue (reporting verb, "according") the statement hangs on. */
  verb: Token;
  /** Nobody is named: the speaker is the body taken to speak for unnamed sources (low confidence). */
  unnamed?: boolean;
  rule: string;
  /** Further passages of the same statement (a quote continued after its attribution). */
  more?: Array<[number, number]>;
  /** The passages are one clause with a phrase left out ("A, as reported by X, B"): joined by a space. */
  gapped?: boolean;
}

/** What the reader remembers across sentences of one article (passed along, never held in module state). */
export interface DiscourseState {
  /** The speaker of the latest statement. */
  lastSpeaker: ActorGroup | undefined;
  /** Sentence of the latest statement before the current sentence, or -1. */
  lastSentence: number;
  /** The actor whose statement the whole document is ("Statement by …"), null when it is none; found on first use. */
  documentSpeaker?: ActorGroup | null;
  /** The article's mediations ("the mediators said": the mediators of the one reported before). */
  mediations: readonly ExtractedMediation[];
  /** Unnamed sources by their noun ("official" → Iraq after "a senior Iraqi official said"): "the official said" again. */
  unnamedSources?: Map<string, ActorGroup>;
}

export const newDiscourse = (mediations: readonly ExtractedMediation[] = []): DiscourseState => ({
  lastSpeaker: undefined,
  lastSentence: -1,
  mediations,
});

/** A cue found by the cue stage: the token at `v` of the sentence. */
export interface CueInput {
  ctx: ArticleContext;
  an: SentenceAnalysis;
  v: number;
  state: DiscourseState;
  /** Statements already found in this sentence. */
  found: readonly Draft[];
}

/** A rule that applies returns its statements (possibly none); `resumeAt` lets the sentence be read on from that token. */
export interface RuleResult {
  drafts: Array<Omit<Draft, 'rule'>>;
  /** The statement goes on the previous statement's quote ("“A,” X said. “B.”"): append its text there. */
  continuesPrevious?: boolean;
  resumeAt?: number;
}

/** A statement rule, tried on the tokens that can cue `cue`. */
export interface StatementRule extends Rule<CueInput, RuleResult> {
  readonly cue: CueKind;
}
