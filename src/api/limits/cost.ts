import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import type { ApiContext } from '../context.js';
import { toGraphQLError } from '../errors.js';

type Args = Record<string, unknown>;

const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

/**
 * What one call of a field does in the database, in units of one indexed lookup: a page query
 * (with its count) costs a few, an aggregation over the graph or a traversal costs more, and
 * each hop multiplies the work. Each root field and each alias is counted on its own.
 * Fields not listed are read from their parent's row or through a batched loader (cost 1).
 */
const DATABASE_COST: Record<string, (args: Args) => number> = {
  'Query.node': () => 1,
  'Query.actor': () => 1,
  'Query.article': () => 1,
  'Query.actors': () => 5,
  'Query.articles': () => 5,
  'Query.statements': () => 5,
  'Query.meetings': () => 5,
  'Query.mediations': () => 5,
  'Query.stats': () => 50,
  'Query.activity': () => 100,
  'Query.topActors': () => 100,
  'Query.topMediators': () => 100,
  'Query.meetingPlaces': () => 100,
  'Query.connection': (args) => 100 * 2 ** Math.min(num(args.maxHops, 4), 8),
  'Query.neighborhood': (args) => 100 * 3 ** Math.min(num(args.depth, 1), 5),
  'Actor.counterparts': (args) => (num(args.hops, 1) === 2 ? 200 : 20),
  'Actor.timeline': () => 10,
  // Ingestion is bounded mostly by the rate limit and the article size limit; a full batch of
  // 500 articles (25,000) stays under the default ceiling.
  'Mutation.ingestArticle': () => 50,
  'Mutation.ingestArticles': (args) => 50 * (Array.isArray(args.inputs) ? args.inputs.length : 1),
  'Mutation.deleteArticle': () => 100,
  'Mutation.mergeActors': () => 100,
  'Mutation.addAlias': () => 20,
  'Mutation.renameActor': () => 20,
};

/** A field's own database cost, plus its children's, times the page it asks for (`first` or `limit`). */
const databaseEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = DATABASE_COST[`${type.name}.${field.name}`]?.(args) ?? 1;
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : 1;
  return own + childComplexity * Math.max(size, 1);
};

/** The estimated database cost of an operation whose variables fit their types. */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [databaseEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Costs already estimated, per document (the parsed document Apollo Server keeps in its document
 * store, so the same query text gives the same object) and per values of the variables the cost
 * can read: page sizes, hops, depths and input lists are numbers, enums, booleans or lists, never
 * strings or ids, so `$id` and `$search` do not split the cache. At most `perDocument` entries each.
 */
export class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(private readonly perDocument = 64) {}

  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    variables: Record<string, unknown>,
    operationName: string | undefined,
  ): number {
    let costs = this.byDocument.get(document);
    if (!costs) this.byDocument.set(document, (costs = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(costRelevant(operation, variables))}`;
    const known = costs.get(key);
    if (known !== undefined) return known;
    const cost = estimateCost(schema, document, variables, operationName);
    if (costs.size >= this.perDocument) costs.clear();
    costs.set(key, cost);
    return cost;
  }
}

/**
 * What the cost can depend on in the operation's variables: the value of each variable that is not
 * a string or an id, and of a list only its length (the estimators count `inputs`, never read them).
 */
function costRelevant(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>): unknown[] {
  return (operation?.variableDefinitions ?? []).map((definition) => {
    const value = variables[definition.variable.name.value] ?? null;
    const type = namedTypeOf(definition.type);
    if (type === 'String' || type === 'ID') return null;
    return Array.isArray(value) ? { length: value.length } : value;
  });
}

/** The named type under a variable's list and non-null wrappers (`[ID!]!` → `ID`). */
export function namedTypeOf(type: TypeNode): string {
  let named = type;
  while (named.kind !== Kind.NAMED_TYPE) named = named.type;
  return named.name.value;
}

/** Refuses operations whose estimated database cost is above `maxCost` before anything runs. */
export function useCostLimit(maxCost: number): ApolloServerPlugin<ApiContext> {
  const cache = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables that do not fit their types are the executor's to report (400 BAD_USER_INPUT).
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if ((coerced as { errors?: readonly GraphQLError[] }).errors) return;
          const cost = cache.cost(
            schema,
            document,
            operation,
            request.variables ?? {},
            request.operationName ?? undefined,
          );
          if (cost > maxCost) {
            throw toGraphQLError(
              new EventGraphError(
                ErrorCode.QueryTooCostly,
                `query cost ${cost} is above the limit of ${maxCost}: ask for smaller pages, fewer aliases or fewer levels`,
                { details: { cost, maxCost } },
              ),
            );
          }
        },
      };
    },
  };
}
