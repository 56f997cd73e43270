import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { parseArticle } from '../../src/parse/index.js';
import { writeWithRetry } from '../../src/pipeline/write-batch.js';
import { TestEnv } from '../integration/support.js';
import { countOf } from './support.js';

describe('a batch with an article the database refuses', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await TestEnv.start();
  });
  afterAll(() => env?.stop());

  it('splits itself: the others are stored, the bad one is reported with the reason', async () => {
    const broken = articleSaying('An impossible date', 'Oman said talks would follow.');
    // Passes the shape check; Neo4j's date() refuses it inside the transaction.
    broken.statements.push({
      speaker: 'Oman',
      text: 'talks would follow',
      direct: false,
      date: '2023-02-30',
      via: null,
      evidence: { sentenceIndex: 0, start: 0, end: 4 },
      confidence: 0.5,
    });
    const batch = [
      articleSaying('First good article', 'Oman said it would host talks.'),
      broken,
      articleSaying('Second good article', 'Oman said the envoys had arrived.'),
      articleSaying('Third good article', 'Oman said a second round was planned.'),
    ];
    const result = await writeWithRetry(env.app.executor, batch, 'test', {
      attempts: 2,
      firstDelayMs: 1,
      maxDelayMs: 1,
    });
    expect(result.stored.map((e) => e.article.title).sort()).toEqual([
      'First good article',
      'Second good article',
      'Third good article',
    ]);
    expect(result.failed.map((f) => f.extracted.article.title)).toEqual(['An impossible date']);
    expect(result.failed[0]!.reason).toMatch(/^could not be stored/);
    expect(await countOf(env.app.executor, 'Article')).toBe(3);

    const again = await writeWithRetry(env.app.executor, batch.slice(0, 1), 'test');
    expect(again.alreadyStored).toHaveLength(1);
  });
});

function articleSaying(title: string, sentence: string): ExtractedArticle {
  const article = parseArticle({ origin: 'test', content: `${title}\n\n${sentence}`, format: 'text' });
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
