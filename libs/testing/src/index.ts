import { createDatabase, createScratchDatabase, DEFAULT_ADMIN_URL, migrateToLatest, type DatabaseHandle, type DatabaseOptions } from '@storyline/db';

export interface TestDatabase extends DatabaseHandle {
  /** Connection URL of the fresh database ('memory' for PGlite). */
  url: string;
}

export const testAdminUrl = (): string => process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;

/**
 * A fresh, migrated PostgreSQL database (storyline_test_<random>) on the test server;
 * `destroy()` closes the pool and drops it (WITH (FORCE)). Safe for parallel jest workers.
 */
export async function createTestDatabase(opts: DatabaseOptions & { migrate?: boolean } = {}): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(testAdminUrl(), 'storyline_test');
  try {
    const handle = await createDatabase(scratch.url, { applicationName: 'storyline-test', ...opts });
    if (opts.migrate !== false) await migrateToLatest(handle.db);
    return {
      ...handle,
      url: scratch.url,
      destroy: async () => {
        await handle.destroy();
        await scratch.drop();
      },
    };
  } catch (error) {
    await scratch.drop().catch(() => undefined);
    throw error;
  }
}

/** A fresh, migrated in-memory PGlite database. */
export async function createPgliteTestDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const handle = await createDatabase('memory');
  if (opts.migrate !== false) await migrateToLatest(handle.db);
  return { ...handle, url: 'memory' };
}

export type TestBackend = 'pglite' | 'postgres';

export function createTestDatabaseFor(backend: TestBackend, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  return backend === 'postgres' ? createTestDatabase(opts) : createPgliteTestDatabase(opts);
}
