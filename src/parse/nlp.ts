import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance, loaded once per process (loading the model takes ~100 ms). */
let instance: ReturnType<typeof winkNLP> | undefined;

/**
 * Only sentence boundary detection: it runs before, and independently of, the other annotations
 * (NER, negation, sentiment, PoS), which we never read and which cost most of `readDoc`.
 */
const PIPE = ['sbd'];

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, PIPE);
  return instance;
}
