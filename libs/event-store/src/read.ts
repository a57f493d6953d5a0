import { CompiledQuery } from 'kysely';
import { FENCE_SQL, toPosition } from './positions';
import type { RecordedEvent, EventMetadata } from './types';
import type { UpcasterRegistry } from './upcasters';

export interface EventRow {
  id: string;
  stream_id: string;
  stream_version: number;
  position: unknown;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  recorded_at: Date;
}

const COLUMNS = 'id, stream_id, stream_version, position, type, schema_version, data, metadata, recorded_at';

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

export function toRecordedEvent(row: EventRow, upcasters: UpcasterRegistry): RecordedEvent {
  const { schemaVersion, data } = upcasters.upcast(row.type, row.schema_version, row.data);
  return {
    id: row.id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    position: toPosition(row.position),
    type: row.type,
    schemaVersion,
    data,
    metadata: (row.metadata ?? {}) as EventMetadata,
    recordedAt: row.recorded_at,
  };
}
