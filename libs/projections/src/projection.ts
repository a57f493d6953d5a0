import type { Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import type { RecordedEvent } from '@storyline/event-store';

/**
 * A read model: the event types it handles, how a batch of them changes its tables, and how to
 * empty its tables before a rebuild. `apply` runs in the transaction that also saves the checkpoint.
 */
export interface Projection {
  readonly name: string;
  /** Event types this projection reads; others in a batch are skipped without a query. */
  readonly handles: ReadonlySet<string>;
  apply(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<void>;
  reset(trx: Transaction<Database>): Promise<void>;
}

export const relevant = (projection: Projection, events: readonly RecordedEvent[]): RecordedEvent[] =>
  events.filter((e) => projection.handles.has(e.type));
