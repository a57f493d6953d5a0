import { sql } from 'kysely';
import { loadConfig } from '@storyline/config';
import { Storyline } from '@storyline/core';
import { createEventStore, type RecordedEvent } from '@storyline/event-store';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import { seedArticles, waitFor } from '../../../test/support/seeds';
import { ProjectionRunner } from './runner';
import { StoriesProjection } from './stories.projection';
import { countingStoriesProjection } from './testing/counting';

const tables = async (db: TestDatabase) => ({
  state: await db.db.selectFrom('story_state').select(['story_id', sql<string>`state::text`.as('state'), 'version', 'people', 'first_date', 'last_date']).orderBy('story_id').execute(),
  changelog: await db.db.selectFrom('story_changelog').selectAll().orderBy('story_id').orderBy('entry_no').execute(),
});

async function ingestSeeds(storyline: Storyline): Promise<void> {
  for (const seed of seedArticles()) {
    await storyline.ingest({ name: seed.file, content: (seed.publishedAt ? ` date ${seed.publishedAt} ` : '') + seed.body });
  }
}

describe('projections on PostgreSQL', () => {
  let database: TestDatabase;
  let storyline: Storyline;

  beforeEach(async () => {
    database = await createTestDatabase();
    storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
  });
  afterEach(async () => {
    await storyline.runner.stop();
    await database.destroy();
  });

  it('rebuilds every read model equal to the incrementally built one', async () => {
    storyline.runner.start();
    await ingestSeeds(storyline);
    const head = await storyline.store.headPosition();
    await waitFor(async () => (await storyline.store.checkpoints.load('stories')) >= head - 65536 && (await storyline.store.checkpoints.status('stories'))[0]?.lagEvents === 0, 'catch-up');
    await storyline.runner.stop();
    const incremental = await tables(database);
    const articles = await database.db.selectFrom('articles').select(['article_id', 'story_id', 'content_hash']).orderBy('article_id').execute();
    expect(incremental.state).toHaveLength(1);
    expect(incremental.changelog.length).toBeGreaterThan(5);

    for (const projection of storyline.allProjections) await storyline.runner.rebuild(projection);
    expect(await tables(database)).toEqual(incremental);
    expect(await database.db.selectFrom('articles').select(['article_id', 'story_id', 'content_hash']).orderBy('article_id').execute()).toEqual(articles);
  });

  it('lets two workers run the same projection without applying a batch twice', async () => {
    await ingestSeeds(storyline);
    const applied: number[] = [];
    const counting = (store = storyline.store) => countingStoriesProjection(store, applied);
    const second = createEventStore(database);
    const a = new ProjectionRunner(storyline.store, [counting()], { batchSize: 3 });
    const b = new ProjectionRunner(second, [counting(second)], { batchSize: 3 });
    a.start();
    b.start();
    const storyEvents = await database.db.selectFrom('events').select('position').where('stream_id', 'like', 'story-%').execute();
    await waitFor(async () => applied.length >= storyEvents.length, 'both workers to drain the log');
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all([a.stop(), b.stop()]);
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(storyEvents.length);
  });

  it('stops a projection at the event its handler fails on, shows the error, and never skips it', async () => {
    await ingestSeeds(storyline);
    // Other tests' open transactions may hold the read fence back for a moment.
    const events = await waitFor(async () => {
      const all = await storyline.store.readAll({ limit: 10_000 });
      return all.length >= (await database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n && all;
    }, 'the fence');
    const poison = events.filter((e) => e.type === 'ArtistRevealed')[0]!;
    let failing = true;
    const inner = new StoriesProjection(storyline.store);
    const fragile = {
      name: 'fragile',
      handles: inner.handles,
      reset: async () => undefined,
      apply: async (_trx: unknown, batch: readonly RecordedEvent[]) => {
        if (failing && batch.some((e) => e.id === poison.id)) throw new Error('cannot handle this one');
      },
    };
    const runner = new ProjectionRunner(storyline.store, [fragile], { batchSize: 50, retryBaseMs: 100, retryMaxMs: 200 });
    runner.start();
    const failed = await waitFor(async () => runner.status().find((s) => s.state === 'failed' && s.failure), 'the failure');
    expect(failed.failure).toMatchObject({ position: poison.position, error: expect.stringContaining('cannot handle this one') });
    expect(await storyline.store.checkpoints.load('fragile')).toBeLessThan(poison.position);
    const [status] = await storyline.store.checkpoints.status('fragile');
    expect(status!.error).toMatch(/cannot handle this one/);

    failing = false;
    await waitFor(async () => (await storyline.store.checkpoints.load('fragile')) >= events[events.length - 1]!.position, 'recovery');
    expect(runner.status()[0]!.failure).toBeUndefined();
    await runner.stop();
  });
});
