/**
 * The default branch of an exhaustive switch: does not compile while a case is missing, and
 * throws if a value from outside the type arrives at run time anyway.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unknown ${what} ${String(value)}`);
}
