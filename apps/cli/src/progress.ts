import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  update(value: number, label?: string): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, update: () => undefined, stop: () => undefined };

/** A progress bar on stderr, only when stderr is a terminal (stdout stays clean for --json). */
export function progressBar(total: number, title: string): Progress {
  if (!process.stderr.isTTY || total === 0) return silent;
  const bar = new SingleBar(
    { stream: process.stderr, format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  let value = 0;
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.update(++value, { label }),
    update: (v, label = '') => bar.update((value = v), { label }),
    stop: () => bar.stop(),
  };
}
