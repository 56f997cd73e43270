/** The public GraphQL API, the only thing the page talks to. */
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`the API answered ${response.status} with no data`);
  return body.data;
}

export interface Connection<T> {
  totalCount?: number;
  edges: { node: T }[];
}

export function nodesOf<T>(connection: Connection<T>): T[] {
  return connection.edges.map((edge) => edge.node);
}
