import { Kysely, sql } from 'kysely';

/**
 * Story matching searches `story_index.entity_keys` through its GIN index on every ingestion.
 * With GIN's default fast update, new and changed rows wait in a pending list that every search
 * reads in full until a vacuum merges it: after a bulk load or a busy hour of ingestion that is
 * thousands of rows per search. Entries now go straight into the index (each ingestion changes
 * one row), and whatever is pending is merged now.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter index story_index_entity_keys_idx set (fastupdate = off)`.execute(db);
  await sql`select gin_clean_pending_list('story_index_entity_keys_idx'::regclass)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter index story_index_entity_keys_idx reset (fastupdate)`.execute(db);
}
