import { createDatabase, migrateToLatest } from '@storyline/db';
import { EventStore, type ExpectedVersion } from '@storyline/event-store';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { STREAM_DOES_NOT_EXIST, type ExpectedStreamVersion } from '@event-driven-io/emmett';
import { dumbo } from '@event-driven-io/dumbo';
import { readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { CONNECTIONS, READ_PAGE, streamName, type BenchEvent } from './workload';

/** One contender (the raw table, our store, Emmett): append a batch to a stream, read a page of the log. */
export interface Backend {
  append(stream: number, events: BenchEvent[]): Promise<void>;
  /** READ_PAGE events after `after`, in log order: how many, and the position to continue from. */
  readPage(after: number): Promise<{ count: number; last: number }>;
  close(): Promise<void>;
}

/**
 * Bare table of the same row shape: a bigserial key and nothing else. Its statements are
 * prepared once per connection, like the event store's, so the baseline is the real limit.
 */
export const RAW_TABLE = `
  create table raw_events (
    position bigserial primary key,
    id uuid not null,
    stream_id text not null,
    stream_version integer not null,
    type text not null,
    schema_version integer not null default 1,
    data jsonb not null,
    metadata jsonb not null,
    recorded_at timestamptz not null default now()
  )`;

export async function rawBackend(url: string): Promise<Backend> {
  const handle = await createDatabase(url, { poolSize: CONNECTIONS, applicationName: 'storyline-bench' });
  await handle.pool!.query(RAW_TABLE);
  const versions = new Map<number, number>();
  return {
    async append(stream, events) {
      const base = versions.get(stream) ?? 0;
      versions.set(stream, base + events.length);
      const params: unknown[] = [];
      const rows = events.map((e, i) => {
        const p = params.push(e.id, streamName(stream), base + i + 1, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata));
        return `($${p - 5}, $${p - 4}, $${p - 3}, $${p - 2}, $${p - 1}, $${p})`;
      });
      const text = `insert into raw_events (id, stream_id, stream_version, type, data, metadata) values ${rows.join(', ')}`;
      await handle.pool!.query({ name: `raw_insert_${events.length}`, text, values: params });
    },
    async readPage(after) {
      const text = 'select * from raw_events where position > $1 order by position limit $2';
      const { rows } = await handle.pool!.query({ name: 'raw_read', text, values: [after, READ_PAGE] });
      return { count: rows.length, last: rows.length ? Number(rows[rows.length - 1].position) : after };
    },
    close: () => handle.destroy(),
  };
}

export async function storeBackend(url: string): Promise<Backend> {
  const handle = await createDatabase(url, { poolSize: CONNECTIONS, applicationName: 'storyline-bench' });
  await migrateToLatest(handle.db);
  const store = new EventStore(handle.db, { notifier: handle });
  const versions = new Map<number, ExpectedVersion>();
  return {
    async append(stream, events) {
      const result = await store.append(streamName(stream), events, { expectedVersion: versions.get(stream) ?? 'no_stream' });
      versions.set(stream, result.nextExpectedVersion);
    },
    async readPage(after) {
      const events = await store.readAll({ after, limit: READ_PAGE });
      return { count: events.length, last: events.length ? events[events.length - 1]!.position : after };
    },
    close: () => handle.destroy(),
  };
}

export async function emmettBackend(url: string): Promise<Backend> {
  const emmett: PostgresEventStore = getPostgreSQLEventStore(url);
  let reader: ReturnType<typeof dumbo> | undefined;
  await emmett.schema.migrate();
  const versions = new Map<number, ExpectedStreamVersion>();
  return {
    async append(stream, events) {
      const result = await emmett.appendToStream(
        streamName(stream),
        events.map((e) => ({ type: e.type, data: e.data, metadata: e.metadata })),
        { expectedStreamVersion: versions.get(stream) ?? STREAM_DOES_NOT_EXIST },
      );
      versions.set(stream, result.nextExpectedStreamVersion);
    },
    async readPage(after) {
      reader ??= dumbo({ connectionString: url });
      const { messages } = await readMessagesBatch(reader.execute, { after: BigInt(after), batchSize: READ_PAGE });
      return { count: messages.length, last: messages.length ? Number(messages[messages.length - 1]!.metadata.globalPosition) : after };
    },
    close: async () => {
      await reader?.close();
      await emmett.close();
    },
  };
}
