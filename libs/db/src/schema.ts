import type { ColumnType, Generated } from 'kysely';
import type { ReadModelTables } from './read-models';

/**
 * The one `Database` interface for every table the app owns. Add read-model tables here
 * (one interface per table, one line in `Database`) next to their migration.
 *
 * int8 columns come back as JS numbers on both backends (BigInt only beyond 2^53).
 */
export type Int8 = ColumnType<number, number | bigint, number | bigint>;
export type Json = ColumnType<unknown, string, string>;

/** Append-only event log (libs/event-store). */
export interface EventsTable {
  id: string;
  stream_id: string;
  stream_version: number;
  position: Int8;
  type: string;
  schema_version: number;
  data: Json;
  metadata: Json;
  recorded_at: Generated<Date>;
}

/** How far each projection or subscriber has read the global log. */
export interface CheckpointsTable {
  name: string;
  position: Int8;
  updated_at: Generated<Date>;
  error: string | null;
}

export interface Database extends ReadModelTables {
  events: EventsTable;
  checkpoints: CheckpointsTable;
}
