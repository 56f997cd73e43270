import { createHash } from 'node:crypto';

/**
 * The canonical key of a name: accents, case, punctuation, a leading "the" and a trailing "'s"
 * removed ("The Washington Post" and "Washington Post's" share a key). Actors, places and topics
 * are merged across articles by it.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A stable id from parts: sha256 hex, truncated to 24 chars (96 bits). */
export function stableId(...parts: ReadonlyArray<string | number | null>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? '\u0000'}\u001f`);
  return hash.digest('hex').slice(0, 24);
}
