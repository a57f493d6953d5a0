import { Kysely, Migration, Migrator } from 'kysely';
import { migrations as allMigrations } from '../../../migrations';

/**
 * Applies every pending migration; a no-op when up to date. Safe with several processes
 * starting together: kysely takes a PostgreSQL advisory lock (pg_advisory_lock) around the run
 * and re-reads the applied list under it, and tolerates racing creation of its own tables.
 * Returns the names applied by this call.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Record<string, Migration> = allMigrations,
): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`migration ${failed ?? '(setup)'} failed: ${cause.message}`, { cause });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
