import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on a terminal; a few plain lines otherwise (CI logs). */
export interface Progress {
  update(done: number, detail?: string): void;
  stop(): void;
}

export function progress(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: `${label.padEnd(28)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left | {detail}`,
        hideCursor: true,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { detail: '' });
    return {
      update: (done, detail = '') => bar.update(Math.min(done, total), { detail }),
      stop: () => bar.stop(),
    };
  }
  let next = 0;
  let last = -1;
  const started = Date.now();
  return {
    update: (done, detail = '') => {
      if ((done < next && done < total) || done === last) return;
      last = done;
      next = done + Math.max(1, Math.ceil(total / 4));
      process.stderr.write(`${label}: ${done}/${total} (${((Date.now() - started) / 1000).toFixed(1)} s) ${detail}\n`);
    },
    stop: () => {},
  };
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
