import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestDatabaseFor, type TestBackend, type TestDatabase } from '@storyline/testing';
import { DuplicateEventId, InvalidInput, StoreError, WrongExpectedVersion } from './errors';
import { createEventStore, EventStore } from './event-store';
import type { NewEvent, RecordedEvent } from './types';
import { UpcasterRegistry } from './upcasters';

/** The behaviour every backend must show; run by event-store.int.spec.ts on PGlite and PostgreSQL. */
export function eventStoreContract(backend: TestBackend): void {
  let database: TestDatabase;
  let store: EventStore;
  const stream = (name = 'story') => `${name}-${randomUUID()}`;
  const ev = (type = 'StoryOpened', data: unknown = { title: 'x' }): NewEvent => ({ type, data });
  /**
   * Waits until everything committed so far is below the read fence. Other sessions on the same
   * server (parallel test files creating databases, for one) hold the fence back for a moment.
   */
  const settled = async () => {
    const head = await store.headPosition();
    for (let i = 0; i < 1000 && (await store.fenceStatus()).fence <= head; i++) await new Promise((r) => setTimeout(r, 10));
  };

  beforeAll(async () => {
    database = await createTestDatabaseFor(backend);
    store = createEventStore(database);
    await sql`create table test_projection (event_id uuid primary key, stream_id text not null)`.execute(database.db);
  });
  afterAll(() => database?.destroy());

  describe('append and read', () => {
    it('numbers a new stream from 1 and returns increasing positions', async () => {
      const s = stream();
      const r = await store.append(s, [ev('StoryOpened', { title: 'Portrait' }), ev('ArticleLinked', { articleId: 'a1' })], {
        expectedVersion: 'no_stream',
      });
      expect(r).toMatchObject({ nextExpectedVersion: 2, appended: 2 });
      expect(r.positions[1]).toBeGreaterThan(r.positions[0]!);
      const events = await store.readStream(s);
      expect(events.map((e) => [e.streamVersion, e.type, e.position])).toEqual([
        [1, 'StoryOpened', r.positions[0]],
        [2, 'ArticleLinked', r.positions[1]],
      ]);
      expect(events[0]).toMatchObject({ streamId: s, schemaVersion: 1, data: { title: 'Portrait' }, metadata: {} });
      expect(events[0]!.recordedAt).toBeInstanceOf(Date);
      expect(await store.streamVersion(s)).toBe(2);
    });

    it('reads a stream forward, backward, from a version, with a limit', async () => {
      const s = stream();
      await store.append(s, [1, 2, 3, 4, 5].map((n) => ev('ArticleLinked', { n })));
      const versions = (es: RecordedEvent[]) => es.map((e) => e.streamVersion);
      expect(versions(await store.readStream(s, { from: 3 }))).toEqual([3, 4, 5]);
      expect(versions(await store.readStream(s, { direction: 'backward', limit: 2 }))).toEqual([5, 4]);
      expect(versions(await store.readStream(s, { direction: 'backward', from: 2 }))).toEqual([2, 1]);
      expect(versions(await store.readStream(s, { from: 2, limit: 2 }))).toEqual([2, 3]);
      expect(await store.readStream(stream('missing'))).toEqual([]);
    });

    it('reads several whole streams in one call', async () => {
      const [a, b, missing] = [stream(), stream(), stream()];
      await store.append(a, [ev(), ev()]);
      await store.append(b, [ev()]);
      const streams = await store.readStreams([a, b, missing]);
      expect([...streams.keys()].sort()).toEqual([a, b].sort());
      expect(streams.get(a)!.map((e) => e.streamVersion)).toEqual([1, 2]);
      expect(streams.get(b)!.map((e) => e.streamVersion)).toEqual([1]);
    });

    it('keeps metadata and an explicit id', async () => {
      const s = stream();
      const id = randomUUID();
      const metadata = { correlationId: 'c-1', causationId: 'k-1', actor: 'editor@newsroom', extra: [1, 2] };
      await store.append(s, [{ id, type: 'StoryOpened', data: { title: 'x' }, metadata }]);
      const [e] = await store.readStream(s);
      expect(e).toMatchObject({ id, metadata });
    });

    it('reads the global log in position order, page by page', async () => {
      const after = await store.headPosition();
      const s1 = stream();
      const s2 = stream();
      await store.append(s1, [ev(), ev()]);
      await store.append(s2, [ev()]);
      await store.append(s1, [ev()]);
      await settled();
      const all = await store.readAll({ after });
      const mine = all.filter((e) => e.streamId === s1 || e.streamId === s2);
      expect(mine.map((e) => [e.streamId, e.streamVersion])).toEqual([
        [s1, 1],
        [s1, 2],
        [s2, 1],
        [s1, 3],
      ]);
      const positions = all.map((e) => e.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const page1 = await store.readAll({ after, limit: 2 });
      const page2 = await store.readAll({ after: page1[1]!.position, limit: 2 });
      expect([...page1, ...page2].map((e) => e.id)).toEqual(all.slice(0, 4).map((e) => e.id));
      expect(await store.headPosition()).toBeGreaterThanOrEqual(all[all.length - 1]!.position);
    });

    it('gives several appends in one transaction distinct, ordered positions; rollback leaves nothing', async () => {
      const s1 = stream();
      const s2 = stream();
      const [a, b] = await database.db.transaction().execute(async (trx) => [
        await store.append(s1, [ev(), ev()], { trx }),
        await store.append(s2, [ev()], { trx }),
      ]);
      expect(b!.positions[0]).toBeGreaterThan(a!.positions[1]!);
      const s3 = stream();
      await expect(
        database.db.transaction().execute(async (trx) => {
          await store.append(s3, [ev()], { trx });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.streamVersion(s3)).toBeNull();
      expect(await store.readStream(s3)).toEqual([]);
    });
  });

  describe('expected versions', () => {
    it('accepts the exact version and rejects a stale one with the actual version', async () => {
      const s = stream();
      await store.append(s, [ev()], { expectedVersion: 'no_stream' });
      await store.append(s, [ev()], { expectedVersion: 1 });
      const error = await store.append(s, [ev()], { expectedVersion: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersion);
      expect(error).toBeInstanceOf(StoreError);
      expect(error).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', streamId: s, expected: 1, actual: 2 });
      expect(await store.streamVersion(s)).toBe(2);
    });

    it('rejects no_stream on an existing stream and an exact version on a missing one', async () => {
      const s = stream();
      await store.append(s, [ev()]);
      await expect(store.append(s, [ev()], { expectedVersion: 'no_stream' })).rejects.toMatchObject({ expected: 'no_stream', actual: 1 });
      await expect(store.append(s, [ev()], { expectedVersion: 0 })).rejects.toBeInstanceOf(WrongExpectedVersion);
      const missing = stream();
      await expect(store.append(missing, [ev()], { expectedVersion: 3 })).rejects.toMatchObject({ expected: 3, actual: null });
      expect(await store.streamVersion(missing)).toBeNull();
    });

    it('refuses an expected version ahead of the stream, so no gap opens', async () => {
      const s = stream();
      await store.append(s, [ev(), ev()]);
      await expect(store.append(s, [ev()], { expectedVersion: 5 })).rejects.toMatchObject({ expected: 5, actual: 2 });
      const other = new EventStore(database.db); // knows nothing about the stream yet
      await expect(other.append(s, [ev()], { expectedVersion: 3 })).rejects.toMatchObject({ expected: 3, actual: 2 });
      await expect(other.append(s, [ev()], { expectedVersion: 1 })).rejects.toMatchObject({ expected: 1, actual: 2 });
      expect((await store.readStream(s)).map((e) => e.streamVersion)).toEqual([1, 2]);
    });

    it("'any' appends whatever the version", async () => {
      const s = stream();
      await store.append(s, [ev()], { expectedVersion: 'any' });
      const r = await store.append(s, [ev(), ev()], { expectedVersion: 'any' });
      expect(r.nextExpectedVersion).toBe(3);
    });

    it('lets exactly one of two concurrent appends at the same version win', async () => {
      const s = stream();
      await store.append(s, [ev()]);
      const results = await Promise.allSettled([1, 2, 3].map(() => store.append(s, [ev()], { expectedVersion: 1 })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(WrongExpectedVersion);
      expect(await store.streamVersion(s)).toBe(2);
    });
  });

  describe('idempotent retries', () => {
    it('treats a repeated append of the same ids as a no-op, even when its version check now fails', async () => {
      const s = stream();
      const events = [{ ...ev(), id: randomUUID() }, { ...ev(), id: randomUUID() }];
      const first = await store.append(s, events, { expectedVersion: 'no_stream' });
      const again = await store.append(s, events, { expectedVersion: 'no_stream' });
      expect(again).toEqual({ nextExpectedVersion: 2, positions: first.positions, appended: 0 });
      expect(await store.append(s, events, { expectedVersion: 'any' })).toMatchObject({ appended: 0 });
      expect(await store.append(s, [events[0]!])).toMatchObject({ appended: 0, positions: [first.positions[0]] });
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('is a no-op inside a caller transaction too, leaving the transaction usable', async () => {
      const s = stream();
      const e = { ...ev(), id: randomUUID() };
      await store.append(s, [e]);
      await database.db.transaction().execute(async (trx) => {
        expect(await store.append(s, [e], { trx, expectedVersion: 'any' })).toMatchObject({ appended: 0 });
        expect(await store.append(s, [ev()], { trx, expectedVersion: 1 })).toMatchObject({ appended: 1 });
      });
      expect(await store.streamVersion(s)).toBe(2);
    });

    it('refuses a partial overlap or ids of another stream, writing nothing', async () => {
      const s = stream();
      const e = { ...ev(), id: randomUUID() };
      await store.append(s, [e]);
      await expect(store.append(s, [e, ev()])).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(store.append(stream(), [e])).rejects.toMatchObject({ code: 'DUPLICATE_EVENT_ID', ids: [e.id] });
      expect(await store.streamVersion(s)).toBe(1);
    });
  });

  describe('bad input', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      ['empty stream id', () => store.append('', [ev()]), 'INVALID_STREAM_ID'],
      ['stream id over 200 chars', () => store.append('s'.repeat(201), [ev()]), 'INVALID_STREAM_ID'],
      ['control char in stream id', () => store.append('story\n1', [ev()]), 'INVALID_STREAM_ID'],
      ['empty event list', () => store.append(stream(), []), 'EMPTY_EVENT_LIST'],
      ['invalid type name', () => store.append(stream(), [ev('bad type!')]), 'INVALID_EVENT_TYPE'],
      ['malformed id', () => store.append(stream(), [{ ...ev(), id: 'not-a-uuid' }]), 'INVALID_EVENT_ID'],
      ['a function', () => store.append(stream(), [ev('X', { f: () => 1 })]), 'NOT_SERIALISABLE'],
      ['a BigInt', () => store.append(stream(), [ev('X', { n: 1n })]), 'NOT_SERIALISABLE'],
      ['a cycle', () => store.append(stream(), [ev('X', cyclic)]), 'NOT_SERIALISABLE'],
      ['undefined data', () => store.append(stream(), [{ type: 'X', data: undefined }]), 'NOT_SERIALISABLE'],
      ['NaN', () => store.append(stream(), [ev('X', { n: NaN })]), 'NOT_SERIALISABLE'],
      ['Infinity in an array', () => store.append(stream(), [ev('X', [Infinity])]), 'NOT_SERIALISABLE'],
      ['a NUL character', () => store.append(stream(), [ev('X', { s: 'a\u0000b' })]), 'NOT_SERIALISABLE'],
      ['a lone surrogate', () => store.append(stream(), [ev('X', { s: '\ud800' })]), 'NOT_SERIALISABLE'],
      ['metadata not an object', () => store.append(stream(), [{ ...ev(), metadata: 'x' as never }]), 'INVALID_EVENT'],
      ['over 1 MiB', () => store.append(stream(), [ev('X', { s: 'é'.repeat(600_000) })]), 'EVENT_TOO_LARGE'],
    ];
    it.each(cases)('rejects %s with a typed error and writes nothing', async (_name, act, code) => {
      const head = await store.headPosition();
      const error = await act().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInput);
      expect(error).toMatchObject({ code });
      expect(await store.headPosition()).toBe(head);
    });

    it('rejects the whole append when one event of many is bad', async () => {
      const s = stream();
      await expect(store.append(s, [ev(), ev('X', { n: NaN })])).rejects.toMatchObject({ code: 'NOT_SERIALISABLE', index: 1 });
      expect(await store.streamVersion(s)).toBeNull();
    });

    it('honours a configured maxEventBytes', async () => {
      const small = new EventStore(database.db, { maxEventBytes: 100 });
      await expect(small.append(stream(), [ev('X', { s: 'x'.repeat(100) })])).rejects.toMatchObject({ code: 'EVENT_TOO_LARGE' });
      await expect(small.append(stream(), [ev('X', { s: 'x' })])).resolves.toMatchObject({ appended: 1 });
    });
  });

  describe('upcasting', () => {
    it('reads old schema versions as the current one and stamps new events with it', async () => {
      const upcasters = new UpcasterRegistry()
        .register('GiftGiven', 1, (d: { from: string; to: string }) => ({ giver: d.from, recipient: d.to }))
        .register('GiftGiven', 2, (d: object) => ({ ...d, value: null }));
      const s = stream();
      await store.append(s, [{ type: 'GiftGiven', schemaVersion: 1, data: { from: 'Putin', to: 'Trump' } }]);
      const v3 = new EventStore(database.db, { upcasters });
      await v3.append(s, [{ type: 'GiftGiven', data: { giver: 'A', recipient: 'B', value: 1 } }]);
      const expected = [
        { schemaVersion: 3, data: { giver: 'Putin', recipient: 'Trump', value: null } },
        { schemaVersion: 3, data: { giver: 'A', recipient: 'B', value: 1 } },
      ];
      expect(await v3.readStream(s)).toMatchObject(expected);
      await settled();
      expect((await v3.readAll({ after: 0, limit: 100_000 })).filter((e) => e.streamId === s)).toMatchObject(expected);
      // The stored rows are untouched: the plain store still sees version 1 and 3.
      expect((await store.readStream(s)).map((e) => e.schemaVersion)).toEqual([1, 3]);
    });
  });

  describe('subscriptions and checkpoints', () => {
    const waitFor = async (cond: () => boolean, ms = 10_000) => {
      const end = Date.now() + ms;
      while (!cond()) {
        if (Date.now() > end) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    it('catches up, then delivers live appends in order', async () => {
      const from = await store.headPosition();
      const s = stream();
      await store.append(s, [ev(), ev(), ev()]);
      const seen: RecordedEvent[] = [];
      const sub = store.subscribe({ from, batchSize: 2, handler: (es) => void seen.push(...es) });
      try {
        await waitFor(() => seen.filter((e) => e.streamId === s).length === 3);
        await store.append(s, [ev(), ev()]);
        await waitFor(() => seen.filter((e) => e.streamId === s).length === 5);
        expect(seen.filter((e) => e.streamId === s).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
        await waitFor(() => sub.caughtUp && sub.position === seen[seen.length - 1]!.position);
      } finally {
        await sub.stop();
      }
    });

    it('wakes a live subscriber by notification, long before its poll interval', async () => {
      const from = await store.headPosition();
      const seen: RecordedEvent[] = [];
      const sub = store.subscribe({ from, pollIntervalMs: 60_000, handler: (es) => void seen.push(...es) });
      try {
        await waitFor(() => sub.caughtUp);
        await new Promise((r) => setTimeout(r, 200)); // let the listener settle
        const s = stream();
        const started = Date.now();
        await store.append(s, [ev()]);
        await waitFor(() => seen.some((e) => e.streamId === s), 5_000);
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        await sub.stop();
      }
    });

    it('stops on an abort signal and surfaces a handler failure through done', async () => {
      const controller = new AbortController();
      const sub = store.subscribe({ signal: controller.signal, handler: () => undefined });
      controller.abort();
      await expect(sub.done).resolves.toBeUndefined();
      await store.append(stream(), [ev()]);
      const failing = store.subscribe({ handler: () => Promise.reject(new Error('boom')) });
      await expect(failing.done).rejects.toThrow('boom');
    });

    it('commits read-model writes and the checkpoint together, and rolls both back on failure', async () => {
      const name = `projection-${randomUUID()}`;
      await store.checkpoints.save(name, await store.headPosition());
      const s = stream();
      await store.append(s, [ev(), ev()]);
      await settled();
      const project = async (trx: Parameters<Parameters<EventStore['processBatch']>[1]>[0], events: RecordedEvent[]) => {
        for (const e of events) await trx.insertInto('test_projection' as never).values({ event_id: e.id, stream_id: e.streamId } as never).execute();
      };
      const before = await store.checkpoints.load(name);
      await expect(
        store.processBatch(name, async (trx, events) => {
          await project(trx, events);
          throw new Error('projection bug');
        }),
      ).rejects.toThrow('projection bug');
      const count = async () =>
        Number((await sql<{ n: number }>`select count(*)::int as n from test_projection where stream_id = ${s}`.execute(database.db)).rows[0]!.n);
      expect(await count()).toBe(0);
      expect(await store.checkpoints.load(name)).toBe(before);
      expect((await store.checkpoints.status(name))[0]).toMatchObject({ error: expect.stringContaining('projection bug') });

      const result = await store.processBatch(name, project, { batchSize: 1000 });
      expect(await count()).toBe(2);
      expect(await store.checkpoints.load(name)).toBe(result.position);
      const [status] = await store.checkpoints.status(name);
      expect(status).toMatchObject({ error: null, position: result.position });
      expect(status!.lagEvents).toBeGreaterThanOrEqual(0);
      expect(await store.processBatch(name, project)).toMatchObject({ count: 0, position: result.position });
    });

    it('runs a checkpointed subscription live', async () => {
      const name = `live-${randomUUID()}`;
      await store.checkpoints.save(name, await store.headPosition());
      const seen: string[] = [];
      const sub = store.subscribeWithCheckpoint({ name, handler: async (_trx, events) => void seen.push(...events.map((e) => e.id)) });
      try {
        const { positions } = await store.append(stream(), [ev(), ev()]);
        await waitFor(() => seen.length >= 2);
        await waitFor(() => sub.position >= positions[1]!);
        expect(await store.checkpoints.load(name)).toBeGreaterThanOrEqual(positions[1]!);
      } finally {
        await sub.stop();
      }
    });

    it('reports the fence and the head', async () => {
      await store.append(stream(), [ev()]);
      const status = await store.fenceStatus();
      expect(status.head).toBeGreaterThan(0);
      expect(status.fence).toBeGreaterThan(0);
    });
  });
}
