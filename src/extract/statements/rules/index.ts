import type { StatementRule } from '../draft.js';
import { accordingTo } from './according-to.js';
import { clauseThenCueSubject } from './clause-then-cue-subject.js';
import { clauseThenSubjectCue } from './clause-then-subject-cue.js';
import { quoteThenCue } from './quote-then-cue.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { subjectCueContent } from './subject-cue-content.js';

/** Rules tried on any reporting verb, before the clause-cue filter ("quoted … as saying"). */
export const ANY_CUE_RULES: readonly StatementRule[] = [quotedAsSaying];

/** Rules tried in order on a reporting verb heading a clause of reported speech; the first that applies wins. */
export const CLAUSE_CUE_RULES: readonly StatementRule[] = [
  quoteThenCue,
  clauseThenSubjectCue,
  clauseThenCueSubject,
  subjectCueContent,
];

/** Rules tried once per sentence on its "according to", when no cue gave a statement. */
export const SENTENCE_RULES: readonly StatementRule[] = [accordingTo];

export const STATEMENT_RULES: readonly StatementRule[] = [...ANY_CUE_RULES, ...CLAUSE_CUE_RULES, ...SENTENCE_RULES];
