import { franc } from 'franc-min';
import type { ArticleMeta } from '../domain/article.js';

/**
 * Ingest health: what a reader should know about a stored article. Each warning is a short
 * sentence; they are stored on the Article node, returned by the API and printed by the CLI.
 */

/** A body shorter than this share of the input text lost most of it to the layout. */
const MIN_BODY_SHARE = 0.3;
/** Inputs shorter than this are not checked for lost text (a headline and a paragraph). */
const MIN_INPUT_FOR_SHARE = 1500;
/** Language detection needs some text to be reliable. */
const MIN_TEXT_FOR_LANGUAGE = 120;
/** franc's cost grows with the text; a few sentences tell the language. */
const LANGUAGE_SAMPLE = 600;

export const WARNINGS = {
  noDate: 'no publication date: the article drops out of time series (give --published-at or a sidecar)',
  shortBody: (percent: number) => `the body keeps only ${percent}% of the input text: part of the article may be lost`,
  noSentence: 'no sentence found in the body',
  notEnglish: (language: string) => `not English (detected language: ${language}); extraction expects English`,
} as const;

type Checked = Pick<ArticleMeta, 'title' | 'body' | 'publishedAt' | 'sentences'>;

/** Warnings that parsing alone can give; `inputText` is the input as text (after HTML extraction). */
export function articleWarnings(article: Checked, inputText: string): string[] {
  const warnings: string[] = [];
  if (!article.publishedAt) warnings.push(WARNINGS.noDate);
  const share = article.body.length / Math.max(1, inputText.length);
  if (inputText.length >= MIN_INPUT_FOR_SHARE && share < MIN_BODY_SHARE) {
    warnings.push(WARNINGS.shortBody(Math.round(share * 100)));
  }
  if (!article.sentences.some((s) => isSentence(s.text))) warnings.push(WARNINGS.noSentence);
  const language = languageOf(`${article.title}\n${article.body}`);
  if (language && language !== 'eng') warnings.push(WARNINGS.notEnglish(language));
  return warnings;
}

/** Four words or more ending like a sentence. */
function isSentence(text: string): boolean {
  return text.trim().split(/\s+/).length >= 4 && /[.!?…]["”’')\]]*$/.test(text.trim());
}

/**
 * English function words no other language written in Latin script uses as often: a sample where they
 * make up this share of the words is English without asking franc (a fifth of extraction's time).
 */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'is',
  'was',
  'for',
  'with',
  'said',
  'on',
  'by',
  'from',
  'has',
  'have',
  'will',
  'are',
  'were',
  'its',
  'their',
  'which',
  'would',
  'after',
  'this',
]);
const ENGLISH_SHARE = 0.15;

/** ISO 639-3 code of the text's language (franc), or null when the text is too short to tell. */
export function languageOf(text: string): string | null {
  if (text.length < MIN_TEXT_FOR_LANGUAGE) return null;
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  if (looksEnglish(sample)) return 'eng';
  const code = franc(sample);
  return code === 'und' ? null : code;
}

function looksEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let common = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) common++;
  return words.length >= 20 && common >= words.length * ENGLISH_SHARE;
}
