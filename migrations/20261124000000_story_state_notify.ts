import { Kysely, sql } from 'kysely';

/**
 * Every change to a story's projected state is announced on the `story_state_changed` channel,
 * from the transaction that makes it, so API processes that keep answers in memory drop them as
 * soon as the change commits. Payload: `<story id> <version>`, or `<story id> deleted`; a
 * truncate says `*`. PostgreSQL delivers notifications only at commit and folds duplicates within
 * a transaction, so a batch of the projection costs one message per story it touched.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function story_state_notify() returns trigger language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' then
        perform pg_notify('story_state_changed', '*');
      elsif tg_op = 'DELETE' then
        perform pg_notify('story_state_changed', old.story_id || ' deleted');
      else
        perform pg_notify('story_state_changed', new.story_id || ' ' || new.version);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create trigger story_state_notify after insert or update or delete on story_state
    for each row execute function story_state_notify()`.execute(db);
  await sql`
    create trigger story_state_notify_truncate after truncate on story_state
    for each statement execute function story_state_notify()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger story_state_notify_truncate on story_state`.execute(db);
  await sql`drop trigger story_state_notify on story_state`.execute(db);
  await sql`drop function story_state_notify()`.execute(db);
}
