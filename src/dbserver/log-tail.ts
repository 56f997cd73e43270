import { readFile } from 'node:fs/promises';

const STACK_FRAME = /^\s+(at |\.\.\. \d+ more)/;

/** The last `lines` lines of a text file, indented, without blank lines and Java stack frames. */
export async function tail(file: string, lines: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !STACK_FRAME.test(line))
    .slice(-lines)
    .map((line) => `  ${line}`)
    .join('\n');
}
