import { distance } from 'fastest-levenshtein';
import { nameKey } from '../../domain/keys.js';
import { daysOutside } from '../shared/dates.js';
import { earliest, latest } from '../meeting/coreference.js';

/** What the graph (or an earlier report of the batch) knows of a statement node. */
export interface StatementFacts {
  id: string;
  speaker: string;
  /** nameKey of the text: case, accents and punctuation do not count. */
  textKey: string;
  articles: ReadonlySet<string>;
  firstReportedAt: string | null;
  lastReportedAt: string | null;
}

export interface StatementReport {
  speaker: string;
  textKey: string;
  articleId: string;
  publishedAt: string | null;
}

/** Outlets carry the same statement within days of each other. */
const CARRIED_WINDOW_DAYS = 14;
/** Edit distance, as a share of the longer text, below which two texts are one statement. */
const NEAR_IDENTICAL = 0.15;

/** 1 when the report is the same statement (same speaker, near-identical text), else null. */
export function statementMatchScore(report: StatementReport, facts: StatementFacts): number | null {
  if (facts.articles.has(report.articleId) || report.speaker !== facts.speaker) return null;
  if (daysOutside(report.publishedAt, facts.firstReportedAt, facts.lastReportedAt) > CARRIED_WINDOW_DAYS) return null;
  const longer = Math.max(report.textKey.length, facts.textKey.length);
  if (longer === 0) return null;
  const share = distance(report.textKey, facts.textKey) / longer;
  return share <= NEAR_IDENTICAL ? 2 - share : null;
}

export function statementTextKey(text: string): string {
  return nameKey(text);
}

/**
 * The text-key lengths a stored statement can have and still be near-identical to a report whose
 * key is `length` long: an edit distance is at least the difference of the lengths, so a length
 * outside this range fails statementMatchScore whatever the text. One character of slack each side
 * keeps rounding from ruling out a match.
 */
export function nearIdenticalLengths(length: number): { minLength: number; maxLength: number } {
  return {
    minLength: Math.floor(length * (1 - NEAR_IDENTICAL)) - 1,
    maxLength: Math.ceil(length / (1 - NEAR_IDENTICAL)) + 1,
  };
}

export function absorbStatement(facts: StatementFacts, report: StatementReport): StatementFacts {
  return {
    ...facts,
    articles: new Set([...facts.articles, report.articleId]),
    firstReportedAt: earliest(facts.firstReportedAt, report.publishedAt),
    lastReportedAt: latest(facts.lastReportedAt, report.publishedAt),
  };
}

export function statementFactsOf(id: string, report: StatementReport): StatementFacts {
  return {
    id,
    ...report,
    articles: new Set([report.articleId]),
    firstReportedAt: report.publishedAt,
    lastReportedAt: report.publishedAt,
  };
}
