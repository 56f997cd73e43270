import { join, resolve } from 'node:path';
import { qualityRatchet } from './quality-ratchet.js';

/**
 * Quality ratchet on ../shared/eval/dev2: scores may not drop below dev2-ratchet.json. Find general
 * rules from its misses; never special-case one of its articles. Raise the numbers as the extractor improves.
 */
const gold = resolve(import.meta.dirname, '../../../shared/eval/dev2');
qualityRatchet(
  'dev2 quality ratchet',
  gold,
  resolve(gold, '../score.mjs'),
  join(import.meta.dirname, 'dev2-ratchet.json'),
);
