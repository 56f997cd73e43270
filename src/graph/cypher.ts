/** A Cypher text with its parameters. Parameters carry all input; the text never does. */
export interface CypherQuery {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

export function cypher(text: string, params: Record<string, unknown> = {}): CypherQuery {
  return { text, params };
}
