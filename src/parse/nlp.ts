import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance, loaded once per process (loading the model takes ~100 ms). */
let instance: ReturnType<typeof winkNLP> | undefined;

export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
