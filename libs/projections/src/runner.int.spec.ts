import { loadConfig } from '@storyline/config';
import { Storyline } from '@storyline/core';
import { createEventStore } from '@storyline/event-store';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import { seedArticles } from '../../../test/support/seeds';
import { ProjectionRunner } from './runner';
import { countingStoriesProjection } from './testing/counting';

/** Catch-up reads the next page while it applies the current one; these check that a page read ahead is never applied twice or skipped. */
describe('projection catch-up on PostgreSQL', () => {
  let database: TestDatabase;
  let storyline: Storyline;

  beforeEach(async () => {
    database = await createTestDatabase();
    storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
    for (const seed of seedArticles()) {
      await storyline.ingest({ name: seed.file, content: (seed.publishedAt ? ` date ${seed.publishedAt} ` : '') + seed.body });
    }
  });
  afterEach(async () => {
    await storyline.runner.stop();
    await database.destroy();
  });

  const counting = (applied: number[], store = storyline.store) => countingStoriesProjection(store, applied);

  it('applies every event once when two workers catch up at the same time', async () => {
    const applied: number[] = [];
    const second = createEventStore(database);
    const a = counting(applied);
    const b = counting(applied, second);
    await Promise.all([new ProjectionRunner(storyline.store, [a]).catchUp(a, undefined, 3), new ProjectionRunner(second, [b]).catchUp(b, undefined, 3)]);
    const storyEvents = await database.db.selectFrom('events').select('position').where('stream_id', 'like', 'story-%').execute();
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(storyEvents.length);
    expect(await storyline.store.checkpoints.load('stories')).toBe(await storyline.store.headPosition());
  });

  it('writes the same read models whatever the batch size', async () => {
    const tables = async () => ({
      state: await database.db.selectFrom('story_state').select(['story_id', 'state', 'version', 'updated_position']).orderBy('story_id').execute(),
      changelog: await database.db.selectFrom('story_changelog').selectAll().orderBy('story_id').orderBy('entry_no').execute(),
    });
    const projection = storyline.liveProjections.find((p) => p.name === 'stories')!;
    await storyline.runner.rebuild(projection);
    const rebuilt = await tables();
    expect(rebuilt.state.length).toBeGreaterThan(0);
    for (const batchSize of [1, 4]) {
      await database.db.transaction().execute(async (trx) => {
        await projection.reset(trx);
        await storyline.store.checkpoints.reset(projection.name, trx);
      });
      await storyline.runner.catchUp(projection, undefined, batchSize);
      expect(await tables()).toEqual(rebuilt);
    }
  });
});
