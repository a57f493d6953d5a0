import type { EventStore, RecordedEvent, Subscription } from '@storyline/event-store';
import { relevant, type Projection } from './projection';

export interface ProjectionStatus {
  name: string;
  state: 'starting' | 'running' | 'failed' | 'stopped';
  position: number;
  /** The event the projection stopped at and why; cleared once it gets past it. */
  failure?: { position: number; error: string; since: string };
}

/** The events after a position, read ahead of the batch that applies them. */
interface Page {
  after: number;
  events: RecordedEvent[];
}

export interface RunnerOptions {
  batchSize?: number;
  /** First wait before retrying a failed projection; doubles up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  onFailure?: (name: string, position: number, error: Error) => void;
  onEvents?: (name: string, count: number, position: number) => void;
}

/**
 * Keeps every projection caught up with the log. Each batch and its checkpoint commit together;
 * several runner processes take turns on a projection through its checkpoint row lock. A handler
 * that throws stops its projection exactly at the failing event (earlier events of the batch are
 * applied one by one), the error is kept for /health, and the event is retried with backoff —
 * never skipped.
 */
export class ProjectionRunner {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly statuses = new Map<string, ProjectionStatus>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly store: EventStore,
    readonly projections: readonly Projection[],
    private readonly options: RunnerOptions = {},
  ) {
    for (const p of projections) this.statuses.set(p.name, { name: p.name, state: 'stopped', position: 0 });
  }

  start(): void {
    this.stopped = false;
    for (const projection of this.projections) this.run(projection, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.subscriptions.values()].map((s) => s.stop().catch(() => undefined)));
    this.subscriptions.clear();
    for (const s of this.statuses.values()) if (s.state !== 'failed') s.state = 'stopped';
  }

  status(): ProjectionStatus[] {
    return [...this.statuses.values()].map((s) => ({ ...s }));
  }

  /** Empties the projection's tables and checkpoint, then replays the whole log into it. */
  async rebuild(projection: Projection, onProgress?: (position: number, count: number) => void): Promise<number> {
    await this.store.db.transaction().execute(async (trx) => {
      await this.store.checkpoints.lock(projection.name, trx);
      await projection.reset(trx);
      await this.store.checkpoints.reset(projection.name, trx);
    });
    // Large batches: a story touched by many events of one batch is folded once for all of them,
    // and the pause at each commit (the batch's last writes, the checkpoint) comes rarely. A batch
    // of 20,000 still commits within a second or two, so it holds the read fence back no longer.
    return this.catchUp(projection, onProgress, Math.max(this.options.batchSize ?? 500, 20_000));
  }

  /**
   * Applies everything committed before the call, without a live subscription (CLI, tests). The
   * read fence may lag behind the head while any transaction on the server is open, so a short
   * page does not mean caught up: it waits until the checkpoint reaches the head it started with.
   */
  async catchUp(projection: Projection, onProgress?: (position: number, count: number) => void, batchSize = this.options.batchSize ?? 500): Promise<number> {
    const head = await this.store.headPosition();
    let total = 0;
    let ahead: Promise<Page | undefined> | undefined;
    for (;;) {
      const page = await ahead;
      ahead = undefined;
      const { count, position } = await this.applyBatch(projection, batchSize, page, (end) => {
        if (end < head) ahead = this.readAhead(end, batchSize);
      });
      total += count;
      onProgress?.(position, total);
      if (position >= head) return total;
      if (count < batchSize) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * One checkpointed batch, like EventStore.processBatch, except that the batch may come already
   * read (`page`, used when it starts at the checkpoint) and that `next(position)` is told where
   * the batch ends before it is applied, so the following page can be read while this one is
   * folded and written. Pages are read below the fence, where nothing new can appear, so a page
   * read early holds the same first events a read inside the transaction would (a short page
   * may hold fewer: the rest come in the next batch).
   */
  private async applyBatch(
    projection: Projection,
    batchSize: number,
    page: Page | undefined,
    next: (position: number) => void,
  ): Promise<{ count: number; position: number }> {
    try {
      return await this.store.db.transaction().execute(async (trx) => {
        const from = await this.store.checkpoints.lock(projection.name, trx);
        const events = page && page.after === from && page.events.length > 0 ? page.events : await this.store.readAll({ after: from, limit: batchSize, trx });
        if (events.length === 0) return { count: 0, position: from };
        const position = events[events.length - 1]!.position;
        next(position);
        await projection.apply(trx, relevant(projection, events));
        await this.store.checkpoints.save(projection.name, position, trx);
        return { count: events.length, position };
      });
    } catch (error) {
      await this.store.checkpoints.recordError(projection.name, error).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The page after `after`, read on another connection while the current batch is applied. It is
   * awaited only outside any transaction: with a single connection (PGlite) it runs after the
   * current batch commits, instead of waiting for a connection the batch holds.
   */
  private readAhead(after: number, batchSize: number): Promise<Page | undefined> {
    return this.store.readAll({ after, limit: batchSize }).then(
      (events) => ({ after, events }),
      () => undefined, // read again inside the next transaction, which reports any error
    );
  }

  private run(projection: Projection, attempt: number): void {
    if (this.stopped) return;
    const status = this.statuses.get(projection.name)!;
    status.state = status.failure ? 'failed' : 'starting';
    const subscription = this.store.subscribeWithCheckpoint({
      name: projection.name,
      batchSize: this.options.batchSize ?? 500,
      handler: async (trx, events) => {
        await projection.apply(trx, relevant(projection, events));
        status.position = events[events.length - 1]!.position;
        status.state = 'running';
        status.failure = undefined;
        this.options.onEvents?.(projection.name, events.length, status.position);
      },
    });
    this.subscriptions.set(projection.name, subscription);
    subscription.done.then(
      () => undefined,
      async (error: Error) => {
        if (this.stopped) return;
        const at = await this.advanceToFailure(projection).catch(() => status.position);
        status.state = 'failed';
        status.failure = { position: at, error: `${error.name}: ${error.message}`, since: status.failure?.since ?? new Date().toISOString() };
        this.options.onFailure?.(projection.name, at, error);
        const base = this.options.retryBaseMs ?? 1000;
        const delay = Math.min(base * 2 ** attempt, this.options.retryMaxMs ?? 60_000);
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.run(projection, attempt + 1);
        }, delay);
        timer.unref();
        this.timers.add(timer);
      },
    );
  }

  /** Applies the failed batch's good events one at a time; returns the position it stops before. */
  private async advanceToFailure(projection: Projection): Promise<number> {
    for (;;) {
      try {
        const { count, position } = await this.store.processBatch(projection.name, (trx, events) => projection.apply(trx, relevant(projection, events)), { batchSize: 1 });
        if (count === 0) return position;
        this.statuses.get(projection.name)!.position = position;
      } catch {
        const checkpoint = await this.store.checkpoints.load(projection.name);
        const [next] = await this.store.readAll({ after: checkpoint, limit: 1 });
        return next?.position ?? checkpoint;
      }
    }
  }
}
