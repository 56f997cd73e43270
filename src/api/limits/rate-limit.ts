import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import type { ApiContext } from '../context.js';
import { toGraphQLError } from '../errors.js';

/**
 * A token bucket per caller (API key, or client address without one): `perMinute` mutations,
 * refilled continuously. Kept in this process: N replicas allow N times the rate (see README).
 */
export class MutationRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  /** Takes one token; returns the seconds to wait when there is none. */
  take(caller: string, now = Date.now()): number {
    const refillPerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(caller) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
    bucket.at = now;
    this.buckets.set(caller, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    bucket.tokens -= 1;
    return 0;
  }

  private forgetFull(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000 >= this.perMinute) this.buckets.delete(caller);
    }
  }
}

export function useMutationRateLimit(limiter: MutationRateLimiter): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, response }) {
          if (operation?.operation !== 'mutation') return;
          const wait = limiter.take(contextValue.caller);
          if (wait === 0) return;
          response.http.headers.set('retry-after', String(wait));
          throw toGraphQLError(
            new EventGraphError(ErrorCode.RateLimited, `too many mutations from this caller: try again in ${wait} s`, {
              details: { retryAfterSeconds: wait },
            }),
          );
        },
      };
    },
  };
}
