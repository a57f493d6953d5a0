import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { DEFAULT_ADMIN_URL } from '@storyline/db';
import { cases } from './cases';
import { describeMachine } from './lib/machine';
import { withRatios, writeReport } from './lib/report';
import type { BenchCase, BenchContext, BenchResult } from './lib/types';

const REPORT = join(__dirname, '..', '..', 'BENCHMARKS.md');

/**
 * `npm run bench [-- --only prefix,prefix]`: one JSON line per case on stdout, progress on
 * stderr, BENCHMARKS.md rewritten after every case. A failing case is reported and skipped; the
 * exit code is 1 if any failed.
 */
async function main(): Promise<number> {
  const onlyArg = process.argv.indexOf('--only');
  const prefixes = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? '').split(',').filter(Boolean) : [];
  const selected = cases.filter((c) => prefixes.length === 0 || prefixes.some((p) => c.name.startsWith(p)));
  if (selected.length === 0) throw new Error(`no case matches ${prefixes.join(',')}; cases: ${cases.map((c) => c.name).join(', ')}`);
  const adminUrl = process.env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL;
  const machine = await describeMachine(adminUrl);

  const done = new Map<string, BenchResult>();
  const shared = new Map<string, unknown>();
  const names = selected.map((c) => c.name);
  let failed = 0;
  for (const [index, c] of selected.entries()) {
    const label = `[${index + 1}/${selected.length}] ${c.name}`;
    try {
      const { value, extra } = await runCase(c, label, { adminUrl, selected: names, shared });
      const result = withRatios(c, value, done, extra);
      done.set(c.name, result);
      process.stdout.write(`${JSON.stringify(result)}\n`);
      writeReport(REPORT, machine, [...done.values()], cases);
    } catch (error) {
      failed++;
      process.stderr.write(`${label} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function runCase(c: BenchCase, label: string, base: Pick<BenchContext, 'adminUrl' | 'selected' | 'shared'>) {
  const bar = new SingleBar({ stream: process.stderr, format: `${label} {bar} {percentage}% {value}/{total}`, hideCursor: true });
  if (!process.stderr.isTTY) process.stderr.write(`${label}...\n`);
  let started = false;
  const extra: Record<string, number> = {};
  try {
    const value = await c.run({
      ...base,
      progress: (n, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(n);
      },
      extra: (metrics) => Object.assign(extra, metrics),
    });
    return { value, extra };
  } finally {
    bar.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
