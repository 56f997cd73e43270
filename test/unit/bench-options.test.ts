import { describe, expect, it } from 'vitest';
import { OptionError, parseOptions } from '../../bench/options.js';

describe('bench options', () => {
  it('takes the ingestion batch sizes of ours and the floor instead of a sweep', () => {
    const options = parseOptions(['--batch-sizes', '100,500']);
    expect(options !== 'help' && options.batchSizes).toEqual({ ours: 100, floor: 500 });
  });

  it('sweeps when no batch sizes are given', () => {
    const options = parseOptions(['--size', '10k']);
    expect(options !== 'help' && options.batchSizes).toBeNull();
  });

  it.each(['100', '100,0', 'a,b', '100,500,1000'])('refuses --batch-sizes %s', (text) => {
    expect(() => parseOptions(['--batch-sizes', text])).toThrow(OptionError);
  });
});
