import type { CompiledQuery, Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import type { EventStore, RecordedEvent } from '@storyline/event-store';
import { StoriesProjection } from './stories.projection';
import { falconStream } from './testing/streams';

/**
 * The projection without a database: a store that serves the stream as committed so far, and a
 * transaction that records the rows each batch writes.
 */
function harness() {
  const stream = falconStream();
  let committed = 0;
  const reads: string[][] = [];
  const store = {
    readStreams: async (ids: readonly string[]) => {
      reads.push([...ids]);
      return new Map(ids.map((id) => [id, stream.filter((e) => e.streamId === id).slice(0, committed)]));
    },
  } as unknown as EventStore;
  const written: Array<{ states: unknown[]; entries: unknown[] }> = [];
  const trx = {
    executeQuery: async (query: CompiledQuery) => {
      if (query.sql.includes('storyline_stories_write')) {
        written.push({ states: JSON.parse(query.parameters[0] as string), entries: JSON.parse(query.parameters[1] as string) });
      }
      return { rows: [] };
    },
  } as unknown as Transaction<Database>;
  /** Applies events (versions are 1-based) as one batch; returns what it wrote and whether it read streams. */
  const apply = async (projection: StoriesProjection, events: RecordedEvent[]) => {
    committed = Math.max(committed, ...events.map((e) => e.streamVersion));
    const before = reads.length;
    written.length = 0;
    await projection.apply(trx, events);
    return { read: reads.length > before, states: written.flatMap((w) => w.states), entries: written.flatMap((w) => w.entries) };
  };
  /** What a projection with nothing kept writes for the stream up to `version`: it reads the stream whole. */
  const reference = async (version: number) => {
    committed = version;
    const { states, entries } = await apply(new StoriesProjection(store), [stream[version - 1]!]);
    return { states, entries };
  };
  const versions = (from: number, to: number) => stream.slice(from - 1, to);
  return { stream, store, apply, reference, versions };
}

describe('StoriesProjection', () => {
  it('folds a story from its first events without reading its stream', async () => {
    const h = harness();
    const written = await h.apply(new StoriesProjection(h.store), h.versions(1, 6));
    expect(written.read).toBe(false);
    expect(written.states).toHaveLength(1);
    expect({ states: written.states, entries: written.entries }).toEqual(await h.reference(6));
  });

  it('keeps a story it held from its first event only once the story comes back, then folds onto it', async () => {
    const h = harness();
    const projection = new StoriesProjection(h.store);
    await h.apply(projection, h.versions(1, 4));
    const back = await h.apply(projection, h.versions(5, 9));
    expect(back.read).toBe(true);
    expect({ states: back.states, entries: back.entries }).toEqual(await h.reference(9));
    const next = await h.apply(projection, h.versions(10, 11));
    expect(next.read).toBe(false);
    const last = await h.apply(projection, h.versions(12, h.stream.length));
    expect(last.read).toBe(false);
    expect({ states: last.states, entries: last.entries }).toEqual(await h.reference(h.stream.length));
  });

  it('reads the stream again when another worker applied the events in between', async () => {
    const h = harness();
    const projection = new StoriesProjection(h.store);
    await h.apply(projection, h.versions(1, 4));
    await h.apply(projection, h.versions(5, 6)); // kept at version 6
    const later = await h.apply(projection, h.versions(9, 10)); // 7 and 8 went elsewhere: the kept fold is stale
    expect(later.read).toBe(true);
    expect({ states: later.states, entries: later.entries }).toEqual(await h.reference(10));
  });

  it('reads the stream again when a batch repeats events it already folded', async () => {
    const h = harness();
    const projection = new StoriesProjection(h.store);
    await h.apply(projection, h.versions(1, 4));
    await h.apply(projection, h.versions(5, 6)); // say its transaction rolled back, and the batch comes again
    const retried = await h.apply(projection, h.versions(5, 6));
    expect(retried.read).toBe(true);
    expect({ states: retried.states, entries: retried.entries }).toEqual(await h.reference(6));
  });

  it('puts a batch back in version order when two appends committed out of it', async () => {
    const h = harness();
    const [a, b, c, d] = h.versions(1, 4);
    const written = await h.apply(new StoriesProjection(h.store), [a!, c!, b!, d!]);
    expect(written.read).toBe(false);
    expect({ states: written.states, entries: written.entries }).toEqual(await h.reference(4));
  });

  it('keeps nothing across a reset', async () => {
    const h = harness();
    const projection = new StoriesProjection(h.store);
    await h.apply(projection, h.versions(1, 4));
    await h.apply(projection, h.versions(5, 6));
    await projection.reset({ deleteFrom: () => ({ execute: async () => undefined }) } as unknown as Transaction<Database>);
    expect((await h.apply(projection, h.versions(7, 8))).read).toBe(true);
  });

  it('keeps no more than its budget of events', async () => {
    const h = harness();
    const projection = new StoriesProjection(h.store, { cachedEvents: 5 });
    await h.apply(projection, h.versions(1, 4));
    await h.apply(projection, h.versions(5, 6)); // 6 events: more than the budget
    expect((await h.apply(projection, h.versions(7, 8))).read).toBe(true);
  });
});
