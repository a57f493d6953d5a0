import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine';
import type { BenchCase, BenchResult } from './types';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const INTRO = `# Benchmarks

\`npm run bench\` (after \`npm run build\`) runs every case on a fresh PostgreSQL database
(\`BENCH_DATABASE_URL\`, default the local server), prints one JSON line per case and rewrites the
table below. \`npm run bench -- --only append,raw\` runs the cases whose name starts with a prefix
and keeps the other rows. Workload: 4 concurrent connections, events of about 500 bytes of JSON
over 1,000 streams, 40,000 events per case (100,000 for batches); reads page through the log
1,000 events at a time.

Only ratios within one run mean anything. \`raw_*\` is the bare-table limit on the same machine:
plain INSERTs (one row, or one multi-row VALUES of 100) into a table of the same row shape with
only a bigserial key, and plain SELECTs by that key, as prepared statements like the store's own.
\`peer.emmett.*\` is @event-driven-io/emmett-postgresql doing the same work (appendToStream with an
expected version; readMessagesBatch). Cases compared with each other run interleaved in one
session, each on its own fresh database, in rotating slices (20 for appends, one read pass each
for reads); a case's value is the median throughput of its slices, so a burst of load from
elsewhere on the machine cannot skew one contender.

\`append.*\` is the full event store: validation, expected-version check, idempotency, three
unique indexes (event id, stream and version, global position), and positions ordered by
transaction id, so that \`read_all\` (which reads only below the oldest running transaction)
never skips an event that commits late.
`;

const BUILTIN = new Set(['raw', 'peer', 'min']);

/** Adds ratios against reference cases that ran in this run, extra metrics, and the target. */
export function withRatios(c: BenchCase, value: number, done: Map<string, BenchResult>, extra: Record<string, number> = {}): BenchResult {
  const result: BenchResult = { case: c.name, value: round(value), unit: c.unit };
  const raw = c.raw && done.get(c.raw);
  const peer = c.peer && done.get(c.peer);
  if (raw) result.ratio_to_raw = round(value / raw.value);
  if (peer) result.ratio_to_peer = round(value / peer.value);
  const t = c.targets ?? {};
  const parts = [];
  if (t.raw !== undefined) parts.push(`>= ${t.raw}x raw`);
  if (t.peer !== undefined) parts.push(`>= ${t.peer}x peer`);
  if (t.min !== undefined) parts.push(`>= ${t.min} ${c.unit}`);
  for (const [k, v] of Object.entries(t)) if (!BUILTIN.has(k) && v !== undefined) parts.push(`${k} <= ${v}`);
  if (parts.length) result.target = parts.join(', ');
  for (const [k, v] of Object.entries(extra)) result[k] = round(v);
  return result;
}

/** undefined when there is no target, or nothing in this run to check it against. */
export function meetsTarget(c: BenchCase | undefined, r: BenchResult): boolean | undefined {
  const checks: boolean[] = [];
  for (const [k, target] of Object.entries(c?.targets ?? {})) {
    if (target === undefined) continue;
    const actual = k === 'raw' ? r.ratio_to_raw : k === 'peer' ? r.ratio_to_peer : k === 'min' ? r.value : r[k];
    if (typeof actual !== 'number') continue;
    checks.push(BUILTIN.has(k) ? actual >= target : actual <= target);
  }
  return checks.length ? checks.every(Boolean) : undefined;
}

/** Two decimals below 100, whole numbers above. */
const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

const STANDARD = new Set(['case', 'value', 'unit', 'ratio_to_raw', 'ratio_to_peer', 'target']);

function row(r: BenchResult, met: boolean | undefined): string {
  const cell = (v: unknown) => (v === undefined ? '' : String(v));
  const verdict = met === undefined ? '' : met ? 'met' : '**missed**';
  const extras = Object.entries(r)
    .filter(([k]) => !STANDARD.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `| \`${r.case}\` | ${r.value.toLocaleString('en-US')} | ${r.unit} | ${cell(r.ratio_to_raw)} | ${cell(r.ratio_to_peer)} | ${extras} | ${r.target ?? ''} | ${verdict} |`;
}

/** Rewrites the table in BENCHMARKS.md: this run's rows, plus earlier rows of cases not run now. */
export function writeReport(path: string, machine: Machine, results: BenchResult[], cases: BenchCase[]): void {
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const kept = (previous.split(START)[1]?.split(END)[0] ?? '')
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line))
    .filter((line) => !results.some((r) => line.startsWith(`| \`${r.case}\` |`)));
  const order = (line: string) => cases.findIndex((c) => line.startsWith(`| \`${c.name}\` |`));
  const rows = [...kept, ...results.map((r) => row(r, meetsTarget(cases.find((c) => c.name === r.case), r)))].sort((a, b) => order(a) - order(b));
  const table = [
    `Last run ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM; ${machine.postgres}; Node ${machine.node}; load average ${machine.load} at start.`,
    kept.length ? '(Rows of cases not re-run keep their earlier values.)' : '',
    '',
    '| case | value | unit | ratio_to_raw | ratio_to_peer | other | target | |',
    '| --- | ---: | --- | ---: | ---: | --- | --- | --- |',
    ...rows,
  ].filter((line, i) => i !== 1 || line);
  const after = previous.split(END)[1] ?? '\n';
  const before = previous.includes(START) ? previous.split(START)[0]! : INTRO + '\n';
  writeFileSync(path, `${before}${START}\n${table.join('\n')}\n${END}${after}`);
}
