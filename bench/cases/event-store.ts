import type { BenchCase, BenchContext } from '../lib/types';
import { emmettBackend, rawBackend, storeBackend, type Backend } from '../lib/writers';
import { EVENTS_PER_CASE, makeEvent, runWorkers, withFreshDatabases } from '../lib/workload';

type Open = (url: string) => Promise<Backend>;
interface Contender {
  name: string;
  open: Open;
}

/**
 * Contenders that are compared with each other are measured in one session, interleaved: each
 * runs its share in slices, in rotating order, each on its own fresh database, and reports the
 * median throughput of its slices. Load from elsewhere on the machine (a checkpoint, another
 * process's burst of writes) then falls on all of them alike and cannot skew one of them.
 */
const SESSIONS = {
  single: { batch: 1, events: EVENTS_PER_CASE, rounds: 20 },
  // Batches are fast: more events and slices keep each slice long enough to time well.
  batch100: { batch: 100, events: 100_000, rounds: 20 },
};
const READ_PASSES = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const batchOf = (first: number, size: number) => Array.from({ length: size }, (_, j) => makeEvent(first + j));
const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]!);

async function session(
  ctx: BenchContext,
  contenders: Contender[],
  rounds: number,
  prepare: (b: Backend) => Promise<void>,
  slice: (b: Backend, round: number) => Promise<{ seconds: number; events: number }>,
  eventsPerContender: number,
): Promise<Map<string, number>> {
  return withFreshDatabases(ctx.adminUrl, contenders.length, async (urls) => {
    const backends: Backend[] = [];
    try {
      for (const [i, c] of contenders.entries()) backends.push(await c.open(urls[i]!));
      for (const b of backends) await prepare(b);
      const rates: number[][] = contenders.map(() => []);
      const total = eventsPerContender * contenders.length;
      let done = 0;
      for (let round = 0; round < rounds; round++) {
        for (const i of rotate([...contenders.keys()], round)) {
          const r = await slice(backends[i]!, round);
          rates[i]!.push(r.events / r.seconds);
          ctx.progress(Math.min(total, (done += r.events)), total);
        }
      }
      return new Map(contenders.map((c, i) => [c.name, median(rates[i]!)]));
    } finally {
      for (const b of backends) await b.close();
    }
  });
}

/** `events` events per contender, in appends of `batch`, over 4 connections. */
function appendSession(ctx: BenchContext, contenders: Contender[], { batch, events, rounds }: (typeof SESSIONS)['single']) {
  const ops = events / batch;
  const perRound = Math.ceil(ops / rounds);
  return session(
    ctx,
    contenders,
    rounds,
    // Warm-up on streams outside the measured range: opens every connection, primes caches.
    (b) => Promise.all([0, 1, 2, 3].map((w) => b.append(100_000 + w, [makeEvent(w)]))).then(() => undefined),
    async (b, round) => {
      const from = round * perRound;
      const to = Math.min(ops, from + perRound);
      const seconds = await runWorkers(from, to, (i, stream) => b.append(stream, batchOf(i * batch, batch)));
      return { seconds, events: (to - from) * batch };
    },
    events,
  );
}

/** Fills each database with EVENTS_PER_CASE events, then pages through the whole log once per round. */
function readSession(ctx: BenchContext, contenders: Contender[]) {
  return session(
    ctx,
    contenders,
    READ_PASSES,
    async (b) => void (await runWorkers(0, EVENTS_PER_CASE / 100, (i, stream) => b.append(stream, batchOf(i * 100, 100)))),
    async (b) => {
      let events = 0;
      const started = process.hrtime.bigint();
      for (let after = 0, count = 1; count > 0; events += count) ({ count, last: after } = await b.readPage(after));
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, events };
    },
    EVENTS_PER_CASE * READ_PASSES,
  );
}

/** Cases of one session: the first one run measures all selected members; the rest read the result. */
function grouped(key: string, members: Array<Contender & Omit<BenchCase, 'run'>>, measure: (ctx: BenchContext, c: Contender[]) => Promise<Map<string, number>>): BenchCase[] {
  return members.map(({ open: _open, ...c }) => ({
    ...c,
    run: async (ctx) => {
      let results = ctx.shared.get(key) as Promise<Map<string, number>> | undefined;
      if (!results) ctx.shared.set(key, (results = measure(ctx, members.filter((m) => ctx.selected.includes(m.name)))));
      return (await results).get(c.name)!;
    },
  }));
}

const appendTargets = { single: { raw: 0.6, peer: 1.5 }, batch100: { raw: 0.7, peer: 1.5 } };

/** Issue 2's cases; each comparison's reference is measured in the same interleaved session. */
export const eventStoreCases: BenchCase[] = [
  ...(['single', 'batch100'] as const).flatMap((kind) =>
    grouped(
      `event-store.${kind}`,
      [
        { name: `raw_insert.${kind}`, unit: 'events/s', open: rawBackend },
        { name: `peer.emmett.${kind}`, unit: 'events/s', open: emmettBackend },
        { name: `append.${kind}`, unit: 'events/s', raw: `raw_insert.${kind}`, peer: `peer.emmett.${kind}`, targets: appendTargets[kind], open: storeBackend },
      ],
      (ctx, contenders) => appendSession(ctx, contenders, SESSIONS[kind]),
    ),
  ),
  ...grouped(
    'event-store.read',
    [
      { name: 'raw_read', unit: 'events/s', open: rawBackend },
      { name: 'peer.emmett.read_all', unit: 'events/s', open: emmettBackend },
      { name: 'read_all', unit: 'events/s', raw: 'raw_read', peer: 'peer.emmett.read_all', targets: { raw: 0.8 }, open: storeBackend },
    ],
    readSession,
  ),
];
