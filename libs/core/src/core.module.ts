import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '@storyline/config';
import type { DatabaseHandle } from '@storyline/db';
import { EventStore } from '@storyline/event-store';
import { StoryQueries } from '@storyline/projections';
import { RedisConnection } from '@storyline/queue';
import { openStoryline, Storyline } from './storyline';
import { CONFIG, DATABASE, REDIS } from './tokens';

export interface CoreOptions {
  config: AppConfig;
  /** Shown in pg_stat_activity, e.g. storyline-api. */
  applicationName: string;
  /** One-shot commands need no Redis. */
  redis?: boolean;
}

/**
 * The product's composition (database migrated before anything reads it, event store, queries)
 * and Redis, shared by every process. Global so feature modules inject them without re-importing.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Core');

  constructor(
    private readonly storyline: Storyline,
    @Inject(REDIS) private readonly redis: RedisConnection | null,
  ) {}

  static forRoot(options: CoreOptions): DynamicModule {
    const logger = new Logger('Core');
    return {
      module: CoreModule,
      providers: [
        { provide: CONFIG, useValue: options.config },
        {
          provide: Storyline,
          useFactory: async () => {
            const storyline = await openStoryline(options.config, {
              applicationName: options.applicationName,
              onDatabaseError: (error) => logger.warn(`database connection error: ${error.message}`),
              onMigrated: (names) => logger.log(`applied migrations: ${names.join(', ')}`),
            });
            logger.log(`database: ${storyline.database.kind} ${storyline.database.location}`);
            return storyline;
          },
        },
        { provide: DATABASE, inject: [Storyline], useFactory: (s: Storyline): DatabaseHandle => s.database },
        { provide: EventStore, inject: [Storyline], useFactory: (s: Storyline) => s.store },
        { provide: StoryQueries, inject: [Storyline], useFactory: (s: Storyline) => s.queries },
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
      exports: [CONFIG, Storyline, DATABASE, EventStore, StoryQueries, REDIS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
    await this.storyline.close();
    this.logger.log('closed database and redis connections');
  }
}
