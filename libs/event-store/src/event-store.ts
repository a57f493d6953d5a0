import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database, DatabaseHandle, Notifier } from '@storyline/db';
import { appendEvents } from './append';
import { CheckpointStore } from './checkpoints';
import { FENCE_SQL, toPosition } from './positions';
import { readAllQuery, readStreamQuery, readStreamsQuery, toRecordedEvents } from './read';
import { runSubscription, type Subscription } from './subscription';
import type { AppendOptions, AppendResult, Executor, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent } from './types';
import { UpcasterRegistry } from './upcasters';
import { assertStreamId, DEFAULT_MAX_EVENT_BYTES, prepareEvents } from './validation';
import { VersionCache } from './version-cache';

export const EVENTS_CHANNEL = 'storyline_events';

export interface EventStoreOptions {
  /** Wakes subscribers after appends (LISTEN/NOTIFY); without it they poll. */
  notifier?: Notifier;
  upcasters?: UpcasterRegistry;
  /** Per event, data + metadata as JSON; default 1 MiB. */
  maxEventBytes?: number;
  /** Notifications are coalesced over this window; default 10 ms. */
  notifyDelayMs?: number;
}

export interface SubscribeOptions {
  /** Deliver events after this position; default 0 (from the beginning). */
  from?: number;
  handler: (events: RecordedEvent[]) => Promise<void> | void;
  batchSize?: number;
  signal?: AbortSignal;
  /** Default 1000 ms with a notifier, 250 ms without. */
  pollIntervalMs?: number;
}

export type BatchHandler = (trx: Transaction<Database>, events: RecordedEvent[]) => Promise<void>;

export interface CheckpointedSubscribeOptions extends Omit<SubscribeOptions, 'from' | 'handler'> {
  name: string;
  handler: BatchHandler;
}

export interface FenceStatus {
  /** Readers see positions below this. */
  fence: number;
  /** Highest committed position. */
  head: number;
  /** Committed events exist at or above the fence: an older transaction is still open. */
  blocked: boolean;
  /** The oldest transaction holding an id on the server (PostgreSQL only; PGlite has one session). */
  oldestTransaction?: { pid: number; applicationName: string; state: string; startedAt: Date };
}

/** The event store of DESIGN.md over a Kysely<Database> (PostgreSQL or PGlite). */
export class EventStore {
  readonly upcasters: UpcasterRegistry;
  readonly checkpoints: CheckpointStore;
  private readonly maxEventBytes: number;
  private readonly notifyDelayMs: number;
  private notifyTimer?: NodeJS.Timeout;
  private notifying = false;
  private readonly knownVersions = new VersionCache();

  constructor(
    readonly db: Kysely<Database>,
    private readonly options: EventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.checkpoints = new CheckpointStore(db);
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.notifyDelayMs = options.notifyDelayMs ?? 10;
  }

  /** Appends atomically; see append.ts for the statement and the idempotency rules. */
  async append(streamId: string, events: readonly NewEvent[], opts: AppendOptions = {}): Promise<AppendResult> {
    assertStreamId(streamId);
    const prepared = prepareEvents(events, {
      maxEventBytes: this.maxEventBytes,
      currentVersion: (type) => this.upcasters.currentVersion(type),
    });
    const executor = opts.trx ?? this.db;
    const expected = opts.expectedVersion ?? 'any';
    const shared = executor.isTransaction;
    const known = typeof expected === 'number' && expected > 0 && this.knownVersions.has(streamId, expected);
    const result = await appendEvents(executor, streamId, prepared, expected, shared, known);
    // Only what is committed may be remembered: a caller's transaction could still roll back.
    if (!shared) this.knownVersions.note(streamId, result.nextExpectedVersion);
    // With a caller's transaction we cannot see the commit: the (delayed) wake-up may come early,
    // and subscribers' polling covers that. Callers can also call notifyAppended() after commit.
    if (result.appended > 0) this.notifyAppended();
    return result;
  }

  async readStream(streamId: string, opts: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    assertStreamId(streamId);
    const executor = opts.trx ?? this.db;
    const { rows } = await executor.executeQuery(readStreamQuery(streamId, opts.from, opts.direction === 'backward', opts.limit ?? null));
    const events = toRecordedEvents(rows, this.upcasters);
    if (!executor.isTransaction && events.length > 0) {
      this.knownVersions.note(streamId, Math.max(events[0]!.streamVersion, events[events.length - 1]!.streamVersion));
    }
    return events;
  }

  /** Whole streams, grouped by id (missing streams are absent); one query for all of them. */
  async readStreams(streamIds: readonly string[], opts: { trx?: Executor } = {}): Promise<Map<string, RecordedEvent[]>> {
    streamIds.forEach(assertStreamId);
    const result = new Map<string, RecordedEvent[]>();
    if (streamIds.length === 0) return result;
    const { rows } = await (opts.trx ?? this.db).executeQuery(readStreamsQuery(streamIds));
    for (const event of toRecordedEvents(rows, this.upcasters)) {
      const list = result.get(event.streamId);
      if (list) list.push(event);
      else result.set(event.streamId, [event]);
    }
    return result;
  }

