import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/cli/commands/extract.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { checkExtraction } from '../../src/graph/ingest/write.js';
import { parseArticle, readSources } from '../../src/parse/index.js';

/**
 * A quality ratchet: extract every article of `gold`, score it with the shared scorer, and fail
 * when any F1, attribution or kind accuracy drops below the levels in `floorFile`. Skips (with a
 * message) when the gold set or the scorer is absent.
 */
export function qualityRatchet(name: string, gold: string, scorer: string, floorFile: string): void {
  const floor = JSON.parse(readFileSync(floorFile, 'utf8')) as Record<string, number>;
  const present = existsSync(gold) && existsSync(scorer);
  if (!present) console.warn(`${name} skipped: no gold set at ${gold} or no scorer at ${scorer}`);

  describe.skipIf(!present)(name, () => {
    const out = mkdtempSync(join(tmpdir(), 'eventgraph-ratchet-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('every article passes the consistency check that ingestion applies (none would be rejected)', async () => {
      const extractor = createRuleExtractor();
      const rejected: string[] = [];
      for await (const item of readSources([gold])) {
        if ('error' in item) continue;
        try {
          checkExtraction(await extractor.extract(parseArticle(item)));
        } catch (error) {
          rejected.push(`${item.origin}: ${String(error)}`);
        }
      }
      expect(rejected).toEqual([]);
    });

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
        calibration: Array<{ band: string; n: number; precision: number }>;
      };
      expect(s.missingOutputs).toBe(0);
      const got: Record<string, number> = {
        ...Object.fromEntries(Object.entries(s.kinds).map(([k, v]) => [k, v.f1])),
        attributionAccuracy: s.attributionAccuracy,
        actorKindAccuracy: s.actorKindAccuracy,
        overallF1: s.overallF1,
      };
      if (floor.calibrated) expectCalibrated(s.calibration);
      for (const [k, min] of Object.entries(floor)) {
        if (k === 'calibrated') continue;
        expect({ [k]: got[k]! >= min ? 'ok' : got[k] }).toEqual({ [k]: 'ok' });
      }
    }, 60_000);
  });
}

/** Items given ≥ 0.9 are right at least 9 times in 10, and each lower band is right less often than the one above. */
function expectCalibrated(bands: Array<{ band: string; n: number; precision: number }>): void {
  const [top, middle, low] = bands;
  expect(top?.band).toBe('>= 0.9');
  expect(top!.precision).toBeGreaterThanOrEqual(0.9);
  expect(middle!.precision).toBeLessThanOrEqual(top!.precision);
  expect(low!.precision).toBeLessThanOrEqual(middle!.precision);
}
