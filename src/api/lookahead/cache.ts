import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { actorLookaheadQuery } from '../../graph/actor/lookahead/query.js';
import type { ActorLookaheadSpec } from '../../graph/actor/lookahead/spec.js';
import type { CypherQuery } from '../../graph/cypher.js';
import { namedTypeOf } from '../limits/cost.js';
import { planActorLookahead } from './plan.js';

/** An actor look-ahead planned and compiled to Cypher; the actor's key is set per request. */
export interface CompiledLookahead {
  plan: ActorLookaheadSpec;
  query: CypherQuery;
}

/** The key a plan is made with before the request's own replaces it. */
const ANY_KEY = '';

/**
 * Actor look-aheads planned once per selection and variables, not per request: the same operation
 * text gives the same parsed selection (Apollo Server keeps parsed documents), so a dashboard asking
 * for one page shape over many actors plans and compiles it once. Kept by selection node, so a
 * document the server forgets takes its plans with it.
 */
export class LookaheadCache {
  private readonly bySelection = new WeakMap<FieldNode, Map<string, CompiledLookahead | null>>();

  constructor(private readonly perSelection = 64) {}

  compile(info: GraphQLResolveInfo, maxPageSize: number): CompiledLookahead | null {
    const node = info.fieldNodes[0]!;
    let known = this.bySelection.get(node);
    if (!known) this.bySelection.set(node, (known = new Map()));
    const key = JSON.stringify(planRelevant(info));
    const found = known.get(key);
    if (found !== undefined) return found;
    const plan = planActorLookahead(info, ANY_KEY, maxPageSize);
    const compiled = plan && { plan, query: actorLookaheadQuery(plan) };
    if (known.size >= this.perSelection) known.clear();
    known.set(key, compiled);
    return compiled;
  }
}

/** The variables a plan can read: all but ids (the actor's own id among them), in the operation's order. */
function planRelevant(info: GraphQLResolveInfo): unknown[] {
  return (info.operation.variableDefinitions ?? []).map((definition) =>
    namedTypeOf(definition.type) === 'ID' ? null : (info.variableValues[definition.variable.name.value] ?? null),
  );
}
