import { CompiledQuery } from 'kysely';
import { appendSql, type VersionCheck } from './append-sql';
import { DuplicateEventId, InvalidInput, StoreError, WrongExpectedVersion } from './errors';
import { toPosition } from './positions';
import type { AppendResult, Executor, ExpectedVersion } from './types';
import type { PreparedEvent } from './validation';

/** One row per event, or for batches one summary row (last version, first position, count). */
interface AppendRow {
  stream_version: number;
  position: unknown;
  n?: number;
}

/** 'any' appends that lose a race for the next version are retried this many times. */
const ANY_RETRIES = 5;

function versionCheck(expected: ExpectedVersion): { check: VersionCheck; params: unknown[] } {
  if (expected === 'any') return { check: 'any', params: [] };
  if (expected === 'no_stream' || expected === 0) return { check: 'no_stream', params: [] };
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected > 0 && expected < 2 ** 31) {
    return { check: 'exact', params: [expected] };
  }
  throw new InvalidInput('INVALID_EVENT', `expectedVersion must be 'any', 'no_stream' or a non-negative integer`);
}

function eventParams(events: PreparedEvent[]): unknown[] {
  if (events.length === 1) {
    const e = events[0]!;
    return [e.id, e.type, e.schemaVersion, e.data, e.metadata];
  }
  // Ids are validated uuids and types match a plain name pattern: no escaping needed.
  return [`[${events.map((e) => `{"i":"${e.id}","t":"${e.type}","v":${e.schemaVersion},"d":${e.data},"m":${e.metadata}}`).join(',')}]`];
}

function pgError(error: unknown): { code?: string; constraint?: string } {
  return typeof error === 'object' && error !== null ? (error as { code?: string; constraint?: string }) : {};
}

/**
 * Appends in one statement (see append-sql.ts). `shared`: the statement runs inside a caller's
 * transaction, together with other work.
 */
export async function appendEvents(
  executor: Executor,
  streamId: string,
  events: PreparedEvent[],
  expected: ExpectedVersion,
  shared: boolean,
  /** The expected version is known to exist (version-cache.ts). */
  known = false,
): Promise<AppendResult> {
  const { check, params } = versionCheck(expected);
  const values = [streamId, ...params, ...eventParams(events), ...(shared ? [events.length] : [])];
  const query: CompiledQuery<AppendRow> = CompiledQuery.raw(appendSql(check, events.length > 1, shared, known), values);
  for (let attempt = 1; ; attempt++) {
    let rows: AppendRow[];
    try {
      ({ rows } = await executor.executeQuery(query));
    } catch (error) {
      const { code, constraint } = pgError(error);
      if (code === '54000') throw new InvalidInput('TOO_MANY_EVENTS', 'at most 65536 events per transaction');
      if (code !== '23505' || (constraint !== 'events_pk' && constraint !== 'events_stream_version_uq')) throw error;
      // Another append got there first. The caller's transaction, if any, is now aborted.
      if (shared) throw raceInTransaction(streamId, expected, constraint, events);
      if (check === 'any' && constraint === 'events_stream_version_uq' && attempt < ANY_RETRIES) continue;
      rows = [];
    }
    if (rows.length > 0) {
      const { stream_version, position, n = 1 } = rows[0]!;
      const first = toPosition(position);
      return { nextExpectedVersion: stream_version, positions: Array.from({ length: n }, (_, i) => first + i), appended: n };
    }
    return explainNoRows(executor, streamId, events, expected);
  }
}

function raceInTransaction(streamId: string, expected: ExpectedVersion, constraint: string, events: PreparedEvent[]): StoreError {
  if (constraint === 'events_pk') return new DuplicateEventId(streamId, events.map((e) => e.id));
  return new StoreError('CONCURRENT_APPEND', `a concurrent append to ${streamId} took the next version (expected ${expected}); retry the transaction`);
}

/** Nothing was written: either every id is already in the stream (a retry) or the version was wrong. */
async function explainNoRows(executor: Executor, streamId: string, events: PreparedEvent[], expected: ExpectedVersion): Promise<AppendResult> {
  const ids = events.map((e) => e.id);
  const existing = await executor
    .selectFrom('events')
    .select(['id', 'stream_id', 'stream_version', 'position'])
    .where('id', 'in', ids)
    .execute();
  if (existing.length === ids.length && existing.every((e) => e.stream_id === streamId)) {
    const byId = new Map(existing.map((e) => [e.id, e]));
    return {
      nextExpectedVersion: Math.max(...existing.map((e) => e.stream_version)),
      positions: ids.map((id) => toPosition(byId.get(id)!.position)),
      appended: 0,
    };
  }
  if (existing.length > 0) throw new DuplicateEventId(streamId, existing.map((e) => e.id));
  const row = await executor.selectFrom('events').select((eb) => eb.fn.max('stream_version').as('v')).where('stream_id', '=', streamId).executeTakeFirst();
  const actual = row?.v ?? null;
  if (expected === 'any') throw new StoreError('CONCURRENT_APPEND', `appends to ${streamId} kept racing; retry`);
  throw new WrongExpectedVersion(streamId, expected === 0 ? 'no_stream' : expected, actual);
}
