import Redis from 'ioredis';

export type RedisStatus = 'up' | 'down' | 'connecting';

export interface RedisConnectionOptions {
  url: string;
  /** Called on every up/down transition, e.g. to log it once rather than on every retry. */
  onStatusChange?: (status: RedisStatus, error?: Error) => void;
}

/**
 * A Redis connection that never stops the process: while Redis is unreachable it keeps retrying
 * with capped backoff and reports `down`, so ingestion and the API go on and queued work waits.
 */
export class RedisConnection {
  readonly client: Redis;
  private current: RedisStatus = 'connecting';
  private lastError: string | undefined;

  constructor(private readonly options: RedisConnectionOptions) {
    this.client = new Redis(options.url, {
      lazyConnect: true,
      // BullMQ requires null here; commands wait for the connection instead of failing fast.
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      retryStrategy: (attempt) => Math.min(200 * 2 ** Math.min(attempt, 5), 5000),
    });
    this.client.on('ready', () => this.set('up'));
    this.client.on('error', (error: Error) => {
      this.lastError = error.message;
      this.set('down', error);
    });
    this.client.on('end', () => this.set('down'));
  }

  /** Starts connecting in the background; resolves at once whatever the outcome. */
  start(): void {
    this.client.connect().catch(() => undefined);
  }

  get status(): RedisStatus {
    return this.current;
  }

  describe(): { status: RedisStatus; error?: string } {
    return this.current === 'up' ? { status: 'up' } : { status: this.current, error: this.lastError };
  }

  async close(): Promise<void> {
    if (this.client.status === 'end') return;
    if (this.client.status !== 'ready') {
      // Between retries there is no socket to wait for.
      this.client.disconnect(false);
      return;
    }
    const ended = new Promise<void>((resolve) => this.client.once('end', () => resolve()));
    this.client.disconnect(false);
    await ended;
  }

  private set(status: RedisStatus, error?: Error): void {
    if (status === this.current) return;
    this.current = status;
    if (status === 'up') this.lastError = undefined;
    this.options.onStatusChange?.(status, error);
  }
}
