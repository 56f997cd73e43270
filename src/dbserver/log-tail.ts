import { readFile } from 'node:fs/promises';

/** The last `lines` non-empty lines of a text file, indented; empty if it cannot be read. */
export async function tail(file: string, lines: number): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .map((line) => `  ${line}`)
    .join('\n');
}
