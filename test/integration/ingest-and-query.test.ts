import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/parse/sources.js';
import { EXAMPLES, FIXTURES, TestEnv } from './support.js';

const TRUCE = join(EXAMPLES, 'truce-moscow.txt');

const ACTOR_BY_NAME = `query ($search: String!) {
  actors(search: $search, first: 5) {
    totalCount
    edges { node { id name kind aliases mentionCount } }
  }
}`;

const EVIDENCE = `evidence { article { title publishedAt } sentenceIndex sentence start end text confidence }`;

describe('article → graph → GraphQL, on a real Neo4j', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await TestEnv.start();
    const summary = await env.app.ingest.ingestStream(readSources([TRUCE]));
    expect(summary.articles).toBe(1);
  });
  afterAll(() => env?.stop());

  it('answers /health with Neo4j reachable', async () => {
    const response = await fetch(`${env.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: true });
  });

  it('serves the article with its metadata and sentences', async () => {
    const { data } = await env.gql(`{ articles(first: 5) { totalCount edges { node {
      id title publishedAt source dateline keywords sentences topics { name } } } } }`);
    expect(data.articles.totalCount).toBe(1);
    const article = data.articles.edges[0].node;
    expect(article).toMatchObject({
      title: 'Proximity of a truce between Hamas and Israel',
      publishedAt: '2023-11-21',
      source: 'Sputnik',
      dateline: 'Moscow',
    });
    expect(article.keywords).toContain('ceasefire');
    expect(article.topics.map((t: { name: string }) => t.name)).toContain('truce');
    expect(article.sentences.length).toBeGreaterThan(5);
    const byId = await env.gql(`query ($id: ID!) { article(id: $id) { title } }`, { id: article.id });
    expect(byId.data.article.title).toBe(article.title);
  });

  it('finds actors by name and alias through the full-text index, one node each', async () => {
    const hamas = await env.gql(ACTOR_BY_NAME, { search: 'Hamas' });
    const node = hamas.data.actors.edges[0].node;
    expect(node).toMatchObject({ name: 'Hamas', kind: 'ORGANIZATION', mentionCount: 1 });
    expect(node.aliases).toContain('Islamic Resistance Movement');

    const byAlias = await env.gql(ACTOR_BY_NAME, { search: 'Islamic Resistance' });
    expect(byAlias.data.actors.edges.map((e: any) => e.node.id)).toContain(node.id);

    const haniya = await env.gql(ACTOR_BY_NAME, { search: 'Hani' });
    expect(haniya.data.actors.edges[0].node).toMatchObject({ name: 'Ismail Haniya', kind: 'PERSON' });

    const qatar = await env.gql(ACTOR_BY_NAME, { search: 'Qatar' });
    expect(qatar.data.actors.edges[0].node).toMatchObject({ name: 'Qatar', kind: 'COUNTRY' });
  });

  it('serves statements with speaker, channel and evidence spans that point into the article', async () => {
    const hamas = (await env.gql(ACTOR_BY_NAME, { search: 'Hamas' })).data.actors.edges[0].node;
    const { data } = await env.gql(
      `query ($speaker: ID!) { statements(filter: { speaker: $speaker }, first: 20) {
        totalCount edges { node { text direct date speaker { name } via { name kind } ${EVIDENCE} } } } }`,
      { speaker: hamas.id },
    );
    expect(data.statements.totalCount).toBeGreaterThanOrEqual(2);
    const nodes = data.statements.edges.map((e: any) => e.node);
    const telegram = nodes.find((s: any) => s.via?.name === 'Telegram');
    expect(telegram).toMatchObject({ direct: true, date: '2023-11-21', speaker: { name: 'Hamas' } });
    expect(telegram.text).toMatch(/getting closer to concluding a truce agreement/);

    const body = readFileSync(TRUCE, 'utf8');
    for (const statement of nodes) {
      const [evidence] = statement.evidence;
      expect(evidence.article.title).toBe('Proximity of a truce between Hamas and Israel');
      expect(evidence.end).toBeGreaterThan(evidence.start);
      expect(evidence.sentence).toContain(evidence.text);
      expect(body).toContain(evidence.sentence.slice(0, 40));
      expect(evidence.confidence).toBeGreaterThan(0);
    }
  });

  it('serves the mediation as mediator plus parties, with evidence', async () => {
    const { data } = await env.gql(`{ mediations { totalCount edges { node {
      subject mediators { name } parties { name } ${EVIDENCE} } } } }`);
    const mediation = data.mediations.edges
      .map((e: any) => e.node)
      .find((m: any) => m.mediators.some((a: any) => a.name === 'Qatar'));
    expect(mediation).toBeDefined();
    expect(mediation.parties.map((a: any) => a.name)).toEqual(expect.arrayContaining(['Hamas', 'Israel']));
    expect(mediation.evidence[0].sentence).toMatch(/mediat/i);
  });

  it('serves meetings with place, date, status and participants; London and Paris are two meetings', async () => {
    const query = `query ($place: String!) { meetings(filter: { place: $place }) { edges { node {
      kind status date place { name } participants { name } ${EVIDENCE} } } } }`;
    const moscow = (await env.gql(query, { place: 'Moscow' })).data.meetings.edges.map((e: any) => e.node);
    expect(moscow).toHaveLength(1);
    expect(moscow[0]).toMatchObject({
      kind: 'TALKS',
      status: 'PLANNED',
      date: '2023-11-21',
      place: { name: 'Moscow' },
    });
    expect(moscow[0].participants.map((a: any) => a.name)).toContainEqual(expect.stringMatching(/^Contact Group/));

    for (const place of ['London', 'Paris']) {
      const meetings = (await env.gql(query, { place })).data.meetings.edges;
      expect(meetings, place).toHaveLength(1);
      expect(meetings[0].node.status).toBe('PLANNED');
    }
    const riyadh = (await env.gql(query, { place: 'Riyadh' })).data.meetings.edges[0].node;
    expect(riyadh).toMatchObject({ kind: 'SUMMIT', status: 'HELD' });
  });

  it('traverses from an actor to its statements, meetings and mediations', async () => {
    const qatar = (await env.gql(ACTOR_BY_NAME, { search: 'Qatar' })).data.actors.edges[0].node;
    const { data } = await env.gql(
      `query ($id: ID!) { node(id: $id) { ... on Actor { name
        mediations(role: MEDIATOR) { totalCount edges { node { parties { name } } } }
        asParty: mediations(role: PARTY) { totalCount } } } }`,
      { id: qatar.id },
    );
    expect(data.node.name).toBe('Qatar');
    expect(data.node.mediations.totalCount).toBe(1);
    expect(data.node.asParty.totalCount).toBe(0);
  });

  it('re-ingesting the same article changes nothing', async () => {
    const before = await env.fingerprint();
    const summary = await env.app.ingest.ingestStream(readSources([TRUCE]));
    expect(summary.articles).toBe(0);
    expect(summary.skipped).toEqual([
      { origin: TRUCE, outcome: 'already-stored', reason: 'already in the graph (same content)' },
    ]);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('merges actors across articles: one Hamas, one Qatar, one Israel', async () => {
    const summary = await env.app.ingest.ingestStream(readSources([join(FIXTURES, 'gaza-exchange-doha.txt')]));
    expect(summary.articles).toBe(1);
    for (const name of ['Hamas', 'Qatar', 'Israel']) {
      const { data } = await env.gql(
        `query ($n: String!) { actors(search: $n) { edges { node { name mentionCount } } } }`,
        { n: name },
      );
      const exact = data.actors.edges.filter((e: any) => e.node.name === name);
      expect(exact, name).toHaveLength(1);
      expect(exact[0].node.mentionCount, name).toBe(2);
    }
  });
});
