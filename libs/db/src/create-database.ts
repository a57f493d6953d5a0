import type { DatabaseHandle, DatabaseOptions } from './handle';
import { DEFAULT_DATA_DIR } from './handle';
import { createPgliteHandle } from './pglite';
import { createPostgresHandle } from './postgres';

/**
 * Opens the app database:
 * - `postgres://…` / `postgresql://…`: a PostgreSQL server through a pg pool;
 * - undefined or '': embedded PGlite persisted under ./.storyline/pgdata (or opts.dataDir);
 * - 'memory' (or 'memory://'): a fresh in-memory PGlite;
 * - anything else: a PGlite data directory at that path.
 */
export async function createDatabase(url?: string, opts: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (url && /^postgres(ql)?:\/\//i.test(url)) return createPostgresHandle(url, opts);
  if (url === 'memory' || url === 'memory://') return createPgliteHandle('memory');
  return createPgliteHandle(url || opts.dataDir || DEFAULT_DATA_DIR);
}
