import { Logger } from '@nestjs/common';
import type { DatabaseHandle } from '@storyline/db';
import pg from 'pg';

export const STORY_CHANGES_CHANNEL = 'story_state_changed';

/** What one notification says: a story changed (to `version`, or was deleted), or everything did. */
export type StoryChange = { storyId: string; version: number | null } | { storyId: null };

/** Marks whether a story changed (or changes stopped being heard) while a request was checking it. */
export interface ChangeWatch {
  readonly changed: boolean;
  release(): void;
}

interface MutableWatch extends ChangeWatch {
  changed: boolean;
}

export function parseChange(payload: string): StoryChange | undefined {
  if (payload === '*') return { storyId: null };
  const [storyId, version] = payload.split(' ');
  if (!storyId || version === undefined) return undefined;
  if (version === 'deleted') return { storyId, version: null };
  const n = Number(version);
  return Number.isSafeInteger(n) ? { storyId, version: n } : undefined;
}

export interface StoryChangesOptions {
  /** A fresh client for the listening connection; null when there is none to listen on (PGlite). */
  connect: (() => pg.Client) | null;
  /** Seconds between checks that the listening connection still answers; default 15. */
  heartbeatSeconds?: number;
}

/**
 * Hears the `story_state_changed` notifications that a trigger on `story_state` sends from the
 * projection's transaction, on a connection of its own.
 *
 * `epoch` is the number of the current listening session, or -1 whenever notifications may be
 * missed: before the first LISTEN, after the connection is lost and until it is back, and always
 * on PGlite. An answer confirmed current during a session stays trustworthy without asking the
 * database until a notification for its story arrives; when the session ends nothing is trusted
 * any more, and a new session starts with nothing trusted.
 */
export class StoryChanges {
  private readonly logger = new Logger('StoryChanges');
  private readonly subscribers = new Set<(change: StoryChange) => void>();
  private readonly watches = new Map<string, Set<MutableWatch>>();
  private current = -1;
  private sessions = 0;
  private client?: pg.Client;
  private stopped = true;
  private retryMs = 500;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly options: StoryChangesOptions) {}

  get epoch(): number {
    return this.current;
  }

  subscribe(cb: (change: StoryChange) => void): void {
    this.subscribers.add(cb);
  }

  /** Until released, `changed` turns true if the story changes or the listening session ends. */
  watch(storyId: string): ChangeWatch {
    const watch: MutableWatch = {
      changed: this.current < 0,
      release: () => {
        const set = this.watches.get(storyId);
        set?.delete(watch);
        if (set?.size === 0) this.watches.delete(storyId);
      },
    };
    let set = this.watches.get(storyId);
    if (!set) this.watches.set(storyId, (set = new Set()));
    set.add(watch);
    return watch;
  }

  start(): void {
    if (!this.options.connect || !this.stopped) return;
    this.stopped = false;
    void this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    this.endSession();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** One notification's payload (exposed for tests). */
  receive(payload: string): void {
    const change = parseChange(payload);
    if (!change) return;
    if (change.storyId === null) this.markAll();
    else for (const w of this.watches.get(change.storyId) ?? []) w.changed = true;
    for (const cb of this.subscribers) cb(change);
  }

  private async open(): Promise<void> {
    const client = this.options.connect!();
    this.client = client;
    client.on('notification', (message) => {
      if (this.client === client && message.channel === STORY_CHANGES_CHANNEL) this.receive(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${STORY_CHANGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return;
    this.current = this.sessions++;
    this.retryMs = 500;
    this.logger.log('listening for story changes');
    const seconds = this.options.heartbeatSeconds ?? 15;
    this.heartbeat = setInterval(() => {
      client.query('select 1').catch((error: Error) => this.lost(client, error));
    }, seconds * 1000);
    this.heartbeat.unref();
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    this.endSession();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`story changes not heard (${error?.message ?? 'connection ended'}); checking versions per request until reconnected`);
    this.retry = setTimeout(() => void this.open(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
  }

  private endSession(): void {
    if (this.current < 0) return;
    this.current = -1;
    this.markAll();
  }

  private markAll(): void {
    for (const set of this.watches.values()) for (const w of set) w.changed = true;
  }
}

/** Listening on a connection of its own with the pool's settings on PostgreSQL; never on PGlite. */
export function storyChangesOf(database: DatabaseHandle): StoryChanges {
  const pool = database.kind === 'postgres' ? database.pool : undefined;
  if (!pool) return new StoryChanges({ connect: null });
  const options = pool.options as pg.ClientConfig;
  // The password is not enumerable in pool.options.
  return new StoryChanges({ connect: () => new pg.Client({ ...options, password: options.password, keepAlive: true }) });
}
