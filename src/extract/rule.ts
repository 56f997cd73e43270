/**
 * A named extraction rule, in the manner of spaCy's rule-based components: the rule says what it
 * matches, its example sentences are its unit tests, and every item it produces carries its name
 * so that `extract --explain` can say which rule produced what. Rules keep no module-level state:
 * whatever they need across sentences comes in through their input.
 */
export interface Rule<Input, Output> {
  readonly name: string;
  /** Sentences the rule must fire on, each with what it should produce (checked by the unit tests). */
  readonly examples: readonly RuleExample[];
  match(input: Input): Output | undefined;
}

export interface RuleExample {
  text: string;
  /** A short description of the expected item ("Haniya → 'close to a truce'"), compared by the rule's test. */
  expect?: string;
}

/** The first rule, in order, that matches `input`, with its name. */
export function firstMatch<Input, Output>(
  rules: readonly Rule<Input, Output>[],
  input: Input,
): { rule: string; output: Output } | undefined {
  for (const rule of rules) {
    const output = rule.match(input);
    if (output !== undefined) return { rule: rule.name, output };
  }
  return undefined;
}
