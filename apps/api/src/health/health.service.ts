import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, REDIS } from '@storyline/core';
import type { DatabaseHandle } from '@storyline/db';
import { EventStore } from '@storyline/event-store';
import type { RedisConnection } from '@storyline/queue';
import { sql } from 'kysely';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: { status: 'up' | 'down'; kind: string; error?: string };
  redis: { status: string; error?: string; note?: string };
  eventLog: { head: number; fence: number; blocked: boolean; oldestTransaction?: unknown } | { error: string };
  projections: { name: string; position: number; lagEvents: number; error: string | null; updatedAt: Date }[];
}

/** What an operator needs to know: can we write, is Redis there, are read models keeping up. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(DATABASE) private readonly database: DatabaseHandle,
    @Inject(REDIS) private readonly redis: RedisConnection | null,
    private readonly store: EventStore,
  ) {}

  async report(): Promise<HealthReport> {
    const database = await this.database.db
      .executeQuery(sql`select 1`.compile(this.database.db))
      .then(() => ({ status: 'up' as const, kind: this.database.kind }))
      .catch((error: Error) => ({ status: 'down' as const, kind: this.database.kind, error: error.message }));
    const redis = this.redis
      ? { ...this.redis.describe(), ...(this.redis.status === 'up' ? {} : { note: 'queued work waits in PostgreSQL until Redis is back' }) }
      : { status: 'disabled' };
    const up = database.status === 'up';
    const eventLog = up ? await this.store.fenceStatus().catch((error: Error) => ({ error: error.message })) : { error: 'database down' };
    const projections = up
      ? (await this.store.checkpoints.status().catch(() => [])).map((c) => ({
          name: c.name,
          position: c.position,
          lagEvents: c.lagEvents,
          error: c.error,
          updatedAt: c.updatedAt,
        }))
      : [];
    const failing = projections.some((p) => p.error);
    const status = !up ? 'down' : redis.status !== 'up' || failing ? 'degraded' : 'ok';
    return { status, database, redis, eventLog, projections };
  }
}
