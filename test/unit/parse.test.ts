import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BadArticleError } from '../../src/domain/errors.js';
import { parseArticle } from '../../src/parse/index.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');
const text = (content: string, overrides = {}) => parseArticle({ origin: 't', content, format: 'text', overrides });

describe('parseArticle: wire layout', () => {
  const a = text(fixture('truce-moscow.txt'), { publishedAt: '2023-11-21' });
  it('reads keywords, title, dateline, source and date', () => {
    expect(a.keywords).toEqual(['Israel', 'Hamas', 'Palestine', 'Gaza', 'truce', 'ceasefire', 'resistance']);
    expect(a.title).toBe('Proximity of a truce between Hamas and Israel');
    expect(a.dateline).toBe('Moscow');
    expect(a.source).toBe('Sputnik');
    expect(a.publishedAt).toBe('2023-11-21');
  });
  it('strips the dateline, photo credit and trailing boilerplate from the body', () => {
    expect(a.body.startsWith('Hamas (Islamic Resistance Movement)')).toBe(true);
    expect(a.body).not.toMatch(/Photo: AP|En esta categor|correo|\(Sputnik\)/);
    expect(a.body.endsWith('London and Paris.')).toBe(true);
  });
  it('gives sentences whose offsets point into the body', () => {
    expect(a.sentences.length).toBeGreaterThan(8);
    for (const s of a.sentences) expect(a.body.slice(s.start, s.end)).toBe(s.text);
    expect(a.sentences[0]!.text.endsWith('Ismail Haniya.')).toBe(true);
  });
});

describe('parseArticle: datelines and credits', () => {
  it('reads "CITY (Agency) -" and "CITY, Month D (Agency) --"', () => {
    const a = text('Talks resume\n\nDOHA (Reuters) - Envoys of the two sides met on Monday to discuss a swap.');
    expect(a.dateline).toBe('Doha');
    expect(a.source).toBe('Reuters');
    expect(a.body.startsWith('Envoys')).toBe(true);
    const b = text('Summit ends\n\nADDIS ABABA, Nov 2 (Xinhua) -- Leaders closed the summit with a joint communique.');
    expect(b.dateline).toBe('Addis Ababa');
    expect(b.source).toBe('Xinhua');
  });
  it('does not take a photo credit for the source', () => {
    const a = text('A title\n\nThe minister said the border would reopen next week. (Photo: AFP)');
    expect(a.source).toBeNull();
    expect(a.body).toBe('The minister said the border would reopen next week.');
  });
  it('skips a repeated title, date stamps, captions and promotions', () => {
    const a = text(
      'Envoys meet\n\nEnvoys meet\n\n11/09/2023\n\nThe envoys met in Geneva. (Agency/Some Photographer)\n\nThe envoys met in Geneva on Monday.\n\nALSO READ: Something else\n\nThey agreed to meet again.\n\nShare this',
    );
    expect(a.body).toBe('The envoys met in Geneva on Monday.\n\nThey agreed to meet again.');
    expect(a.publishedAt).toBe('2023-11-09');
  });
  it('splits glued sentences', () => {
    const a = text('T\n\nThe rebels agreed to talks.The army said it would attend.');
    expect(a.sentences.map((s) => s.text)).toEqual(['The rebels agreed to talks.', 'The army said it would attend.']);
  });
  it('keeps an initialism inside a compound and a period before a lower-case word in one sentence', () => {
    const a = text(
      'T\n\nXi said the China-U.S. relationship mattered. The envoy said the U.S. plan was vague. He left.',
    );
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Xi said the China-U.S. relationship mattered.',
      'The envoy said the U.S. plan was vague.',
      'He left.',
    ]);
  });
});

describe('parseArticle: JSON and errors', () => {
  it('reads the JSON shape', () => {
    const a = parseArticle({
      origin: 'j',
      format: 'auto',
      content: JSON.stringify({
        title: 'T',
        body: 'The envoy arrived in Oslo.',
        publishedAt: '2024-01-05T10:00:00Z',
        url: 'u',
        keywords: ['a'],
      }),
    });
    expect(a.publishedAt).toBe('2024-01-05');
    expect(a.url).toBe('u');
    expect(a.keywords).toEqual(['a']);
  });
  it('overrides win over the JSON', () => {
    const a = parseArticle({
      origin: 'j',
      format: 'json',
      content: '{"title":"T","body":"Some body text here.","publishedAt":"2024-01-05"}',
      overrides: { publishedAt: '2024-02-01', source: 'AP' },
    });
    expect(a.publishedAt).toBe('2024-02-01');
    expect(a.source).toBe('AP');
  });
  it.each([
    ['empty', '   \n '],
    ['title only', 'Just a title'],
    ['bad JSON', '{"title": '],
  ])('rejects %s', (_, content) => {
    expect(() => parseArticle({ origin: 'x', content, format: 'auto' })).toThrow(BadArticleError);
  });
  it('rejects an invalid publishedAt with its reason', () => {
    expect(() => text('T\n\nBody text.', { publishedAt: '2023-13-40' })).toThrow(/not an ISO date/);
  });
  it('gives the same id to the same text', () => {
    expect(text('T\n\nBody text.').id).toBe(text('T\n\n  Body   text.').id);
  });
});
