import { Kysely, sql } from 'kysely';

/**
 * Read models. All of them are rebuilt from the event log (`npm run cli -- projections rebuild`).
 * `articles`, `story_index` and `term_stats` are written in the ingesting transaction (duplicate
 * detection and story matching must see every committed article); the story tables are written
 * by the projection runner.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table articles (
      article_id text not null,
      story_id text,
      url text,
      content_hash text not null,
      source text,
      title text,
      published_at text,
      date_inferred boolean not null default false,
      near_duplicate_of text,
      shingles bytea not null default ''::bytea,
      ingested_at timestamptz not null default now(),
      constraint articles_pk primary key (article_id),
      constraint articles_content_hash_uq unique (content_hash)
    )`.execute(db);
  await sql`create index articles_url_idx on articles (url) where url is not null`.execute(db);
  await sql`create index articles_story_idx on articles (story_id)`.execute(db);

  await sql`
    create table story_index (
      story_id text not null,
      title text not null,
      profile jsonb not null,
      entity_keys text[] not null default '{}',
      first_date text,
      last_date text,
      article_count integer not null default 0,
      constraint story_index_pk primary key (story_id)
    )`.execute(db);
  await sql`create index story_index_entity_keys_idx on story_index using gin (entity_keys)`.execute(db);

  await sql`
    create table term_stats (
      term text not null,
      df integer not null,
      constraint term_stats_pk primary key (term)
    )`.execute(db);

  await sql`
    create table story_state (
      story_id text not null,
      title text not null,
      state jsonb not null,
      version integer not null,
      people text[] not null default '{}',
      organizations text[] not null default '{}',
      first_date text,
      last_date text,
      article_count integer not null default 0,
      search tsvector not null default ''::tsvector,
      updated_position bigint not null,
      updated_at timestamptz not null default now(),
      constraint story_state_pk primary key (story_id)
    )`.execute(db);
  await sql`create index story_state_search_idx on story_state using gin (search)`.execute(db);
  await sql`create index story_state_people_idx on story_state using gin (people)`.execute(db);
  await sql`create index story_state_last_date_idx on story_state (last_date desc nulls last, story_id)`.execute(db);

  await sql`
    create table story_changelog (
      story_id text not null,
      entry_no integer not null,
      at text,
      summary text not null,
      event_types text[] not null,
      article_ids text[] not null,
      development_ids text[] not null default '{}',
      position bigint not null,
      constraint story_changelog_pk primary key (story_id, entry_no)
    )`.execute(db);
  await sql`create index story_changelog_position_idx on story_changelog (story_id, position)`.execute(db);

  await sql`
    create table story_snapshots (
      story_id text not null,
      as_of text not null,
      version integer not null,
      state jsonb not null,
      constraint story_snapshots_pk primary key (story_id, as_of)
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['story_snapshots', 'story_changelog', 'story_state', 'term_stats', 'story_index', 'articles']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
