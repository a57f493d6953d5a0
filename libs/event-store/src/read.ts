import { CompiledQuery } from 'kysely';
import { FENCE_SQL, toPosition } from './positions';
import type { RecordedEvent } from './types';
import type { UpcasterRegistry } from './upcasters';

/** Rows come back already in RecordedEvent's shape (aliased columns), to be finished in place. */
type EventRow = Omit<RecordedEvent, 'position' | 'recordedAt'> & { position: unknown; recordedAt: unknown };

/**
 * `recorded_at` comes as milliseconds since the epoch (truncated, as a JavaScript Date keeps
 * them): turning that into a Date costs far less than parsing the timestamp's text, which was a
 * good part of reading the log. Truncated before the arithmetic, so the final cast only rounds
 * away floating-point noise (extract gives a double before PostgreSQL 14).
 */
const COLUMNS =
  'id, stream_id as "streamId", stream_version as "streamVersion", position, type, schema_version as "schemaVersion", data, metadata, ' +
  `(extract(epoch from date_trunc('milliseconds', recorded_at)) * 1000)::int8 as "recordedAt"`;

/** Events after $1, below the fence, in position order; see positions.ts for why this never skips. */
export function readAllQuery(after: number, limit: number): CompiledQuery<EventRow> {
  return CompiledQuery.raw(
    `/* prepared:storyline_read_all */ select ${COLUMNS} from events where position > $1 and position < ${FENCE_SQL} order by position limit $2`,
    [after, limit],
  );
}

export function readStreamQuery(streamId: string, from: number | undefined, backward: boolean, limit: number | null): CompiledQuery<EventRow> {
  const text = backward
    ? `/* prepared:storyline_read_stream_back */ select ${COLUMNS} from events where stream_id = $1 and stream_version <= $2 order by stream_version desc limit $3`
    : `/* prepared:storyline_read_stream */ select ${COLUMNS} from events where stream_id = $1 and stream_version >= $2 order by stream_version limit $3`;
  return CompiledQuery.raw(text, [streamId, from ?? (backward ? 2 ** 31 - 1 : 1), limit]);
}

/** Several whole streams in one round trip, each in version order (rebuilds, projections). */
export function readStreamsQuery(streamIds: readonly string[]): CompiledQuery<EventRow> {
  return CompiledQuery.raw(`select ${COLUMNS} from events where stream_id = any($1::text[]) order by stream_id, stream_version`, [streamIds]);
}

/**
 * Upcasts and checks the position in place: no copy per event, so paging through the log
 * costs little more than the query itself.
 */
export function toRecordedEvents(rows: EventRow[], upcasters: UpcasterRegistry): RecordedEvent[] {
  for (const row of rows) {
    if (typeof row.position !== 'number') row.position = toPosition(row.position);
    row.recordedAt = new Date(Number(row.recordedAt));
    if (upcasters.handles(row.type)) Object.assign(row, upcasters.upcast(row.type, row.schemaVersion, row.data));
  }
  return rows as RecordedEvent[];
}
