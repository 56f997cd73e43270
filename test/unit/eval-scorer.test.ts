import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorerFor } from '../../src/cli/commands/eval.js';
import { repoRoot } from '../../src/paths.js';

const shared = resolve(repoRoot(), '../shared/eval');

describe.runIf(existsSync(resolve(shared, 'score.mjs')))('eval scorer', () => {
  it('takes the scorer beside a shared gold set', () => {
    expect(scorerFor(resolve(shared, 'dev'))).toBe(resolve(shared, 'score.mjs'));
  });

  it("scores the team's own set (test/heldout) with the shared scorer", () => {
    expect(scorerFor(resolve(repoRoot(), 'test/heldout'))).toBe(resolve(shared, 'score.mjs'));
  });
});
