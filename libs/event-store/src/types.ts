import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@storyline/db';

/** Who and what caused an event; free-form keys may be added. */
export interface EventMetadata {
  correlationId?: string;
  causationId?: string;
  actor?: string;
  [key: string]: unknown;
}

/** An event to append. `id` (a uuid) makes retries idempotent; one is generated when absent. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id?: string;
  type: Type;
  data: Data;
  metadata?: EventMetadata;
  /** Defaults to the current version known to the upcaster registry (1 when none). */
  schemaVersion?: number;
}

/** An event as read back: upcast to its current schema version. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  streamId: string;
  /** 1 for the first event of a stream. */
  streamVersion: number;
  /** Global log order (see positions.ts); strictly increasing, with gaps. */
  position: number;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

/** 'any', 'no_stream' (same as 0), or the exact current version of the stream. */
export type ExpectedVersion = 'any' | 'no_stream' | number;

/** A kysely handle to run on: the store's own database or a caller's transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface AppendOptions {
  expectedVersion?: ExpectedVersion;
  /** Append inside the caller's transaction (commits or rolls back with it). */
  trx?: Transaction<Database>;
}

export interface AppendResult {
  /** The stream's version after this append; pass it as the next expectedVersion. */
  nextExpectedVersion: number;
  /** Global positions of the events, in order. */
  positions: number[];
  /** 0 when every event id was already in the stream (an idempotent retry). */
  appended: number;
}

export interface ReadStreamOptions {
  /** Stream version to start at (inclusive); default first (forward) or last (backward). */
  from?: number;
  direction?: 'forward' | 'backward';
  limit?: number;
  trx?: Executor;
}

export interface ReadAllOptions {
  /** Return events strictly after this position; default 0 (the beginning). */
  after?: number;
  /** Default 1000. */
  limit?: number;
  trx?: Executor;
}
