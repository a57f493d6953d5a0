import { sql } from 'kysely';
import { createTestDatabase, createTestDatabaseFor, type TestDatabase } from '@storyline/testing';

describe.each(['pglite', 'postgres'] as const)('database handle on %s', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabaseFor(backend);
  });
  afterAll(() => database?.destroy());

  it('returns int8 as numbers', async () => {
    const { rows } = await sql<{ n: unknown; big: unknown }>`select 42::bigint as n, 9007199254740993::bigint as big`.execute(database.db);
    expect(rows[0]).toEqual({ n: 42, big: 9007199254740993n });
  });

  it('returns dates, bytes and json as types of the calling realm', async () => {
    const { rows } = await sql<{ t: unknown; b: unknown; j: unknown }>`select now() as t, '\\x0102'::bytea as b, '{"a":[1]}'::jsonb as j`.execute(database.db);
    expect(rows[0]!.t).toBeInstanceOf(Date);
    expect(rows[0]!.b).toBeInstanceOf(Uint8Array);
    expect([...(rows[0]!.b as Uint8Array)]).toEqual([1, 2]);
    expect(rows[0]!.j).toEqual({ a: [1] });
  });

  it('runs concurrent transactions one after another, never interleaved', async () => {
    await sql`create table if not exists tx_probe (tx text, step int)`.execute(database.db);
    const run = (name: string) =>
      database.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(trx);
        for (let step = 0; step < 5; step++) {
          await sql`insert into tx_probe values (${name}, ${step})`.execute(trx);
          await new Promise((r) => setTimeout(r, 2));
        }
        const again = await sql<{ xid: string }>`select pg_current_xact_id()::text as xid`.execute(trx);
        expect(again.rows[0]!.xid).toBe(rows[0]!.xid);
        if (name === 'b') throw new Error('roll b back');
      });
    const results = await Promise.allSettled(['a', 'b', 'c'].map(run));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const { rows } = await sql<{ tx: string; n: number }>`select tx, count(*)::int as n from tx_probe group by tx order by tx`.execute(database.db);
    expect(rows).toEqual([
      { tx: 'a', n: 5 },
      { tx: 'c', n: 5 },
    ]);
  });

  it('delivers notifications to listeners', async () => {
    const received: string[] = [];
    const stop = await database.listen('probe_channel', (p) => received.push(p));
    await database.notify('probe_channel', 'hello');
    const end = Date.now() + 5000;
    while (received.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    await stop();
    expect(received).toEqual(['hello']);
  });

  if (backend === 'postgres') {
    it('names its connections and bounds idle transactions', async () => {
      const { rows } = await sql<{ app: string; idle: string }>`
        select current_setting('application_name') as app, current_setting('idle_in_transaction_session_timeout') as idle`.execute(database.db);
      expect(rows[0]).toEqual({ app: 'storyline-test', idle: '1min' });
    });
  }
});

describe('idle transactions on PostgreSQL', () => {
  it('are ended by the server without crashing the process, and the pool recovers', async () => {
    const database = await createTestDatabase({ idleInTransactionTimeoutMs: 200 });
    try {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await new Promise((r) => setTimeout(r, 800));
          await sql`select 2`.execute(trx);
        }),
      ).rejects.toThrow();
      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(database.db);
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await database.destroy();
    }
  });
});
