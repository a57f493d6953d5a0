import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import type { Database } from './schema';

export type DatabaseKind = 'postgres' | 'pglite';

/** Cross-connection wake-ups (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite). */
export interface Notifier {
  notify(channel: string, payload?: string): Promise<void>;
  /** Resolves once listening; the returned function stops listening. */
  listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>>;
}

export interface DatabaseHandle extends Notifier {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The pg pool on PostgreSQL (for tools that need raw access, e.g. health checks). */
  pool?: Pool;
  /** Password-free URL, data directory, or 'memory'. */
  location: string;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  /** Shown in pg_stat_activity; default 'storyline'. */
  applicationName?: string;
  /**
   * Server-side idle_in_transaction_session_timeout for our connections (ms, 0 = off; default 60 s).
   * An open transaction that holds a transaction id stalls the event store's read fence.
   */
  idleInTransactionTimeoutMs?: number;
  /** Pool size on PostgreSQL; default 10. */
  poolSize?: number;
  /** PGlite data directory when no URL is given; default ./.storyline/pgdata. */
  dataDir?: string;
  /** Errors on idle pooled connections or the listener connection (default: ignored). */
  onError?: (error: Error) => void;
}

export const DEFAULT_DATA_DIR = '.storyline/pgdata';
