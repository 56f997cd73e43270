import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportGraph, NO_FILTER, type StreamFormat } from '../../src/graph/export/index.js';
import type { TextSink } from '../../src/graph/export/sink.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { actor, article, meeting } from './articles.js';
import { TestEnv } from './support.js';

describe('eventgraph export: the merged graph as json, jsonl, graphml and csv', () => {
  let env: TestEnv;
  const people = () => [actor('Vladimir Putin', 'PERSON'), actor('Donald Trump', 'PERSON')];
  const report = (title: string, publishedAt: string, status: 'PLANNED' | 'HELD') =>
    article(title, publishedAt, people(), [
      meeting({ status, participants: ['Vladimir Putin', 'Donald Trump'], location: 'Helsinki', date: '2018-07-16' }),
    ]);

  beforeAll(async () => {
    env = await TestEnv.start();
    await writeArticles(env.app.executor, [report('Announced', '2018-06-28', 'PLANNED')], 'test');
    await writeArticles(env.app.executor, [report('Held, "at last"', '2018-07-16', 'HELD')], 'test');
  });
  afterAll(() => env?.stop());

  const exported = async (format: StreamFormat, filter = NO_FILTER) => {
    let text = '';
    const sink: TextSink = { write: async (chunk) => void (text += chunk) };
    await exportGraph(env.app.executor, format, filter, sink);
    return text;
  };

  it('json is the GUIDELINE shape: one meeting reported by both articles, actor ids resolve', async () => {
    const graph = JSON.parse(await exported('json'));
    expect(Object.keys(graph)).toEqual(['articles', 'actors', 'statements', 'mediations', 'meetings']);
    expect(graph.articles).toHaveLength(2);
    const [only] = graph.meetings;
    expect(graph.meetings).toHaveLength(1);
    expect(only).toMatchObject({ kind: 'TALKS', location: 'Helsinki', date: '2018-07-16', status: 'HELD' });
    expect(only.articles).toHaveLength(2);
    const actorIds = new Set(graph.actors.map((a: { id: string }) => a.id));
    expect(only.participants.every((id: string) => actorIds.has(id))).toBe(true);
  });

  it('filters by article date; jsonl has one typed object per line', async () => {
    const early = JSON.parse(await exported('json', { from: null, to: '2018-07-01', actor: null }));
    expect(early.articles).toHaveLength(1);
    expect(early.meetings[0].articles).toHaveLength(1);
    const lines = (await exported('jsonl'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'meeting')).toHaveLength(1);
    expect(lines.filter((l) => l.type === 'article')).toHaveLength(2);
  });

  it('graphml declares its keys and holds every node and edge; csv has neo4j-admin headers', async () => {
    const graphml = await exported('graphml');
    expect(graphml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(graphml.match(/<node /g)).toHaveLength(2 + 2 + 1 + 1);
    expect(graphml).toContain('&quot;at last&quot;');
    const dir = mkdtempSync(join(tmpdir(), 'eventgraph-csv-'));
    await exportCsv(env.app.executor, dir);
    expect(readdirSync(dir)).toContain('REPORTED_IN-Meeting.csv');
    expect(readFileSync(join(dir, 'Actor.csv'), 'utf8').split('\n')[0]).toBe(
      'key:ID(Actor),name,kind,aliases:string[],mentionCount:int',
    );
    const attends = readFileSync(join(dir, 'ATTENDS.csv'), 'utf8').trim().split('\n');
    expect(attends[0]).toBe(':START_ID(Actor),:END_ID(Meeting)');
    expect(attends).toHaveLength(3);
    expect(readFileSync(join(dir, 'Article.csv'), 'utf8')).toContain('"Held, ""at last"""');
  });
});
