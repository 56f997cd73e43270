import type { Evidence, ExtractedActor, ExtractedArticle, IsoDate } from '../../domain/article.js';
import { BadArticleError } from '../../domain/errors.js';
import { nameKey, stableId } from '../../domain/keys.js';
import { countryOfPlace, isCountryPlace } from '../meeting/places.js';
import { statementTextKey } from '../statement/coreference.js';
import { BatchPeople } from './people.js';
import { ActorGrouper, type ActorInArticle, type AffiliationInArticle } from './group.js';
import type {
  ArticleWriteRow,
  BatchRows,
  EvidenceProps,
  MediationWriteRow,
  MeetingWriteRow,
  ReportProps,
  StatementWriteRow,
} from './rows.js';

/** Name key → key of the Actor node that already owns that name in the graph. */
export type KnownNames = ReadonlyMap<string, string>;

/** Every name key of every actor in the batch: what to look up in the graph before preparing. */
export function nameKeysOf(articles: readonly ExtractedArticle[]): string[] {
  const keys = new Set<string>();
  for (const { article, actors } of articles)
    for (const actor of actors) for (const key of mergeableKeys(actor, article.id)) keys.add(key);
  return [...keys];
}

/**
 * Turns extracted articles into write rows: resolves every actor to the node it merges into
 * (a name the graph already knows, else one seen earlier in the batch, else its own name), and
 * gives each statement, mediation and meeting a provisional id of its own (coreference then
 * matches it to the node it joins). Throws BadArticleError on dangling references.
 */
export function prepareBatch(
  articles: readonly ExtractedArticle[],
  known: KnownNames,
  extractor: string,
  people: BatchPeople = new BatchPeople([]),
): BatchRows {
  const events: Pick<BatchRows, 'articles' | 'statements' | 'mediations' | 'meetings'> = {
    articles: [],
    statements: [],
    mediations: [],
    meetings: [],
  };
  const grouper = new ActorGrouper();
  const batchNames = new Map(known);
  for (const extracted of articles) {
    const resolve = resolveActors(extracted, batchNames, people);
    events.articles.push(articleRow(extracted, extractor));
    for (const actor of extracted.actors) grouper.addActor(actorInArticle(extracted, actor, resolve, people.reasons));
    for (const affiliation of affiliationsOf(extracted, resolve)) grouper.addAffiliation(affiliation);
    events.statements.push(...statementRows(extracted, resolve));
    events.mediations.push(...mediationRows(extracted, resolve));
    events.meetings.push(...meetingRows(extracted, resolve));
  }
  return { ...events, ...grouper.rows() };
}

type Resolve = (reference: string, what: string) => string;

function namesOf(actor: ExtractedActor, articleId: string): { key: string; text: string }[] {
  const seen = new Set<string>();
  const out: { key: string; text: string }[] = [];
  const mergeable = new Set(mergeableKeys(actor, articleId));
  const keyOf = storedKeyOf(actorKeys(actor), articleId);
  for (const text of [actor.name, ...actor.aliases]) {
    const key = keyOf(nameKey(text));
    if (key && mergeable.has(key) && !seen.has(`${key}\u0000${text}`)) {
      seen.add(`${key}\u0000${text}`);
      out.push({ key, text });
    }
  }
  return out;
}

function actorKeys(actor: ExtractedActor): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(nameKey).filter(Boolean))];
}

const GOVERNMENT_PHRASE = /^government of |(?:^| )government$/;

/**
 * "foreign ministry", "ministry of foreign affairs": every state has one, so it is no key across articles: beside a
 * qualified name it is dropped, and a ministry named only so is its article's own (two articles' bare "Foreign
 * Ministry" are as often two countries' as one's).
 */
const BARE_MINISTRY = /^(?:[a-z]+ ministry|ministry of [a-z]+(?: affairs)?)$/;

function ministryKeys(keys: string[], articleId: string): string[] {
  const named = keys.filter((key) => !BARE_MINISTRY.test(key));
  return named.length > 0 ? named : keys.map(storedKeyOf(keys, articleId));
}

/** How an actor with these name keys stores a name key: as it is, or its article's own when all are bare ministries. */
function storedKeyOf(keys: string[], articleId: string): (key: string) => string {
  const bare = keys.length > 0 && keys.every((key) => BARE_MINISTRY.test(key));
  return bare ? (key) => articleScoped(key, articleId) : (key) => key;
}

/** A name key that no other article shares. */
function articleScoped(key: string, articleId: string): string {
  return `${key} (article ${articleId.slice(0, ARTICLE_SCOPE_CHARS)})`;
}

const ARTICLE_SCOPE_CHARS = 16;

/**
 * The keys that may merge the actor with others across articles: all of its names but a
 * government phrase that does not name it ("government of President X" given to a country by
 * guess), which would make two countries one. The article still resolves references to it.
 */
