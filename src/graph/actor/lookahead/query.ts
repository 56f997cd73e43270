import { cypher, type CypherQuery } from '../../cypher.js';
import { mediationsOf, SIDE_MEMBERS } from '../../mediation/repository.js';
import { ATTENDED, PARTICIPANTS } from '../../meeting/repository.js';
import { REPORTS } from '../../shared/evidence-read.js';
import {
  collectRelated,
  int,
  relationPage,
  type Page,
  type RelatedList,
  type RelationList,
} from '../../shared/list-query.js';
import {
  ACTOR_PROJECTION,
  ARTICLE_PROJECTION,
  EVIDENCE_PROJECTION,
  MEDIATION_ROW,
  MEETING_PLACE,
  MEETING_ROW,
  projection,
  STATEMENT_ROW,
  type RowProjection,
} from '../../shared/projections.js';
import { SPOKEN } from '../../statement/repository.js';
import type { ActorLookaheadSpec, EvidenceSpec, MediationsSpec, MeetingsSpec, StatementsSpec } from './spec.js';

/**
 * The actor look-ahead compiled into one query, as a small query tree: the actor at the root, one list
 * node per relationship list (a `CALL (x) { … }` subquery), and under each the related rows of its
 * events (COLLECT subqueries). Each node renders its own Cypher; every value is a parameter.
 */
export function actorLookaheadQuery(spec: ActorLookaheadSpec): CypherQuery {
  const params = new Params();
  const actors = narrowed('y', ACTOR_PROJECTION, 'key', spec.relatedActorFields);
  const articles = narrowed('a', ARTICLE_PROJECTION, 'id', spec.articleFields);
  const evidence = EVIDENCE_PROJECTION('r', 'a', spec.evidenceFields);
  const rows = {
    statements: eventRow(STATEMENT_ROW, spec.statementFields),
    meetings: eventRow(MEETING_ROW, spec.meetingFields, spec.placeFields && { place: MEETING_PLACE(spec.placeFields) }),
    mediations: eventRow(MEDIATION_ROW, spec.mediationFields),
  };
  const related = { actors, articles, evidence };
  const groups = {
    statements: spec.statements.map((list) => statementsNode(list, rows.statements, related)),
    meetings: spec.meetings.map((list) => meetingsNode(list, rows.meetings, related)),
    mediations: spec.mediations.map((list) => mediationsNode(list, rows.mediations, related)),
  };
  const calls: string[] = [];
  const results: string[] = [];
  let n = 0;
  for (const [group, nodes] of Object.entries(groups)) {
    const names = nodes.map((node) => {
      const name = `c${n++}`;
      calls.push(node.call(name, params));
      return node.result(name);
    });
    results.push(`[${names.join(', ')}] AS ${group}`);
  }
  return cypher(
    `MATCH (x:Actor {key: ${params.add('key', spec.key)}})
    ${calls.join('\n    ')}
    RETURN ${ACTOR_PROJECTION('x')} AS actor, ${results.join(', ')}`,
    params.values,
  );
}

/** Parameter names come from the query's own structure, never from input. */
class Params {
  readonly values: Record<string, unknown> = {};
  add(name: string, value: unknown): string {
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Related rows of an event, rendered as one entry of the event's row map. */
class RelatedNode {
  constructor(
    readonly name: string,
    private readonly list: RelatedList,
    private readonly projection: string,
  ) {}

  render(from: string): string {
    return `${this.name}: ${collectRelated(this.list, from, this.projection)}`;
  }
}

/** One page of a relationship list of the actor, with its events' related rows, and its total. */
class ListNode {
  constructor(
    private readonly list: RelationList,
    private readonly projection: (v: string) => string,
    private readonly page: Page,
    private readonly related: RelatedNode[],
    private readonly counted: boolean,
  ) {}

  call(name: string, params: Params): string {
    const v = this.list.variable;
    const row = `{ ${[`row: ${this.projection(v)}`, ...this.related.map((r) => r.render(v))].join(', ')} }`;
    const skip = params.add(`${name}_skip`, int(this.page.skip));
    const limit = params.add(`${name}_limit`, int(this.page.limit));
    return `CALL (x) {
      ${relationPage(this.list, row, skip, limit, name)}
    }`;
  }

  result(name: string): string {
    // An uncounted total is null: a hub's mediations are counted by reading its whole history.
    return `{ rows: ${name}, total: ${this.counted ? this.list.total : 'null'} }`;
  }
}

/** Projections of the related rows: actors, articles, evidence. */
interface RelatedProjections {
  actors: string;
  articles: string;
  evidence: string;
}

function statementsNode(spec: StatementsSpec, row: (v: string) => string, related: RelatedProjections): ListNode {
  return new ListNode(SPOKEN, row, spec.page, evidenceNodes(spec.evidence, related), spec.total);
}

function meetingsNode(spec: MeetingsSpec, row: (v: string) => string, related: RelatedProjections): ListNode {
  const nodes = [
    ...(spec.participants ? [actorsNode('participants', PARTICIPANTS, related.actors)] : []),
    ...evidenceNodes(spec.evidence, related),
  ];
  return new ListNode(ATTENDED, row, spec.page, nodes, spec.total);
}

function mediationsNode(spec: MediationsSpec, row: (v: string) => string, related: RelatedProjections): ListNode {
  const nodes = [
    ...(spec.mediators ? [actorsNode('mediators', SIDE_MEMBERS.MEDIATOR, related.actors)] : []),
    ...(spec.parties ? [actorsNode('parties', SIDE_MEMBERS.PARTY, related.actors)] : []),
    ...evidenceNodes(spec.evidence, related),
  ];
  return new ListNode(mediationsOf(spec.side), row, spec.page, nodes, spec.total);
}

/** An event row: its id and the listed properties, or the whole row (some read narrower by `overrides`). */
function eventRow<K extends string>(
  row: RowProjection<K>,
  fields: readonly K[] | undefined,
  overrides?: Partial<Record<K, (v: string) => string>>,
): (v: string) => string {
  return fields ? (v) => row.of(v, ['id' as K, ...fields.filter((f) => f !== 'id')], '', overrides) : (v) => row.all(v);
}

function actorsNode(name: string, list: RelatedList, projection: string): RelatedNode {
  return new RelatedNode(name, list, projection);
}

/** Rows of `v`: the key and the listed properties (names from the row types, never input), or the whole row. */
function narrowed(v: string, whole: (v: string) => string, key: string, fields: readonly string[] | undefined): string {
  return fields ? projection(v, [key, ...fields.filter((f) => f !== key)]) : whole(v);
}

function evidenceNodes(spec: EvidenceSpec | null, related: RelatedProjections): RelatedNode[] {
  if (!spec) return [];
  const article = spec.articles ? `, article: ${related.articles}` : '';
  return [new RelatedNode('evidence', REPORTS, `{ evidence: ${related.evidence}${article} }`)];
}
