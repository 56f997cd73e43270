import { describe, expect, it } from 'vitest';
import type { ExtractedActor, ExtractedArticle } from '../../src/domain/article.js';
import { BadArticleError } from '../../src/domain/errors.js';
import { nameKeysOf, prepareBatch, storedDate } from '../../src/graph/ingest/prepare.js';

const BODY = 'Qatar said the Islamic Resistance Movement agreed. Talks will be held in Doha.';

function actor(name: string, kind: ExtractedActor['kind'], aliases: string[] = []): ExtractedActor {
  return { name, kind, aliases, affiliations: [], mentions: [{ sentenceIndex: 0, start: 0, end: 5 }], confidence: 0.9 };
}

function article(id: string, actors: ExtractedActor[]): ExtractedArticle {
  return {
    article: {
      id,
      title: `Article ${id}`,
      keywords: ['Gaza', 'gaza', 'Truce'],
      dateline: 'Doha',
      publishedAt: '2023-11-21',
      source: null,
      url: null,
      body: BODY,
      sentences: [
        { index: 0, start: 0, end: 50, text: BODY.slice(0, 50) },
        { index: 1, start: 51, end: BODY.length, text: BODY.slice(51) },
      ],
    },
    actors,
    statements: [
      {
        speaker: 'Qatar',
        text: 'the movement agreed',
        direct: false,
        date: '2023-11',
        via: null,
        evidence: { sentenceIndex: 0, start: 0, end: 49 },
        confidence: 0.8,
      },
    ],
    mediations: [
      {
        mediators: ['Qatar'],
        parties: ['Hamas', 'Israel'],
        subject: 'truce',
        evidence: [{ sentenceIndex: 0, start: 0, end: 49 }],
        confidence: 0.7,
      },
    ],
    meetings: [
      {
        kind: 'TALKS',
        participants: ['Qatar'],
        location: 'Doha',
        date: null,
        status: 'PLANNED',
        evidence: [{ sentenceIndex: 1, start: 51, end: 78 }],
        confidence: 0.6,
      },
    ],
  };
}

const ACTORS = [
  actor('Qatar', 'COUNTRY'),
  actor('Hamas', 'ORGANIZATION', ['Islamic Resistance Movement']),
  actor('Israel', 'COUNTRY'),
];

