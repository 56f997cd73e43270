import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from '../context.js';

/** A list field costs its children times the page it asks for (`first` or `limit`). */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : undefined;
  return size === undefined ? undefined : 1 + childComplexity * Math.max(size, 1);
};

/** Refuses operations whose estimated cost is above `maxCost` before anything runs. */
export function useCostLimit(maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `query cost ${cost} is above the limit of ${maxCost}: ask for smaller pages or fewer levels`,
              {
                extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
