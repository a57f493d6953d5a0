import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createTestDatabase, createPgliteTestDatabase } from '@storyline/testing';
import { createDatabase } from './create-database';
import { migrations } from '../../../migrations';
import { migrateToLatest } from './migrate';

const tables = async (db: Parameters<typeof migrateToLatest>[0]) =>
  (await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`.execute(db)).rows.map((r) => r.t);

describe('migrateToLatest', () => {
  it('is a no-op the second time (PGlite)', async () => {
    const database = await createPgliteTestDatabase();
    try {
      expect(await migrateToLatest(database.db)).toEqual([]);
      expect(await tables(database.db)).toEqual(expect.arrayContaining(['events', 'checkpoints']));
    } finally {
      await database.destroy();
    }
  });

  it('applies each migration once when two processes start together (PostgreSQL)', async () => {
    const database = await createTestDatabase({ migrate: false });
    const a = await createDatabase(database.url);
    const b = await createDatabase(database.url);
    try {
      const [ranA, ranB] = await Promise.all([migrateToLatest(a.db), migrateToLatest(b.db)]);
      expect([...ranA, ...ranB].sort()).toEqual(Object.keys(migrations).sort());
      expect(await migrateToLatest(a.db)).toEqual([]);
      expect(await tables(b.db)).toEqual(expect.arrayContaining(['events', 'checkpoints']));
    } finally {
      await a.destroy();
      await b.destroy();
      await database.destroy();
    }
  });

  it('rolls a failing migration back and names it', async () => {
    const database = await createPgliteTestDatabase({ migrate: false });
    try {
      const broken = {
        '20000101000000_broken': {
          up: async (db: Parameters<typeof migrateToLatest>[0]) => {
            await sql`create table half_done (id int)`.execute(db);
            await sql`select no_such_function()`.execute(db);
          },
        },
      };
      await expect(migrateToLatest(database.db, broken)).rejects.toThrow(/migration 20000101000000_broken failed/);
      expect(await tables(database.db)).not.toContain('half_done');
    } finally {
      await database.destroy();
    }
  });
});

describe('createDatabase on a PGlite directory', () => {
  it('persists across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-pglite-'));
    try {
      const first = await createDatabase(join(dir, 'pgdata'));
      expect(first.kind).toBe('pglite');
      await migrateToLatest(first.db);
      await first.db.insertInto('checkpoints').values({ name: 'kept', position: 42 }).execute();
      await first.destroy();
      const second = await createDatabase(join(dir, 'pgdata'));
      expect(await second.db.selectFrom('checkpoints').select('position').where('name', '=', 'kept').executeTakeFirst()).toEqual({ position: 42 });
      await second.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
