import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import { createEventStore, type EventStore } from './event-store';
import type { NewEvent, RecordedEvent } from './types';

/**
 * The global-order guarantee under load: concurrent appenders on separate connections, some
 * holding their transaction open, some rolling back; tailing readers must see every committed
 * event exactly once, in strictly increasing position order, and nothing rolled back.
 */
describe('global order on PostgreSQL', () => {
  let database: TestDatabase;
  let store: EventStore;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 16 });
    store = createEventStore(database);
  });
  afterAll(() => database?.destroy());

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const events = (n: number): NewEvent[] => Array.from({ length: n }, () => ({ id: randomUUID(), type: 'Probe', data: { pad: 'x'.repeat(100) } }));

  it('delivers every committed event exactly once, in order, with 8 appenders and long or aborted transactions', async () => {
    const APPENDERS = 8;
    const EVENTS_EACH = 500;
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let appending = true;

    const appender = async (worker: number) => {
      let written = 0;
      let tx = 0;
      while (written < EVENTS_EACH) {
        const stream = `stress-${worker}-${tx++ % 25}`;
        const batch = events(1 + Math.floor(Math.random() * 4));
        const mode = Math.random();
        if (mode < 0.4) {
          await store.append(stream, batch);
          batch.forEach((e) => committed.add(e.id!));
          written += batch.length;
        } else {
          const abort = mode > 0.9;
          const second = events(1);
          const holdMs = Math.floor(Math.random() * 25);
          await database.db
            .transaction()
            .execute(async (trx) => {
              await store.append(stream, batch, { trx });
              if (holdMs % 2) await sql`select pg_sleep(${holdMs / 1000})`.execute(trx);
              else await sleep(holdMs);
              await store.append(`${stream}-side`, second, { trx });
              if (abort) throw new Error('rollback');
            })
            .then(
              () => [...batch, ...second].forEach((e) => committed.add(e.id!)),
              () => [...batch, ...second].forEach((e) => rolledBack.add(e.id!)),
            );
          if (!abort) written += batch.length + second.length;
        }
      }
    };

    const tail = async (seen: RecordedEvent[]) => {
      let after = 0;
      const deadline = Date.now() + 25_000;
      while (appending || seen.length < committed.size) {
        if (Date.now() > deadline) throw new Error(`reader stuck at ${seen.length}/${committed.size}`);
        const page = await store.readAll({ after, limit: 200 });
        for (const e of page) {
          if (e.position <= after) throw new Error(`position went backwards: ${e.position} after ${after}`);
          after = e.position;
          seen.push(e);
        }
        if (page.length < 200) await sleep(2);
      }
    };

    const tailed: RecordedEvent[] = [];
    const subscribed: RecordedEvent[] = [];
    const subscription = store.subscribe({ batchSize: 50, pollIntervalMs: 20, handler: (es) => void subscribed.push(...es) });
    try {
      const reader = tail(tailed);
      await Promise.all(Array.from({ length: APPENDERS }, (_, i) => appender(i))).finally(() => (appending = false));
      await reader;
      const deadline = Date.now() + 10_000;
      while (subscribed.length < committed.size && Date.now() < deadline) await sleep(10);
    } finally {
      appending = false;
      await subscription.stop();
    }

    expect(committed.size).toBeGreaterThanOrEqual(APPENDERS * EVENTS_EACH);
    expect(rolledBack.size).toBeGreaterThan(0);
    for (const seen of [tailed, subscribed]) {
      const ids = seen.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => rolledBack.has(id))).toEqual([]);
      expect(new Set(ids)).toEqual(committed);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.position).toBeGreaterThan(seen[i - 1]!.position);
    }
    // Each stream's versions are gapless 1..n.
    const streams = await sql<{ ok: boolean }>`
      select bool_and(n = max_v) as ok from (select stream_id, count(*) as n, max(stream_version) as max_v from events group by stream_id) s`.execute(database.db);
    expect(streams.rows[0]!.ok).toBe(true);
  }, 60_000);

  it('holds the reader back while an older transaction is open, then delivers it first', async () => {
    const start = await store.headPosition();
    const early = events(1);
    const late = events(1);
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let appendedEarly!: () => void;
    const earlyAppended = new Promise<void>((r) => (appendedEarly = r));

    // T1 takes its transaction id first and commits last.
    const t1 = database.db.transaction().execute(async (trx) => {
      await store.append(`late-${randomUUID()}`, early, { trx });
      appendedEarly();
      await released;
    });
    await earlyAppended;
    let before: RecordedEvent[];
    try {
      const t2 = await store.append(`late-${randomUUID()}`, late);
      // T2 is committed and visible to a plain query, but not below the fence.
      const raw = await database.db.selectFrom('events').select('id').where('id', '=', late[0]!.id!).execute();
      expect(raw).toHaveLength(1);
      before = await store.readAll({ after: start });
      expect(before.map((e) => e.id)).not.toContain(late[0]!.id);
      const fence = await store.fenceStatus();
      expect(fence).toMatchObject({ blocked: true });
      expect(fence.head).toBeGreaterThanOrEqual(t2.positions[0]!);
      // T1 or an older transaction elsewhere on the server.
      expect(fence.oldestTransaction?.startedAt.getTime()).toBeLessThanOrEqual(Date.now());
    } finally {
      release();
      await t1;
    }
    let page: RecordedEvent[] = [];
    for (let i = 0; i < 500 && page.length < 2; i++) {
      page = (await store.readAll({ after: start })).filter((e) => e.id === early[0]!.id || e.id === late[0]!.id);
      if (page.length < 2) await sleep(10);
    }
    expect(page.map((e) => e.id)).toEqual([early[0]!.id, late[0]!.id]);
    expect(page[0]!.position).toBeLessThan(page[1]!.position);
    // Nothing the reader passed earlier can show up below its cursor.
    const last = before.length ? before[before.length - 1]!.position : start;
    expect(page[0]!.position).toBeGreaterThan(last);
  });
});
