/**
 * Batched freshness checks. `get(key)` resolves with the value a read returned for that key, and
 * only from a read that *started after the call*: whatever was committed before a request
 * arrived is seen by its check, so an answer cached under an older version is never served once
 * the change is visible in the database. Calls that arrive while reads are in flight wait for
 * the next read and share it, so under load there are at most `concurrency` reads at a time (one
 * by default), each covering every request that came in meanwhile, instead of one query per
 * request: the busier the process, the larger the batches.
 */
export class VersionGate<K, V> {
  private waiting = new Map<K, Waiter<V>[]>();
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly read: (keys: K[]) => Promise<Map<K, V>>,
    private readonly options: { concurrency?: number; maxBatch?: number } = {},
  ) {}

  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(key);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      // Reads start at the end of this turn of the event loop, so the requests parsed in it share one.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private pump(): void {
    const concurrency = this.options.concurrency ?? 1;
    const maxBatch = this.options.maxBatch ?? 500;
    while (this.waiting.size > 0 && this.inFlight < concurrency) {
      let batch: Map<K, Waiter<V>[]>;
      if (this.waiting.size <= maxBatch) {
        batch = this.waiting;
        this.waiting = new Map();
      } else {
        batch = new Map();
        for (const [key, waiters] of this.waiting) {
          batch.set(key, waiters);
          this.waiting.delete(key);
          if (batch.size === maxBatch) break;
        }
      }
      this.inFlight++;
      this.run(batch);
    }
  }

  private run(batch: Map<K, Waiter<V>[]>): void {
    let read: Promise<Map<K, V>>;
    try {
      read = this.read([...batch.keys()]);
    } catch (error) {
      read = Promise.reject(error);
    }
    read
      .then(
        (values) => {
          for (const [key, waiters] of batch) for (const w of waiters) w.resolve(values.get(key));
        },
        (error: unknown) => {
          for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
        },
      )
      .finally(() => {
        this.inFlight--;
        this.pump();
      });
  }
}

interface Waiter<V> {
  resolve(value: V | undefined): void;
  reject(error: unknown): void;
}
