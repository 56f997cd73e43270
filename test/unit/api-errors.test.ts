import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useErrorMasking } from '../../src/api/plugins/mask-errors.js';
import { fromGlobalId, localIdOf, toGlobalId } from '../../src/api/ids.js';
import { connection, encodeCursor, requestedPage } from '../../src/api/pagination.js';
import { bucketStart, bucketStarts } from '../../src/graph/analytics/buckets.js';
import { codeOf, HTTP_STATUS, isClientError, toGraphQLError } from '../../src/api/errors.js';
import { fragmentChainDepth } from '../../src/api/limits/fragments.js';
import { MutationRateLimiter } from '../../src/api/limits/rate-limit.js';
import { BadArticleError, ErrorCode, EventGraphError } from '../../src/domain/errors.js';

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

describe('one error vocabulary', () => {
  it('gives every code an HTTP status: 4xx for the client, 5xx for the server', () => {
    for (const code of Object.values(ErrorCode)) expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect(isClientError(ErrorCode.QueryTooCostly)).toBe(true);
    expect(HTTP_STATUS[ErrorCode.DatabaseUnavailable]).toBe(503);
    expect(isClientError(ErrorCode.DatabaseAuthFailed)).toBe(false);
  });

  it('finds the most specific code under GraphQL and Apollo wrappers', () => {
    const rule = toGraphQLError(new EventGraphError(ErrorCode.QueryTooDeep, 'too deep'));
    const wrapped = new GraphQLError('too deep', {
      originalError: rule,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(codeOf(wrapped, 'GRAPHQL_VALIDATION_FAILED')).toBe(ErrorCode.QueryTooDeep);
    expect(codeOf(new GraphQLError('x'), 'GRAPHQL_VALIDATION_FAILED')).toBe(ErrorCode.ValidationFailed);
    expect(codeOf(new Error('boom'), undefined)).toBe(ErrorCode.InternalServerError);
    expect(rule.extensions.http).toEqual({ status: 400 });
  });

  it('masks DATABASE_UNAVAILABLE in production but keeps its code', () => {
    const format = useErrorMasking({ production: true, log: () => {} });
    const down = new GraphQLError('x', {
      originalError: new EventGraphError(ErrorCode.DatabaseUnavailable, 'Neo4j at bolt://secret:7687 failed'),
    });
    const out = format({ message: 'Neo4j at bolt://secret:7687 failed' }, down);
    expect(out.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(out.message).not.toContain('secret');
  });
});

describe('request limits', () => {
  it('measures a chain of 20,000 fragments without recursion', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join('\n');
    const document = parse(`{ ...F0 }\n${chain}\nfragment F${n} on Query { __typename }`, { maxTokens: 1_000_000 });
    expect(fragmentChainDepth(document)).toBe(n + 1);
    expect(fragmentChainDepth(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'))).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('lets a caller make perMinute mutations, then asks it to wait', () => {
    const limiter = new MutationRateLimiter(2);
    expect([limiter.take('k', 0), limiter.take('k', 0), limiter.take('k', 0)]).toEqual([0, 0, 30]);
    expect(limiter.take('other', 0)).toBe(0);
    expect(limiter.take('k', 30_000)).toBe(0);
  });
});