  /** The global log after `after`, in position order, up to the fence (never skips; see positions.ts). */
  async readAll(opts: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const executor = opts.trx ?? this.db;
    const { rows } = await executor.executeQuery(readAllQuery(opts.after ?? 0, opts.limit ?? 1000));
    return toRecordedEvents(rows, this.upcasters);
  }

  /** null when the stream does not exist. */
  async streamVersion(streamId: string, trx?: Transaction<Database>): Promise<number | null> {
    assertStreamId(streamId);
    const row = await (trx ?? this.db)
      .selectFrom('events')
      .select((eb) => eb.fn.max('stream_version').as('v'))
      .where('stream_id', '=', streamId)
      .executeTakeFirst();
    return row?.v ?? null;
  }

  /** Highest committed position (0 when empty); may be above what readAll can return yet. */
  async headPosition(trx?: Transaction<Database>): Promise<number> {
    const row = await (trx ?? this.db).selectFrom('events').select((eb) => eb.fn.max('position').as('head')).executeTakeFirst();
    return row?.head == null ? 0 : toPosition(row.head);
  }

  async fenceStatus(): Promise<FenceStatus> {
    const { rows } = await this.db.executeQuery<{ fence: unknown; head: unknown }>(
      CompiledQuery.raw(`select ${FENCE_SQL} as fence, (select coalesce(max(position), 0) from events) as head`),
    );
    const fence = toPosition(rows[0]!.fence);
    const head = toPosition(rows[0]!.head);
    const status: FenceStatus = { fence, head, blocked: head >= fence };
    if (!status.blocked) return status;
    const oldest = await this.db.executeQuery<{ pid: number; application_name: string; state: string; xact_start: Date }>(
      CompiledQuery.raw(
        `select pid, application_name, state, xact_start from pg_stat_activity
         where backend_xid is not null order by age(backend_xid) desc limit 1`,
      ),
    );
    const o = oldest.rows[0];
    if (o) status.oldestTransaction = { pid: o.pid, applicationName: o.application_name, state: o.state, startedAt: o.xact_start };
    return status;
  }

  /**
   * One checkpointed batch: locks the checkpoint `name`, reads the events after it, runs
   * `handler(trx, events)` and saves the new checkpoint, all in one transaction. A handler that
   * throws rolls back its writes and the checkpoint; the error is recorded on the checkpoint.
   */
  async processBatch(name: string, handler: BatchHandler, opts: { batchSize?: number } = {}): Promise<{ count: number; position: number }> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const from = await this.checkpoints.lock(name, trx);
        const events = await this.readAll({ after: from, limit: opts.batchSize ?? 100, trx });
        if (events.length === 0) return { count: 0, position: from };
        await handler(trx, events);
        const position = events[events.length - 1]!.position;
        await this.checkpoints.save(name, position, trx);
        return { count: events.length, position };
      });
    } catch (error) {
      await this.checkpoints.recordError(name, error).catch(() => undefined);
      throw error;
    }
  }

  /** Catch-up then live delivery of the global log to `handler`, batch by batch. */
  subscribe(opts: SubscribeOptions): Subscription {
    const batchSize = opts.batchSize ?? 100;
    return runSubscription(
      opts.from ?? 0,
      async (after) => {
        const events = await this.readAll({ after, limit: batchSize });
        if (events.length > 0) await opts.handler(events);
        return { count: events.length, position: events.length ? events[events.length - 1]!.position : after };
      },
      this.pollOptions(opts, batchSize),
    );
  }

  /** Like subscribe, but each batch goes through processBatch (checkpoint in the handler's transaction). */
  subscribeWithCheckpoint(opts: CheckpointedSubscribeOptions): Subscription {
    const batchSize = opts.batchSize ?? 100;
    return runSubscription(0, () => this.processBatch(opts.name, opts.handler, { batchSize }), this.pollOptions(opts, batchSize));
  }

  /** Wake subscribers (coalesced, fire-and-forget). Called after every append without `trx`. */
  notifyAppended(): void {
    const notifier = this.options.notifier;
    if (!notifier || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      if (this.notifying) return this.reschedule();
      this.notifying = true;
      this.notifyTimer = undefined;
      notifier
        .notify(EVENTS_CHANNEL)
        .catch(() => undefined)
        .finally(() => (this.notifying = false));
    }, this.notifyDelayMs);
    this.notifyTimer.unref();
  }

  private reschedule(): void {
    this.notifyTimer = undefined;
    this.notifyAppended();
  }

  private pollOptions(opts: Omit<SubscribeOptions, 'handler'>, batchSize: number) {
    const notifier = this.options.notifier;
    return {
      batchSize,
      signal: opts.signal,
      notifier,
      channel: EVENTS_CHANNEL,
      pollIntervalMs: opts.pollIntervalMs ?? (notifier ? 1000 : 250),
      behind: async (position: number) => (await this.headPosition()) > position,
    };
  }
}

/** An EventStore on a database handle, with its wake-ups. */
export function createEventStore(handle: DatabaseHandle, options: Omit<EventStoreOptions, 'notifier'> = {}): EventStore {
  return new EventStore(handle.db, { ...options, notifier: handle });
}
