import { randomUUID } from 'node:crypto';
import { createScratchDatabase, type ScratchDatabase } from '@storyline/db';

/** The shared workload: ~500-byte JSON events over 1,000 streams, 4 concurrent connections. */
export const CONNECTIONS = 4;
export const STREAMS = 1000;
export const EVENTS_PER_CASE = 40_000;
export const READ_PAGE = 1000;

const EVIDENCE =
  'The portrait, painted by a local artist, was handed to the special envoy in Moscow and later carried to Washington, ' +
  'where it was presented to the president, a spokesperson said on Tuesday, adding that the gift had been well received.';

export interface BenchEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/** About 500 bytes of data JSON, like a development event with its evidence span. */
export function makeEvent(i: number): BenchEvent {
  return {
    id: randomUUID(),
    type: 'GiftGiven',
    data: {
      articleId: `article-${i % 5000}`,
      giver: 'Marta Kessel',
      recipient: 'Ansel Quinta',
      item: 'portrait',
      intermediary: 'Oren Vale',
      evidence: EVIDENCE,
      confidence: 0.87,
      occurredAt: '2025-03-24',
      seq: i,
    },
    metadata: { correlationId: `c-${i}`, actor: 'bench' },
  };
}

export const streamName = (n: number) => `story-${n}`;

/**
 * Runs operations [from, to) over CONNECTIONS workers: operation i goes to worker i % 4 and to
 * stream (i / 4 % 250) * 4 + i % 4, so each worker owns 250 of the 1,000 streams and expected
 * versions never conflict. Returns elapsed seconds.
 */
export async function runWorkers(from: number, to: number, op: (i: number, stream: number) => Promise<void>, progress: (done: number) => void = () => undefined): Promise<number> {
  let done = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, w) => {
      const perWorker = STREAMS / CONNECTIONS;
      for (let i = from + ((w - (from % CONNECTIONS) + CONNECTIONS) % CONNECTIONS); i < to; i += CONNECTIONS) {
        await op(i, (Math.floor(i / CONNECTIONS) % perWorker) * CONNECTIONS + w);
        if (++done % 100 === 0) progress(done);
      }
    }),
  );
  progress(to - from);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** A fresh, empty database per contender; all dropped afterwards. */
export async function withFreshDatabases<T>(adminUrl: string, count: number, fn: (urls: string[]) => Promise<T>): Promise<T> {
  const scratches: ScratchDatabase[] = [];
  try {
    for (let i = 0; i < count; i++) scratches.push(await createScratchDatabase(adminUrl, 'storyline_bench'));
    return await fn(scratches.map((s) => s.url));
  } finally {
    for (const s of scratches) await s.drop();
  }
}
