declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity of two strings, from 0 (nothing alike) to 1 (equal). */
  export function similarity(a: string, b: string): number;
}
