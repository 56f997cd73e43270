import type { FetchConfig } from '../config.js';
import { BadArticleError } from '../domain/errors.js';

/**
 * One http(s) GET with the limits of FetchConfig: a timeout for the whole exchange, a size cap
 * read as the body streams in, a redirect limit (redirects are followed by hand to count them)
 * and a User-Agent that says what is asking. Every failure is a BadArticleError naming the URL.
 */
export interface Fetched {
  /** The URL after redirects. */
  url: string;
  /** The media type, lower-cased, without parameters ("text/html"). */
  contentType: string;
  bytes: Uint8Array;
}

export async function fetchUrl(url: string, config: FetchConfig): Promise<Fetched> {
  const signal = AbortSignal.timeout(config.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': config.userAgent,
          accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= config.maxRedirects) fail(url, `more than ${config.maxRedirects} redirects`);
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        fail(url, `HTTP ${response.status} ${response.statusText}`.trim());
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { url: current, contentType, bytes: await readCapped(url, response, config.maxBytes) };
    }
  } catch (error) {
    if (error instanceof BadArticleError) throw error;
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') fail(url, `no answer within ${config.timeoutMs} ms`);
    fail(url, `cannot be fetched (${e.cause?.code ?? e.cause?.message ?? e.message})`);
  }
}

async function readCapped(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) {
    await response.body?.cancel();
    fail(url, `the response is larger than ${maxBytes} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      fail(url, `the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function fail(url: string, why: string): never {
  throw new BadArticleError(url, why);
}

export const isUrl = (text: string): boolean => /^https?:\/\/\S+$/i.test(text.trim());
