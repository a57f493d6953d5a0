import type { ColumnType, Generated } from 'kysely';
import type { Int8, Json } from './schema';

/** Text arrays come back as string[]; kysely passes JS arrays through to pg as arrays. */
type TextArray = ColumnType<string[], string[], string[]>;

export interface ArticlesTable {
  article_id: string;
  story_id: string | null;
  url: string | null;
  content_hash: string;
  source: string | null;
  title: string | null;
  published_at: string | null;
  date_inferred: Generated<boolean>;
  near_duplicate_of: string | null;
  /** 32-bit shingle hashes, packed (see libs/application article-index). */
  shingles: Buffer;
  ingested_at: Generated<Date>;
}

export interface StoryIndexTable {
  story_id: string;
  title: string;
  profile: Json;
  entity_keys: TextArray;
  first_date: string | null;
  last_date: string | null;
  article_count: number;
}

export interface TermStatsTable {
  term: string;
  df: number;
}

export interface StoryStateTable {
  story_id: string;
  title: string;
  state: Json;
  version: number;
  people: TextArray;
  organizations: TextArray;
  first_date: string | null;
  last_date: string | null;
  article_count: number;
  search: ColumnType<string, string, string>;
  updated_position: Int8;
  updated_at: Generated<Date>;
}

export interface StoryChangelogTable {
  story_id: string;
  entry_no: number;
  at: string | null;
  summary: string;
  event_types: TextArray;
  article_ids: TextArray;
  development_ids: TextArray;
  position: Int8;
}

export interface StorySnapshotsTable {
  story_id: string;
  as_of: string;
  version: number;
  state: Json;
}

export interface ReadModelTables {
  articles: ArticlesTable;
  story_index: StoryIndexTable;
  term_stats: TermStatsTable;
  story_state: StoryStateTable;
  story_changelog: StoryChangelogTable;
  story_snapshots: StorySnapshotsTable;
}
