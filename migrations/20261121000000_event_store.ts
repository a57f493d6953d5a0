import { Kysely, sql } from 'kysely';

/**
 * The event log and projection checkpoints. A stream's version is its highest stream_version;
 * the unique (stream_id, stream_version) index is what expected-version checks rely on.
 *
 * `position` = top-level transaction id * 65536 + ordinal within that transaction, so the log is
 * ordered by transaction id and a reader can stop at the oldest still-running transaction
 * (see libs/event-store/src/positions.ts). `storyline_reserve_positions(n)` hands out the
 * ordinals; the counter is a transaction-local setting, so several appends in one transaction
 * get distinct positions and the counter disappears at commit or rollback.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table events (
      id uuid not null,
      stream_id text not null,
      stream_version integer not null,
      position bigint not null,
      type text not null,
      schema_version integer not null default 1,
      data jsonb not null,
      metadata jsonb not null default '{}'::jsonb,
      recorded_at timestamptz not null default now(),
      constraint events_pk primary key (id),
      constraint events_stream_version_uq unique (stream_id, stream_version),
      constraint events_position_uq unique (position),
      constraint events_stream_version_positive check (stream_version > 0),
      constraint events_schema_version_positive check (schema_version > 0)
    )`.execute(db);

  await sql`
    create table checkpoints (
      name text not null,
      position bigint not null default 0,
      updated_at timestamptz not null default now(),
      error text,
      constraint checkpoints_pk primary key (name)
    )`.execute(db);

  await sql`
    create function storyline_reserve_positions(n integer) returns bigint
    language plpgsql volatile as $$
    declare
      used integer := coalesce(nullif(current_setting('storyline.ordinal', true), ''), '0')::integer;
    begin
      if n < 1 or used + n > 65536 then
        raise exception 'at most 65536 events per transaction (already % , asked for %)', used, n
          using errcode = '54000';
      end if;
      perform set_config('storyline.ordinal', (used + n)::text, true);
      return pg_current_xact_id()::text::bigint * 65536 + used;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function storyline_reserve_positions(integer)`.execute(db);
  await sql`drop table checkpoints`.execute(db);
  await sql`drop table events`.execute(db);
}
