import { daysOutside } from '../shared/dates.js';
import { earliest, latest } from '../meeting/coreference.js';

/** What the graph (or an earlier report of the batch) knows of a mediation node. */
export interface MediationFacts {
  id: string;
  /** Mediator key → actor kind. */
  mediators: ReadonlyMap<string, string>;
  /** Party key → actor kind. */
  parties: ReadonlyMap<string, string>;
  articles: ReadonlySet<string>;
  firstReportedAt: string | null;
  lastReportedAt: string | null;
}

/** One article's report of a mediation, its actors resolved to keys. */
export interface MediationReport {
  /** Mediator key → actor kind. */
  mediators: ReadonlyMap<string, string>;
  /** Party key → actor kind. */
  parties: ReadonlyMap<string, string>;
  articleId: string;
  publishedAt: string | null;
}

/** Reports further apart than this are taken for different negotiations. */
const NEGOTIATION_WINDOW_DAYS = 200;

/**
 * How well a report fits a mediation node, or null: a shared mediator, the same sides (or no
 * parties named on one side), reports within one negotiation's time, never two of one article.
 * The subject's wording plays no part.
 */
export function mediationMatchScore(report: MediationReport, facts: MediationFacts): number | null {
  if (facts.articles.has(report.articleId)) return null;
  const mediators = [...report.mediators.keys()].filter((key) => facts.mediators.has(key)).length;
  const parties = [...report.parties.keys()].filter((key) => facts.parties.has(key)).length;
  if (mediators === 0 || !sameMediatingStates(report.mediators, facts.mediators)) return null;
  if (!sameSides(report.parties, facts.parties, parties)) return null;
  if (daysOutside(report.publishedAt, facts.firstReportedAt, facts.lastReportedAt) > NEGOTIATION_WINDOW_DAYS) {
    return null;
  }
  return mediators + parties;
}

/**
 * Two parties in common, or every party the shorter list names ("between Israel and Hamas",
 * "with Hamas"). One shared party of two joins only a node that names no more than two: another
 * name for the other side ("the ENDF" for Ethiopia) is common, but a node that has already taken
 * one must share two, or a mediator's every negotiation with one actor would chain into one node.
 * Two different countries are never other names for one side: Israel with the UAE and Israel with
 * Bahrain are two negotiations.
 */
function sameSides(report: ReadonlyMap<string, string>, facts: ReadonlyMap<string, string>, shared: number): boolean {
  if (report.size === 0 || facts.size === 0) return true;
  if (shared >= Math.min(2, report.size, facts.size)) return true;
  if (shared !== 1 || report.size > 2 || facts.size > 2) return false;
  const otherSide = (parties: ReadonlyMap<string, string>, other: ReadonlyMap<string, string>) =>
    [...parties].find(([key]) => !other.has(key));
  const [, reportKind] = otherSide(report, facts) ?? [];
  const [, factKind] = otherSide(facts, report) ?? [];
  return !(reportKind === 'COUNTRY' && factKind === 'COUNTRY');
}

/** When both sides name mediating countries, they name the same ones (envoys and ministries may differ). */
function sameMediatingStates(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  const states = (m: ReadonlyMap<string, string>) =>
    [...m].filter(([, kind]) => kind === 'COUNTRY').map(([key]) => key);
  const statesA = states(a);
  const statesB = new Set(states(b));
  if (statesA.length === 0 || statesB.size === 0) return true;
  return statesA.length === statesB.size && statesA.every((key) => statesB.has(key));
}

export function absorbMediation(facts: MediationFacts, report: MediationReport): MediationFacts {
  return {
    ...facts,
    mediators: new Map([...report.mediators, ...facts.mediators]),
    parties: new Map([...report.parties, ...facts.parties]),
    articles: new Set([...facts.articles, report.articleId]),
    firstReportedAt: earliest(facts.firstReportedAt, report.publishedAt),
    lastReportedAt: latest(facts.lastReportedAt, report.publishedAt),
  };
}

export function mediationFactsOf(id: string, report: MediationReport): MediationFacts {
  return {
    id,
    mediators: report.mediators,
    parties: report.parties,
    articles: new Set([report.articleId]),
    firstReportedAt: report.publishedAt,
    lastReportedAt: report.publishedAt,
  };
}
