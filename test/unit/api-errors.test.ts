import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useErrorMasking } from '../../src/api/plugins/mask-errors.js';
import { fromGlobalId, localIdOf, toGlobalId } from '../../src/api/ids.js';
import { connection, encodeCursor, requestedPage } from '../../src/api/pagination.js';
import { bucketStart, bucketStarts } from '../../src/graph/analytics/buckets.js';
import { BadArticleError } from '../../src/domain/errors.js';

describe('error masking', () => {
  const internal = new GraphQLError('boom', { path: ['actor'], originalError: new Error('secret database detail') });

  it('hides internal errors in production behind a correlation id that is logged', () => {
    const logged: string[] = [];
    const format = useErrorMasking({ production: true, log: (line) => logged.push(line) });
    const out = format({ message: 'secret database detail', path: ['actor'] }, internal);
    expect(out.message).toMatch(/^Internal server error \(id [0-9a-f-]{36}\)$/);
    const id = out.extensions?.correlationId as string;
    expect(out.message).toContain(id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(id);
    expect(logged[0]).toContain('secret database detail');
  });

  it('keeps client errors as they are, with their code', () => {
    const format = useErrorMasking({ production: true, log: () => {} });
    const bad = new GraphQLError('x', {
      path: ['ingestArticle'],
      originalError: new BadArticleError('here', 'the article is empty'),
    });
    expect(format({ message: 'here: the article is empty' }, bad)).toMatchObject({
      message: 'here: the article is empty',
      extensions: { code: 'BAD_ARTICLE' },
    });
  });

  it('shows the message with the correlation id outside production', () => {
    const format = useErrorMasking({ production: false, log: () => {} });
    const out = format({ message: 'secret database detail' }, internal);
    expect(out.message).toBe('secret database detail');
    expect(out.extensions?.correlationId).toBeTypeOf('string');
  });
});

describe('ids, cursors and buckets', () => {
  it('round-trips global ids and refuses the wrong type', () => {
    const id = toGlobalId('Actor', 'hamas');
    expect(fromGlobalId(id)).toEqual({ type: 'Actor', local: 'hamas' });
    expect(localIdOf(id, 'Actor')).toBe('hamas');
    expect(() => localIdOf(id, 'Article')).toThrow(/is a Actor, not a Article/);
  });

  it('turns first/after into skip/limit with one extra row for hasNextPage', () => {
    expect(requestedPage({ first: 10 }, 100)).toEqual({ skip: 0, limit: 11, size: 10 });
    expect(requestedPage({ first: 10, after: encodeCursor(9) }, 100)).toEqual({ skip: 10, limit: 11, size: 10 });
    expect(() => requestedPage({ first: 101 }, 100)).toThrow(/between 0 and 100/);
    const page = connection(['a', 'b', 'c'], { skip: 4, limit: 3, size: 2 }, () => 9);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('aligns buckets as Cypher date.truncate does (weeks start on Monday)', () => {
    expect(bucketStart('2023-11-26', 'WEEK')).toBe('2023-11-20');
    expect(bucketStart('2023-11-20', 'WEEK')).toBe('2023-11-20');
    expect(bucketStart('2023-11', 'MONTH')).toBe('2023-11-01');
    expect(bucketStarts('2023-12-30', '2024-01-02', 'DAY', 10)).toEqual([
      '2023-12-30',
      '2023-12-31',
      '2024-01-01',
      '2024-01-02',
    ]);
    expect(() => bucketStarts('2020-01-01', '2024-01-01', 'DAY', 400)).toThrow(RangeError);
  });
});
