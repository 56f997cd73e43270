/** Results go to stdout (they can be piped); progress, warnings and failures go to stderr. */
export function printResult(line: string): void {
  process.stdout.write(`${line}\n`);
}

export function printNote(line: string): void {
  process.stderr.write(`${line}\n`);
}
