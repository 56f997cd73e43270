import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/commands/extract.js';

/**
 * Generalization ratchet: the scores on test/heldout (hand-written articles on conflicts not in the
 * dev set, annotated per GUIDELINE.md) may not drop below heldout-ratchet.json. Fix rules so that
 * they are general; do not tune them to these articles. Raise the numbers when the extractor improves.
 */
const gold = resolve(import.meta.dirname, '../heldout');
const scorer = resolve(import.meta.dirname, '../../../shared/eval/score.mjs');
const floor = JSON.parse(readFileSync(join(import.meta.dirname, 'heldout-ratchet.json'), 'utf8')) as Record<string, number>;
const present = existsSync(scorer);
if (!present) console.warn(`held-out ratchet skipped: no scorer at ${scorer}`);

describe.skipIf(!present)('held-out quality ratchet', () => {
  const out = mkdtempSync(join(tmpdir(), 'eventgraph-heldout-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps every F1, attribution and kind accuracy at or above the recorded level', async () => {
    const failed = await runExtract([gold], { out, quiet: true }, () => {});
    expect(failed).toBe(0);
    const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout) as {
      kinds: Record<string, { f1: number }>;
      attributionAccuracy: number;
      actorKindAccuracy: number;
      overallF1: number;
      missingOutputs: number;
    };
    expect(s.missingOutputs).toBe(0);
    const got: Record<string, number> = {
      ...Object.fromEntries(Object.entries(s.kinds).map(([k, v]) => [k, v.f1])),
      attributionAccuracy: s.attributionAccuracy,
      actorKindAccuracy: s.actorKindAccuracy,
      overallF1: s.overallF1,
    };
    for (const [k, min] of Object.entries(floor)) expect({ [k]: got[k]! >= min ? 'ok' : got[k] }).toEqual({ [k]: 'ok' });
  }, 60_000);
});
