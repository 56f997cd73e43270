import { describe, expect, it } from 'vitest';
import { createArticles } from '../../src/graph/article/write.js';
import { claimActorNames, createMentions, mergeActors, mergeAffiliations } from '../../src/graph/actor/write.js';
import { mergeMediations } from '../../src/graph/mediation/write.js';
import { mergeMeetings } from '../../src/graph/meeting/write.js';
import { mergeStatements } from '../../src/graph/statement/write.js';
import { StatementRepository } from '../../src/graph/statement/repository.js';
import { actorLookaheadQuery } from '../../src/graph/actor/lookahead/query.js';
import type { ActorLookaheadSpec } from '../../src/graph/actor/lookahead/spec.js';
import { countQuery, luceneQuery, pageQuery } from '../../src/graph/shared/list-query.js';
import type { CypherQuery } from '../../src/graph/cypher.js';
import type { Executor } from '../../src/graph/executor.js';

/** An Executor stand-in that records the Cypher it is given; no database is involved. */
function recorder() {
  const seen: CypherQuery[] = [];
  const executor = {
    read: async (q: CypherQuery) => {
      seen.push(q);
      return [];
    },
  } as unknown as Executor;
  return { executor, seen };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Cypher the graph layer sends (snapshots, no database)', () => {
  it('write statements are parameterised UNWIND batches', () => {
    const batches = [
      createArticles([]),
      mergeActors([]),
      createMentions([]),
      mergeAffiliations([]),
      mergeStatements([]),
      mergeMediations([]),
      mergeMeetings([]),
    ];
    for (const query of batches) {
      expect(query.text).toMatch(/^UNWIND \$rows AS row/);
      expect(Object.keys(query.params)).toEqual(['rows']);
    }
    expect(squash(mergeStatements([]).text)).toMatchSnapshot();
    expect(squash(mergeMeetings([]).text)).toMatchSnapshot();
    expect(squash(mergeActors([]).text)).toMatchSnapshot();
    expect(squash(mergeAffiliations([]).text)).toMatchSnapshot();
  });

  it('names are claimed in sorted key order, so concurrent batches lock them in one order', () => {
    const query = claimActorNames(['qatar', 'hamas', 'israel']);
    expect(query.params).toEqual({ keys: ['hamas', 'israel', 'qatar'] });
    expect(squash(query.text)).toMatch(/^UNWIND \$keys AS key MERGE \(n:ActorName \{key: key\}\)/);
  });

  it('a filtered statement list puts every value in parameters', async () => {
    const { executor, seen } = recorder();
    const repo = new StatementRepository(executor);
    const filter = { speakerKey: 'o\'brien"} DETACH DELETE n //', from: '2023-11-01', search: 'truce', direct: true };
    await repo.page(filter, { skip: 20, limit: 11 });
    await repo.count(filter);
    expect(seen).toHaveLength(2);
    for (const query of seen) expect(query.text).not.toContain("o'brien");
    expect(seen[0]!.params).toMatchObject({
      speaker: filter.speakerKey,
      from: '2023-11-01',
      direct: true,
      search: '+(truce OR truce*)',
    });
    expect(squash(seen[0]!.text)).toMatchSnapshot();
    expect(squash(seen[1]!.text)).toMatchSnapshot();
  });

  it('page and count share the filter and differ only in the tail', () => {
    const spec = {
      source: 'MATCH (x:Actor)',
      variable: 'x',
      conditions: ['x.kind = $kind'],
      params: { kind: 'PERSON' },
      orderBy: 'x.name',
      projection: 'x {.name}',
    };
    expect(squash(pageQuery(spec, { skip: 0, limit: 5 }).text)).toBe(
      'MATCH (x:Actor) WHERE x.kind = $kind WITH x ORDER BY x.name SKIP $skip LIMIT $limit RETURN x {.name} AS row',
    );
    expect(squash(countQuery(spec).text)).toBe('MATCH (x:Actor) WHERE x.kind = $kind RETURN count(x) AS total');
  });

  it('the actor page compiles into one parameterised query, one subquery per list', () => {
    const page = { skip: 0, limit: 21 };
    const spec: ActorLookaheadSpec = {
      key: 'o\'brien"}) DETACH DELETE x //',
      statements: [{ page, total: true, evidence: { articles: true } }],
      meetings: [{ page, total: false, participants: true, evidence: null }],
      mediations: [
        { side: null, page, total: false, mediators: true, parties: true, evidence: null },
        {
          side: 'MEDIATOR',
          page: { skip: 5, limit: 3 },
          total: true,
          mediators: false,
          parties: false,
          evidence: { articles: false },
        },
      ],
    };
    const query = actorLookaheadQuery(spec);
    expect(query.text).not.toContain("o'brien");
    expect(query.params).toMatchObject({ key: spec.key });
    expect(Object.keys(query.params).sort()).toEqual([
      'c0_limit',
      'c0_skip',
      'c1_limit',
      'c1_skip',
      'c2_limit',
      'c2_skip',
      'c3_limit',
      'c3_skip',
      'key',
    ]);
    expect(Number(query.params.c3_skip)).toBe(5);
    // One subquery per list, and inside the list of mediations on either side one union of the two sides.
    expect(query.text.match(/CALL \(x\)/g)).toHaveLength(5);
    expect(query.text.match(/USING INDEX/g)).toHaveLength(5);
    // Totals are counted only for the lists that select them.
    const results = squash(query.text).slice(squash(query.text).lastIndexOf('RETURN x {'));
    expect(results).toContain('{ rows: c0, total: COUNT { (x)-[:MADE]->() } }');
    expect(results).toContain('{ rows: c1, total: null }');
    expect(results).toContain('{ rows: c2, total: null }');
    expect(results).toContain('{ rows: c3, total: COUNT { MATCH (x)-[:MEDIATES]->(m:Mediation) RETURN DISTINCT m } }');
    expect(squash(query.text)).toMatchSnapshot();
  });

  it('the actor page reads only the related rows it is asked for', () => {
    const bare = actorLookaheadQuery({
      key: 'k',
      statements: [{ page: { skip: 0, limit: 21 }, total: false, evidence: null }],
      meetings: [],
      mediations: [],
    });
    expect(bare.text).not.toMatch(/REPORTED_IN|ATTENDS|MEDIATES|Article/);
    const narrow = actorLookaheadQuery({
      key: 'k',
      statements: [{ page: { skip: 0, limit: 21 }, total: false, evidence: { articles: false } }],
      meetings: [],
      mediations: [],
      statementFields: ['text'],
      evidenceFields: [],
    });
    expect(squash(narrow.text)).toContain('row: s { .id, .text }');
    expect(squash(narrow.text)).toContain('evidence: { articleId: a.id }');
    expect(narrow.text).not.toMatch(/speakerKey|VIA|sentenceIndex/);
    expect(squash(bare.text)).toMatch(/\[\] AS meetings, \[\] AS mediations$/);
  });

  it('escapes Lucene syntax in search text and makes the last term a prefix', () => {
    expect(luceneQuery('ism hani')).toBe('+ism +(hani OR hani*)');
    expect(luceneQuery('al-Ansari (spokesman)')).toBe('+al\\-Ansari +(\\(spokesman\\) OR \\(spokesman\\)*)');
    expect(luceneQuery('   ')).toBeNull();
  });
});
