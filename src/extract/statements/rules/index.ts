import type { StatementRule } from '../draft.js';
import { accordingTo } from './according-to.js';
import { asReportedBy } from './as-reported-by.js';
import { actObject } from './act-object.js';
import { clauseThenCueSubject } from './clause-then-cue-subject.js';
import { clauseThenSubjectCue } from './clause-then-subject-cue.js';
import { continuation } from './continuation.js';
import { continuedQuote } from './continued-quote.js';
import { quoteThenCue } from './quote-then-cue.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { statementDocument } from './statement-document.js';
import { statementSaying } from './statement-saying.js';
import { subjectCueContent } from './subject-cue-content.js';

/** Rules tried in order on each cue of a sentence (those whose `cue` the token can be); the first that applies wins. */
export const CUE_RULES: readonly StatementRule[] = [
  asReportedBy,
  quotedAsSaying,
  quoteThenCue,
  statementSaying,
  clauseThenSubjectCue,
  clauseThenCueSubject,
  subjectCueContent,
  actObject,
  continuation,
];

/** Rules tried on a sentence in which no cue gave a statement. */
export const SENTENCE_RULES: readonly StatementRule[] = [accordingTo, continuedQuote, statementDocument];

export const STATEMENT_RULES: readonly StatementRule[] = [...CUE_RULES, ...SENTENCE_RULES];
