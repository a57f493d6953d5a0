import { StoreError } from './errors';

/**
 * Global positions and the read fence.
 *
 * position = pg_current_xact_id() * 65536 + ordinal, where pg_current_xact_id() is the 64-bit
 * id of the appending top-level transaction and the ordinal counts events within it (0..65535).
 * So the log is ordered by transaction id, then by append order inside a transaction.
 *
 * Readers only read below the fence = xmin(current snapshot) * 65536. Every transaction with an
 * id below xmin has finished (committed or aborted), and every transaction yet to start gets an
 * id of at least xmin, so the set of committed events below the fence never changes again: a
 * reader that has seen position N will never find a new committed event below N. The fence only
 * ever rises (later snapshots have xmin at least as high). Aborted transactions and rolled-back
 * savepoints leave gaps; positions are unique but not dense.
 *
 * Cost: one id assignment and a transaction-local counter per append, no lock shared between
 * appenders. Trade-off: the fence stops at the oldest transaction on the whole server that holds
 * a transaction id (any database, any client); while it stays open, readers see nothing newer.
 * Our connections set idle_in_transaction_session_timeout; EventStore.fenceStatus() reports
 * lag and who blocks the fence so /health can show it.
 *
 * Bound: positions stay below 2^53 (exact JS numbers) while the server has assigned fewer than
 * 2^37 ≈ 137 billion transaction ids in its lifetime (xid8 counts across wraparound epochs),
 * about 4 years at a sustained 1,000 write transactions per second. toPosition() refuses to go
 * past that rather than round.
 */
export const ORDINALS_PER_TRANSACTION = 65536;

/** SQL for the fence, the exclusive upper bound of readable positions. */
export const FENCE_SQL = 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536';

export function toPosition(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new StoreError('POSITION_OUT_OF_RANGE', `position ${String(value)} is not an exact JS number`);
  return n;
}

/** The transaction id that wrote an event at this position. */
export function transactionIdOf(position: number): number {
  return Math.floor(position / ORDINALS_PER_TRANSACTION);
}
