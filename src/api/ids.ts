import { badUserInput } from '../domain/errors.js';

/** Types that have a global id, and the local key each is found by. */
export const NODE_TYPES = ['Article', 'Actor', 'Statement', 'Mediation', 'Meeting', 'Place', 'Topic'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Relay global id: base64url of `Type:localKey`. Opaque to clients. */
export function toGlobalId(type: NodeType, local: string): string {
  return Buffer.from(`${type}:${local}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeType; local: string } {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeType;
  if (colon < 1 || !NODE_TYPES.includes(type)) {
    throw badUserInput(`"${id}" is not an EventGraph id`);
  }
  return { type, local: decoded.slice(colon + 1) };
}

/** The local key of a global id that must be of `type`. */
export function localIdOf(id: string, type: NodeType): string {
  const parsed = fromGlobalId(id);
  if (parsed.type !== type) {
    throw badUserInput(`id "${id}" is a ${parsed.type}, not a ${type}`);
  }
  return parsed.local;
}