function mergeableKeys(actor: ExtractedActor, articleId: string): string[] {
  const keys = ministryKeys(actorKeys(actor), articleId);
  const plain = keys.filter((key) => !GOVERNMENT_PHRASE.test(key));
  if (plain.length === 0) return keys;
  return keys.filter((key) => !GOVERNMENT_PHRASE.test(key) || plain.some((name) => key.includes(name)));
}

/** The node an actor resolves to by the names the graph already knows, else its own name. */
export function knownKeyOf(actor: ExtractedActor, known: KnownNames, articleId: string): string {
  const keys = mergeableKeys(actor, articleId);
  return keys.map((key) => known.get(key)).find(Boolean) ?? keys[0] ?? '';
}

function resolveActors(extracted: ExtractedArticle, batchNames: Map<string, string>, people: BatchPeople): Resolve {
  const primaryOf = (actor: ExtractedActor) => {
    const primary = mergeableKeys(actor, extracted.article.id)[0];
    if (!primary) throw bad(extracted, `actor "${actor.name}" has an empty name`);
    return primary;
  };
  const exactOf = (actor: ExtractedActor) =>
    mergeableKeys(actor, extracted.article.id)
      .map((k) => batchNames.get(k))
      .find(Boolean);
  const fuzzy = people.match(extracted, exactOf, primaryOf);
  const local = new Map<string, string>();
  const targets = new Map<ExtractedActor, string>();
  const keyOf = (actor: ExtractedActor) => exactOf(actor) ?? primaryOf(actor);
  for (const actor of extracted.actors) {
    const exact = exactOf(actor);
    const homonym =
      exact === undefined
        ? null
        : (people.namesakeKey(actor, exact, primaryOf(actor)) ?? people.homonymKey(extracted, actor, exact, keyOf));
    const target = homonym ?? exact ?? fuzzy.get(actor) ?? primaryOf(actor);
    targets.set(actor, target);
    if (!homonym)
      for (const key of mergeableKeys(actor, extracted.article.id))
        if (!batchNames.has(key)) batchNames.set(key, target);
    for (const key of actorKeys(actor)) if (!local.has(key)) local.set(key, target);
  }
  people.register(extracted, (actor) => targets.get(actor) ?? primaryOf(actor));
  return (reference, what) => {
    const target = local.get(nameKey(reference));
    if (!target) throw bad(extracted, `${what} names "${reference}", which is not among the article's actors`);
    return target;
  };
}

function articleRow({ article }: ExtractedArticle, extractor: string): ArticleWriteRow {
  const topics = new Map<string, string>();
  for (const keyword of article.keywords) {
    const key = nameKey(keyword);
    if (key && !topics.has(key)) topics.set(key, keyword.trim());
  }
  return {
    id: article.id,
    title: article.title,
    titleKey: nameKey(article.title),
    body: article.body,
    url: article.url,
    siteName: article.siteName ?? null,
    source: article.source,
    sourceKey: article.source ? nameKey(article.source) || null : null,
    dateline: article.dateline,
    datelineKey: article.dateline ? nameKey(article.dateline) || null : null,
    publishedAt: article.publishedAt ? storedDate(article.publishedAt).date : null,
    keywords: article.keywords,
    topics: [...topics].map(([key, name]) => ({ key, name })),
    sentences: article.sentences.map((s) => s.text),
    sentenceStarts: article.sentences.map((s) => s.start),
    extractor,
    warnings: article.warnings ?? [],
  };
}

function actorInArticle(
  extracted: ExtractedArticle,
  actor: ExtractedActor,
  resolve: Resolve,
  reasons: ReadonlyMap<string, string>,
): ActorInArticle {
  const { id, publishedAt } = extracted.article;
  return {
    articleId: id,
    publishedAt: publishedAt ? storedDate(publishedAt).date : null,
    target: resolve(actor.name, 'actor'),
    name: actor.name,
    kind: actor.kind,
    names: namesOf(actor, extracted.article.id).map((name) => ({ ...name, reason: reasons.get(name.key) ?? null })),
    sentences: actor.mentions.map((m) => m.sentenceIndex),
    starts: actor.mentions.map((m) => m.start),
    ends: actor.mentions.map((m) => m.end),
    confidence: actor.confidence,
  };
}

/** An actor affiliated with itself (two names of one node) says nothing and is dropped. */
function affiliationsOf(extracted: ExtractedArticle, resolve: Resolve): AffiliationInArticle[] {
  return extracted.actors.flatMap((actor) =>
    actor.affiliations
      .map((affiliation) => ({
        ...evidenceProps(extracted, affiliation.evidence, actor.confidence),
        from: resolve(actor.name, 'affiliation'),
        to: resolve(affiliation.actor, `affiliation of "${actor.name}"`),
        role: affiliation.role ?? '',
      }))
      .filter((affiliation) => affiliation.from !== affiliation.to),
  );
}

