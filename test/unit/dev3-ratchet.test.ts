import { join, resolve } from 'node:path';
import { qualityRatchet } from './quality-ratchet.js';

/**
 * Quality ratchet on ../shared/eval/dev3: scores may not drop below dev3-ratchet.json. Find general
 * rules from its misses; never special-case one of its articles. Raise the numbers as the extractor improves.
 */
const gold = resolve(import.meta.dirname, '../../../shared/eval/dev3');
qualityRatchet(
  'dev3 quality ratchet',
  gold,
  resolve(gold, '../score.mjs'),
  join(import.meta.dirname, 'dev3-ratchet.json'),
);
