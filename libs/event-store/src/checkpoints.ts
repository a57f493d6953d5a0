import { sql, type Kysely } from 'kysely';
import type { Database } from '@storyline/db';
import { toPosition } from './positions';
import type { Executor } from './types';

export interface CheckpointStatus {
  name: string;
  position: number;
  updatedAt: Date;
  /** Last failure of the handler, cleared by the next successful save. */
  error: string | null;
  /** Events in the log after the checkpoint, counted up to LAG_COUNT_CAP. */
  lagEvents: number;
  /** head position − checkpoint position (positions have gaps: a distance, not a count). */
  lagPositions: number;
}

export const LAG_COUNT_CAP = 100_000;

/**
 * Where each projection or subscriber has got to in the global log. `save` takes the handler's
 * transaction, so read-model writes and the checkpoint commit or roll back together.
 */
export class CheckpointStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** 0 when the name has no checkpoint yet. */
  async load(name: string, trx: Executor = this.db): Promise<number> {
    const row = await trx.selectFrom('checkpoints').select('position').where('name', '=', name).executeTakeFirst();
    return row ? toPosition(row.position) : 0;
  }

  /**
   * Loads and row-locks the checkpoint inside `trx` (creating it at 0), so two workers running the
   * same projection take turns instead of applying one batch twice.
   */
  async lock(name: string, trx: Executor): Promise<number> {
    await trx.insertInto('checkpoints').values({ name, position: 0 }).onConflict((oc) => oc.column('name').doNothing()).execute();
    const row = await trx.selectFrom('checkpoints').select('position').where('name', '=', name).forUpdate().executeTakeFirstOrThrow();
    return toPosition(row.position);
  }

  async save(name: string, position: number, trx: Executor = this.db): Promise<void> {
    await trx
      .insertInto('checkpoints')
      .values({ name, position })
      .onConflict((oc) => oc.column('name').doUpdateSet({ position, updated_at: sql`now()`, error: null }))
      .execute();
  }

  /** Outside the failed transaction, so the error survives its rollback. */
  async recordError(name: string, error: unknown): Promise<void> {
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
    await this.db
      .insertInto('checkpoints')
      .values({ name, position: 0, error: message })
      .onConflict((oc) => oc.column('name').doUpdateSet({ error: message, updated_at: sql`now()` }))
      .execute();
  }

  /** Forget a checkpoint (e.g. before rebuilding a projection); pass `trx` to do it with the truncate. */
  async reset(name: string, trx: Executor = this.db): Promise<void> {
    await trx.deleteFrom('checkpoints').where('name', '=', name).execute();
  }

  async status(name?: string): Promise<CheckpointStatus[]> {
    const rows = await this.db
      .selectFrom('checkpoints as c')
      .select(['c.name', 'c.position', 'c.updated_at', 'c.error'])
      .select((eb) => [
        eb
          .selectFrom(eb.selectFrom('events').select('id').whereRef('events.position', '>', 'c.position').limit(LAG_COUNT_CAP).as('later'))
          .select(eb.fn.countAll<number>().as('n'))
          .as('lag_events'),
        eb.selectFrom('events').select(eb.fn.max('position').as('p')).as('head'),
      ])
      .$if(name !== undefined, (qb) => qb.where('c.name', '=', name!))
      .orderBy('c.name')
      .execute();
    return rows.map((r) => {
      const position = toPosition(r.position);
      const head = r.head == null ? 0 : toPosition(r.head);
      return {
        name: r.name,
        position,
        updatedAt: r.updated_at,
        error: r.error,
        lagEvents: Number(r.lag_events ?? 0),
        lagPositions: Math.max(0, head - position),
      };
    });
  }
}
