import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ASTVisitor, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode, EventGraphError } from '../../domain/errors.js';
import { toGraphQLError } from '../errors.js';

/** Refuses operations nested deeper than `max` fields (fragments followed), as QUERY_TOO_DEEP. */
export function maxDepth(max: number): ValidationRule {
  return maxDepthRule({
    n: max,
    ignoreIntrospection: true,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          toGraphQLError(
            new EventGraphError(ErrorCode.QueryTooDeep, `the query is nested deeper than ${max} levels`, {
              details: { maxDepth: max },
            }),
          ),
        ),
    ],
  });
}

/** Refuses documents with more than `max` aliased fields: each alias is one more call to run. */
export function maxAliases(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(
            toGraphQLError(
              new EventGraphError(ErrorCode.TooManyAliases, `the query has more than ${max} aliases`, {
                details: { maxAliases: max },
              }),
            ),
          );
        }
      },
    };
  };
}
