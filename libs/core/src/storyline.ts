import type { AppConfig } from '@storyline/config';
import { ArticleIngestion, type IngestOptions, type IngestOutcome, type IngestSource } from '@storyline/application';
import { createDatabase, migrateToLatest, type DatabaseHandle } from '@storyline/db';
import { EventStore, createEventStore } from '@storyline/event-store';
import { createExtractor, type Extractor } from '@storyline/extraction';
import { ArticleIndexProjection, ProjectionRunner, StoriesProjection, StoryQueries, type Projection } from '@storyline/projections';

/**
 * The plain-TypeScript composition of the product: database, event store, ingestion, read models
 * and queries. The Nest modules and the CLI both build on it, so they cannot drift apart.
 */
export class Storyline {
  readonly ingestion: ArticleIngestion;
  readonly queries: StoryQueries;
  /** Run live by the worker. */
  readonly liveProjections: Projection[];
  /** Everything `projections rebuild` replays, the inline article index first. */
  readonly allProjections: Projection[];
  readonly runner: ProjectionRunner;
  private readonly extractor: Extractor;

  constructor(
    readonly config: AppConfig,
    readonly database: DatabaseHandle,
    readonly store: EventStore,
  ) {
    this.extractor = createExtractor(config.extractionThreads);
    this.ingestion = new ArticleIngestion(store, { extractor: this.extractor });
    this.queries = new StoryQueries(database.db, store);
    this.liveProjections = [new StoriesProjection(store)];
    this.allProjections = [new ArticleIndexProjection(), ...this.liveProjections];
    this.runner = new ProjectionRunner(store, this.liveProjections);
  }

  ingest(source: IngestSource, options: Partial<IngestOptions> = {}): Promise<IngestOutcome> {
    return this.ingestion.ingest(source, { today: today(), matchThreshold: this.config.storyMatchThreshold, ...options });
  }

  /** Brings every live read model up to the head of the log (one-shot commands, tests). */
  async catchUp(): Promise<void> {
    for (const projection of this.liveProjections) await this.runner.catchUp(projection);
  }

  async close(): Promise<void> {
    await this.runner.stop();
    await this.extractor.close();
    await this.database.destroy();
  }
}

export interface OpenOptions {
  applicationName: string;
  onDatabaseError?: (error: Error) => void;
  onMigrated?: (names: string[]) => void;
}

export async function openStoryline(config: AppConfig, options: OpenOptions): Promise<Storyline> {
  const database = await createDatabase(config.databaseUrl, { applicationName: options.applicationName, onError: options.onDatabaseError });
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) options.onMigrated?.(applied);
  } catch (error) {
    await database.destroy().catch(() => undefined);
    throw error;
  }
  return new Storyline(config, database, createEventStore(database));
}

/** The service's clock, as a date: publication dates after it are refused. */
export const today = (): string => new Date().toISOString().slice(0, 10);
