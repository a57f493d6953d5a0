import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@storyline/config';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@storyline/db';
import { EventStore, createEventStore } from '@storyline/event-store';
import { RedisConnection } from '@storyline/queue';
import { CONFIG, DATABASE, REDIS } from './tokens';

export interface CoreOptions {
  config: AppConfig;
  /** Shown in pg_stat_activity, e.g. storyline-api. */
  applicationName: string;
  /** The CLI's one-shot commands need no Redis. */
  redis?: boolean;
}

/**
 * Database (migrated before anything reads it), event store and Redis, shared by every process.
 * Global so feature modules inject them without re-importing.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Core');

  constructor(
    @Inject(DATABASE) private readonly database: DatabaseHandle,
    @Inject(REDIS) private readonly redis: RedisConnection | null,
  ) {}

  static forRoot(options: CoreOptions): DynamicModule {
    const logger = new Logger('Core');
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: options.config },
        {
          provide: DATABASE,
          useFactory: async (): Promise<DatabaseHandle> => {
            const handle = await createDatabase(options.config.databaseUrl, {
              applicationName: options.applicationName,
              onError: (error) => logger.warn(`database connection error: ${error.message}`),
            });
            const applied = await migrateToLatest(handle.db);
            if (applied.length > 0) logger.log(`applied migrations: ${applied.join(', ')}`);
            logger.log(`database: ${handle.kind} ${handle.location}`);
            return handle;
          },
        },
        {
          provide: EventStore,
          inject: [DATABASE],
          useFactory: (handle: DatabaseHandle) => createEventStore(handle),
        },
        {
          provide: REDIS,
          useFactory: (): RedisConnection | null => {
            if (options.redis === false) return null;
            const connection = new RedisConnection({
              url: options.config.redisUrl,
              onStatusChange: (status, error) =>
                status === 'up'
                  ? logger.log('redis: connected')
                  : logger.warn(`redis: unreachable (${error?.message ?? status}); queued work waits until it is back`),
            });
            connection.start();
            return connection;
          },
        },
      ],
      exports: [CONFIG, DATABASE, EventStore, REDIS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
    await this.database.destroy();
    this.logger.log('closed database and redis connections');
  }
}