function statementRows(extracted: ExtractedArticle, resolve: Resolve): StatementWriteRow[] {
  return extracted.statements.map((statement, index) => {
    const speaker = resolve(statement.speaker, 'statement speaker');
    const { date, precision } = storedDateOrNull(extracted, statement.date);
    return {
      ...reportProps(extracted, 'statement', index, statement.evidence, statement.confidence),
      speaker,
      text: statement.text,
      textKeyLength: statementTextKey(statement.text).length,
      direct: statement.direct,
      date,
      datePrecision: precision,
      via: statement.via ? resolve(statement.via, 'statement via') : null,
    };
  });
}

function mediationRows(extracted: ExtractedArticle, resolve: Resolve): MediationWriteRow[] {
  return extracted.mediations.map((mediation, index) => {
    const mediators = sortedKeys(mediation.mediators.map((m) => resolve(m, 'mediator')));
    const parties = sortedKeys(mediation.parties.map((p) => resolve(p, 'mediation party')));
    if (mediators.length === 0) throw bad(extracted, 'a mediation has no mediator');
    return {
      ...reportProps(
        extracted,
        'mediation',
        index,
        requireFirstEvidence(extracted, mediation.evidence, 'mediation'),
        mediation.confidence,
      ),
      mediators,
      parties,
      subject: mediation.subject,
    };
  });
}

function meetingRows(extracted: ExtractedArticle, resolve: Resolve): MeetingWriteRow[] {
  return extracted.meetings.map((meeting, index) => {
    const participants = sortedKeys(meeting.participants.map((p) => resolve(p, 'meeting participant')));
    const placeKey = meeting.location ? nameKey(meeting.location) || null : null;
    const { date, precision } = storedDateOrNull(extracted, meeting.date);
    return {
      ...reportProps(
        extracted,
        'meeting',
        index,
        requireFirstEvidence(extracted, meeting.evidence, 'meeting'),
        meeting.confidence,
      ),
      kind: meeting.kind,
      participants,
      placeKey,
      placeName: placeKey ? meeting.location : null,
      placeRank: placeKey && isCountryPlace(placeKey) ? 1 : 0,
      placeCountry: placeKey ? countryOfPlace(placeKey) : null,
      date,
      datePrecision: precision,
      status: meeting.status,
    };
  });
}

/**
 * Evidence, the article's date, and a provisional node id: this article's own item, until event
 * coreference (src/graph/ingest/coreference.ts) finds the node it joins.
 */
function reportProps(
  extracted: ExtractedArticle,
  what: string,
  index: number,
  evidence: Evidence,
  confidence: number,
): ReportProps {
  const { id, publishedAt } = extracted.article;
  const reportId = stableId(what, id, index);
  return {
    ...evidenceProps(extracted, evidence, confidence),
    id: reportId,
    reportId,
    publishedAt: publishedAt ? storedDate(publishedAt).date : null,
  };
}

function evidenceProps(extracted: ExtractedArticle, evidence: Evidence, confidence: number): EvidenceProps {
  const { sentences, body } = extracted.article;
  const valid =
    Number.isInteger(evidence.sentenceIndex) &&
    evidence.sentenceIndex >= 0 &&
    evidence.sentenceIndex < sentences.length &&
    evidence.start >= 0 &&
    evidence.end <= body.length &&
    evidence.start <= evidence.end;
  if (!valid) throw bad(extracted, `evidence ${JSON.stringify(evidence)} lies outside the article`);
  return { articleId: extracted.article.id, ...evidence, confidence };
}

function requireFirstEvidence(extracted: ExtractedArticle, evidence: readonly Evidence[], what: string): Evidence {
  const first = evidence[0];
  if (!first) throw bad(extracted, `a ${what} has no evidence`);
  return first;
}

function sortedKeys(keys: string[]): string[] {
  return [...new Set(keys)].sort();
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Contract date (`2023-11` or `2023-11-21`) → a stored day plus its precision. */
export function storedDate(iso: IsoDate): { date: string; precision: 'DAY' | 'MONTH' } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return match[3] ? { date: iso, precision: 'DAY' } : { date: `${iso}-01`, precision: 'MONTH' };
}

function storedDateOrNull(
  extracted: ExtractedArticle,
  iso: IsoDate | null,
): { date: string | null; precision: 'DAY' | 'MONTH' | null } {
  if (!iso) return { date: null, precision: null };
  if (!ISO_DATE.test(iso)) throw bad(extracted, `"${iso}" is not an ISO date`);
  return storedDate(iso);
}

function bad(extracted: ExtractedArticle, reason: string): BadArticleError {
  return new BadArticleError(extracted.article.title || extracted.article.id, `extraction is inconsistent: ${reason}`);
}
