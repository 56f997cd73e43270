import type { RequestHandler } from 'express';
import { type DocumentNode, type FragmentDefinitionNode, Kind, parse, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../../domain/errors.js';
import { errorBody, HTTP_STATUS } from '../errors.js';

/**
 * Refuses a query whose fragments spread fragments more than `max` levels deep, before GraphQL
 * validates it: graphql-js's own rules (NoFragmentCycles) and the depth rule follow spreads
 * recursively, and a chain of thousands of fragments overflows the stack. The query is parsed
 * here (bounded by `maxTokens`) only when it spreads fragments at all; a syntax error is left
 * for Apollo Server to report.
 */
export function limitFragmentDepth(max: number, maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query !== 'string' || !query.includes('...')) return next();
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens });
    } catch {
      return next();
    }
    const depth = fragmentChainDepth(document);
    if (depth <= max) return next();
    const code = ErrorCode.FragmentsTooDeep;
    const message = Number.isFinite(depth)
      ? `fragments spread fragments ${depth} levels deep; the limit is ${max}`
      : 'fragments spread each other in a cycle';
    res.status(HTTP_STATUS[code]).json(errorBody(code, message));
  };
}

/** The longest chain of fragment spreads in a document, measured without recursion. */
export function fragmentChainDepth(document: DocumentNode): number {
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return longestSpreadChain(new Map(fragments.map((f) => [f.name.value, spreadsOf(f)])));
}

function spreadsOf(fragment: FragmentDefinitionNode): string[] {
  const names: string[] = [];
  const pending: SelectionSetNode[] = [fragment.selectionSet];
  while (pending.length) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value);
      else if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return names;
}

/** The longest chain of spreads, iteratively; a cycle counts as endless (NoFragmentCycles names it). */
function longestSpreadChain(spreads: Map<string, string[]>): number {
  const depth = new Map<string, number>();
  let deepest = 0;
  for (const start of spreads.keys()) {
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
    const onStack = new Set([start]);
    while (stack.length) {
      const top = stack.at(-1)!;
      const children = spreads.get(top.name) ?? [];
      const child = children[top.next++];
      if (child === undefined) {
        const own = 1 + Math.max(0, ...children.map((c) => depth.get(c) ?? 0));
        depth.set(top.name, own);
        onStack.delete(top.name);
        stack.pop();
      } else if (onStack.has(child)) {
        return Number.POSITIVE_INFINITY;
      } else if (!depth.has(child) && spreads.has(child)) {
        onStack.add(child);
        stack.push({ name: child, next: 0 });
      }
    }
    deepest = Math.max(deepest, depth.get(start) ?? 0);
  }
  return deepest;
}
