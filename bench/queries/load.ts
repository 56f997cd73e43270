import autocannon from 'autocannon';
import { percentile } from '../percentile.js';

export interface LoadFigures {
  connections: number;
  seconds: number;
  requests: number;
  /** Completed requests per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 200, or carried GraphQL errors, plus socket errors and timeouts. */
  errors: number;
}

export interface LoadPlan {
  url: string;
  /** The request bodies, sent in turn. */
  bodies: string[];
  connections: number;
  seconds: number;
}

/**
 * Closed-loop load with autocannon from this process (the servers run in another): each
 * connection sends the next request when the previous one is answered. Latencies are taken per
 * response, so that p95 is exact (autocannon's summary has p97.5, not p95).
 */
export async function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(plan.url)) throw new Error(`load only goes to 127.0.0.1, not ${plan.url}`);
  let next = 0;
  let bad = 0;
  const latencies: number[] = [];
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: plan.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: plan.connections,
        pipelining: 1,
        duration: plan.seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (request) => ({ ...request, body: plan.bodies[next++ % plan.bodies.length] }),
            onResponse: (status, body) => {
              if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) bad += 1;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => percentile(latencies, p);
  return {
    connections: plan.connections,
    seconds: result.duration,
    requests: latencies.length,
    throughput: latencies.length / result.duration,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: bad + result.errors + result.timeouts,
  };
}
