import { Kysely, sql } from 'kysely';

/**
 * Story matching reads candidates most recent first. When an article only shares names found in
 * thousands of stories (a head of state), this index lets the lookup walk the newest stories and
 * stop at the candidate limit instead of reading and sorting every story that names them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index story_index_recency_idx on story_index (last_date desc nulls last, story_id collate "C")`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists story_index_recency_idx`.execute(db);
}
