import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Look-ahead over a resolver's selection: the fields selected below it, through fragments. It
 * errs on the side of reading more: `@skip`/`@include` and type conditions are not applied, so a
 * compiled query may fetch rows that no resolver reads, never miss rows one does.
 */
export interface Selection {
  info: GraphQLResolveInfo;
  fields: FieldNode[];
}

/** The fields selected on the current field's result. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  return {
    info,
    fields: flatten(
      info.fieldNodes.map((node) => node.selectionSet),
      info,
    ),
  };
}

/** Every selection of the field `name` (aliases included), each as its own node. */
export function fieldsNamed(selection: Selection, name: string): FieldNode[] {
  return selection.fields.filter((field) => field.name.value === name);
}

/** The fields selected below `nodes` and then below each name of `path` in turn. */
export function below(selection: Selection, nodes: readonly FieldNode[], ...path: string[]): Selection {
  let fields = flatten(
    nodes.map((node) => node.selectionSet),
    selection.info,
  );
  for (const name of path) {
    fields = flatten(
      fields.filter((f) => f.name.value === name).map((f) => f.selectionSet),
      selection.info,
    );
  }
  return { info: selection.info, fields };
}

/** Every field at any depth below `set`, through fragments. */
export function fieldsBelow(selection: Selection, set: SelectionSetNode): FieldNode[] {
  const out: FieldNode[] = [];
  let level = flatten([set], selection.info);
  while (level.length) {
    out.push(...level);
    level = flatten(
      level.map((f) => f.selectionSet),
      selection.info,
    );
  }
  return out;
}

export function has(selection: Selection, name: string): boolean {
  return selection.fields.some((field) => field.name.value === name);
}

/**
 * A field's arguments with variables and defaults applied (values as the resolver would get them,
 * for the scalar and enum arguments of list fields). Only `Kind` strings and untyped conversion
 * are used, so this works whichever copy of graphql built the schema.
 */
export function argumentsOf(
  parent: GraphQLNamedType | undefined,
  node: FieldNode,
  info: GraphQLResolveInfo,
): Record<string, unknown> | null {
  const definition = parent && 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
  if (!definition || !('args' in definition)) return null;
  const out: Record<string, unknown> = {};
  for (const arg of definition.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    const value = given === undefined ? undefined : valueFromASTUntyped(given, info.variableValues);
    if (value !== undefined) out[arg.name] = value;
    else if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
  }
  return out;
}

function flatten(sets: readonly (SelectionSetNode | undefined)[], info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}
