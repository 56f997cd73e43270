import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { BadArticleError } from '../../src/domain/errors.js';
import { writeArticles } from '../../src/graph/ingest/write.js';
import { parseArticle } from '../../src/parse/index.js';
import { readSources } from '../../src/parse/sources.js';
import { EXAMPLES, TestEnv } from './support.js';

const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) {
  created counts { actors statements mediations meetings } article { title publishedAt } } }`;

const VALID_TEXT = `Oman, Yemen, talks

Omani envoys return to Sanaa

Muscat, May 3.- An Omani delegation arrived in Sanaa on Wednesday for talks with the Houthis, the Omani Foreign Ministry said.`;

describe('bad input gets a clear error and leaves the graph unchanged', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await TestEnv.start();
    await env.app.ingest.ingestStream(readSources([join(EXAMPLES, 'truce-moscow.txt')]));
  });
  afterAll(() => env?.stop());

  it('rejects an empty article through the API with BAD_ARTICLE', async () => {
    const before = await env.fingerprint();
    const response = await env.gql(INGEST, { input: { text: '   \n  ' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_ARTICLE');
    expect(response.errors?.[0]?.message).toMatch(/empty/);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('rejects a title without a body, and a bad date, with the reason', async () => {
    const before = await env.fingerprint();
    const noBody = await env.gql(INGEST, { input: { title: 'Only a headline' } });
    expect(noBody.errors?.[0]?.extensions?.code).toBe('BAD_ARTICLE');
    const badDate = await env.gql(INGEST, { input: { text: VALID_TEXT, publishedAt: '2023-13-45' } });
    expect(badDate.errors?.[0]?.message).toMatch(/Date/);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('stores a valid article through the API and reports what it stored; the second time nothing changes', async () => {
    const first = await env.gql(INGEST, { input: { text: VALID_TEXT, publishedAt: '2023-05-03' } });
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestArticle).toMatchObject({
      created: true,
      article: { title: 'Omani envoys return to Sanaa', publishedAt: '2023-05-03' },
    });
    expect(first.data.ingestArticle.counts.actors).toBeGreaterThan(0);
    const before = await env.fingerprint();
    const second = await env.gql(INGEST, { input: { text: VALID_TEXT, publishedAt: '2023-05-03' } });
    expect(second.data.ingestArticle.created).toBe(false);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('refuses an extraction that names an actor it does not list, before writing anything', async () => {
    const before = await env.fingerprint();
    const article = extractedStub('Dangling speaker');
    article.statements.push({
      speaker: 'Nobody Known',
      text: 'words',
      direct: false,
      date: null,
      via: null,
      evidence: { sentenceIndex: 0, start: 0, end: 5 },
      confidence: 0.5,
    });
    await expect(writeArticles(env.app.executor, [article], 'test')).rejects.toThrow(BadArticleError);
    expect(await env.fingerprint()).toEqual(before);
  });

  it('rolls back the whole batch when the database rejects a write midway', async () => {
    const before = await env.fingerprint();
    const good = extractedStub('A good article');
    const broken = extractedStub('An article with an impossible date');
    // Passes the shape check; Neo4j's date() rejects it after the articles and actors were written.
    broken.statements.push({
      speaker: 'Oman',
      text: 'a statement dated on a day that does not exist',
      direct: false,
      date: '2023-02-30',
      via: null,
      evidence: { sentenceIndex: 0, start: 0, end: 5 },
      confidence: 0.5,
    });
    await expect(writeArticles(env.app.executor, [good, broken], 'test')).rejects.toThrow();
    expect(await env.fingerprint()).toEqual(before);
  });
});

function extractedStub(title: string): ExtractedArticle {
  const article = parseArticle({
    origin: 'test',
    content: `${title}\n\nOman said it would host talks.`,
    format: 'text',
  });
  return {
    article,
    actors: [
      {
        name: 'Oman',
        kind: 'COUNTRY',
        aliases: [],
        affiliations: [],
        mentions: [{ sentenceIndex: 0, start: 0, end: 4 }],
        confidence: 0.9,
      },
    ],
    statements: [],
    mediations: [],
    meetings: [],
  };
}