describe('prepareBatch', () => {
  it('collects every name key for the lookup', () => {
    expect(nameKeysOf([article('a', ACTORS)]).sort()).toEqual([
      'hamas',
      'islamic resistance movement',
      'israel',
      'qatar',
    ]);
  });

  it('merges an actor into the node that already owns one of its names', () => {
    const renamed = [
      actor('Qatar', 'COUNTRY'),
      actor('Islamic Resistance Movement', 'ORGANIZATION'),
      actor('Israel', 'COUNTRY'),
      actor('Hamas', 'ORGANIZATION'),
    ];
    const rows = prepareBatch([article('a', renamed)], new Map([['islamic resistance movement', 'hamas']]), 'rules');
    expect(rows.actors.map((a) => a.key)).toEqual(['hamas', 'israel', 'qatar']);
    expect(rows.mentions.map((m) => m.actor)).toEqual(['qatar', 'hamas', 'israel']);
  });

  it('merges within a batch: a later article reuses the node of an earlier one', () => {
    const second = article('b', [
      actor('Qatar', 'COUNTRY'),
      actor('Islamic Resistance Movement', 'ORGANIZATION'),
      actor('Israel', 'COUNTRY'),
      actor('Hamas', 'ORGANIZATION'),
    ]);
    const rows = prepareBatch([article('a', ACTORS), second], new Map(), 'rules');
    expect(rows.mentions.filter((m) => m.articleId === 'b').map((m) => m.actor)).toEqual(['qatar', 'hamas', 'israel']);
  });

  it('keeps a bare "Foreign Ministry" out of the keys of a ministry named with its country', () => {
    const egyptian = article('a', [
      ...ACTORS,
      actor('Egyptian Foreign Ministry', 'ORGANIZATION', ['Foreign Ministry']),
    ]);
    expect(nameKeysOf([egyptian])).toContain('egyptian foreign ministry');
    expect(nameKeysOf([egyptian])).not.toContain('foreign ministry');
  });

  it('makes a ministry named only "Foreign Ministry" its article\'s own: two articles give two actors', () => {
    const one = article('a', [...ACTORS, actor('Foreign Ministry', 'ORGANIZATION')]);
    const other = article('b', [...ACTORS, actor('Foreign Ministry', 'ORGANIZATION')]);
    const rows = prepareBatch([one, other], new Map(), 'rules');
    const ministries = rows.actors.filter((a) => a.name === 'Foreign Ministry');
    expect(ministries).toHaveLength(2);
    expect(nameKeysOf([one, other])).not.toContain('foreign ministry');
  });

  it('writes each actor once per batch, with the articles behind it and behind each of its names', () => {
    const second = article('b', [
      actor('Qatar', 'COUNTRY'),
      actor('Islamic Resistance Movement', 'ORGANIZATION'),
      actor('Israel', 'COUNTRY'),
      actor('Hamas', 'ORGANIZATION'),
    ]);
    const rows = prepareBatch([article('a', ACTORS), second], new Map(), 'rules');
    const hamas = rows.actors.find((a) => a.key === 'hamas');
    expect(hamas).toMatchObject({ articles: 2, first: '2023-11-21', last: '2023-11-21' });
    expect(hamas?.names).toEqual([
      { key: 'hamas', texts: ['Hamas'], articles: 2, primary: 1, reason: null },
      {
        key: 'islamic resistance movement',
        texts: ['Islamic Resistance Movement'],
        articles: 2,
        primary: 1,
        reason: null,
      },
    ]);
    const mentionB = rows.mentions.find((m) => m.articleId === 'b' && m.actor === 'hamas');
    expect(mentionB).toMatchObject({ nameKeys: ['islamic resistance movement', 'hamas'], starts: [0, 0] });
  });

  it("counts an affiliation once per article and records it on the article's mention of the member", () => {
    const withRole = (): ExtractedActor[] => [
      {
        ...actor('Haniya', 'PERSON'),
        affiliations: [
          { actor: 'Hamas', role: 'leader', evidence: { sentenceIndex: 0, start: 0, end: 5 } },
          { actor: 'Hamas', role: 'leader', evidence: { sentenceIndex: 1, start: 51, end: 55 } },
        ],
      },
      ...ACTORS,
    ];
    const rows = prepareBatch([article('a', withRole()), article('b', withRole())], new Map(), 'rules');
    expect(rows.affiliations).toHaveLength(1);
    expect(rows.affiliations[0]).toMatchObject({
      from: 'haniya',
      to: 'hamas',
      role: 'leader',
      articles: 2,
      articleId: 'a',
      sentenceIndex: 0,
    });
    expect(rows.mentions.filter((m) => m.actor === 'haniya').map((m) => [m.affiliatedTo, m.affiliationRoles])).toEqual([
      [['hamas'], ['leader']],
      [['hamas'], ['leader']],
    ]);
  });

  it("gives each article's event a provisional id of its own (coreference merges them later)", () => {
    const rows = prepareBatch([article('a', ACTORS), article('b', ACTORS)], new Map(), 'rules');
    expect(rows.statements[0]!.id).not.toBe(rows.statements[1]!.id);
    expect(rows.meetings[0]).toMatchObject({ publishedAt: '2023-11-21', placeKey: 'doha', placeRank: 0 });
    expect(rows.mediations[0]).toMatchObject({ mediators: ['qatar'], parties: ['hamas', 'israel'] });
  });

  it('keeps month precision and dedupes topics by key', () => {
    const rows = prepareBatch([article('a', ACTORS)], new Map(), 'rules');
    expect(rows.statements[0]).toMatchObject({ date: '2023-11-01', datePrecision: 'MONTH' });
    expect(rows.articles[0]!.topics).toEqual([
      { key: 'gaza', name: 'Gaza' },
      { key: 'truce', name: 'Truce' },
    ]);
    expect(storedDate('2023-11-21')).toEqual({ date: '2023-11-21', precision: 'DAY' });
  });

  it('rejects a reference to an actor the article does not list', () => {
    const broken = article('a', [actor('Qatar', 'COUNTRY')]);
    expect(() => prepareBatch([broken], new Map(), 'rules')).toThrow(BadArticleError);
    expect(() => prepareBatch([broken], new Map(), 'rules')).toThrow(/mediation party names "Hamas"/);
  });

  it('rejects evidence outside the article', () => {
    const broken = article('a', ACTORS);
    broken.statements[0]!.evidence = { sentenceIndex: 7, start: 0, end: 3 };
    expect(() => prepareBatch([broken], new Map(), 'rules')).toThrow(/lies outside the article/);
  });
});
