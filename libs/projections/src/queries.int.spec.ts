import { loadConfig } from '@storyline/config';
import { Storyline } from '@storyline/core';
import { createEventStore } from '@storyline/event-store';
import { createTestDatabaseFor, type TestBackend, type TestDatabase } from '@storyline/testing';
import { longStoryEvents, storyStreamOf } from '../../../test/support/long-story';
import { waitFor } from '../../../test/support/seeds';

const STORY = '00000000-0000-4000-8000-00000000a001';
const OTHER = '00000000-0000-4000-8000-00000000a002';

describe.each<TestBackend>(['postgres', 'pglite'])('story queries on %s', (backend) => {
  let database: TestDatabase;
  let storyline: Storyline;

  beforeEach(async () => {
    database = await createTestDatabaseFor(backend);
    storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
  });
  afterEach(async () => {
    await storyline.runner.stop();
    await database.destroy();
  });

  it('reads the projected versions of several stories in one query', async () => {
    const { queries, store } = storyline;
    expect(await queries.stateVersions([STORY, OTHER])).toEqual(new Map());

    await store.append(storyStreamOf(STORY), longStoryEvents(STORY, { articles: 2 }));
    // 1 + 2 * (1 + 2) events, not projected yet.
    expect(await queries.stateVersions([STORY, OTHER])).toEqual(new Map());

    await storyline.catchUp();
    expect(await queries.stateVersions([STORY, OTHER])).toEqual(new Map([[STORY, 7]]));
    const { version, json } = await queries.stateWithVersion(STORY);
    expect(version).toBe(7);
    expect(JSON.parse(json)).toMatchObject({ storyId: STORY });

    await store.append(storyStreamOf(STORY), longStoryEvents(STORY, { articles: 1, from: 2 }));
    expect(await queries.stateVersions([STORY])).toEqual(new Map([[STORY, 7]]));
    await storyline.catchUp();
    expect(await queries.stateVersions([STORY])).toEqual(new Map([[STORY, 10]]));
  });

  // PGlite is one process: its wake-ups are in-process, and the API checks versions on it instead.
  (backend === 'postgres' ? it : it.skip)('announces every change of a projected story on story_state_changed, at commit', async () => {
    const heard: string[] = [];
    const stop = await database.listen('story_state_changed', (payload) => heard.push(payload));
    try {
      await storyline.store.append(storyStreamOf(STORY), longStoryEvents(STORY, { articles: 1 }));
      await storyline.catchUp();
      await waitFor(async () => heard.length >= 1, 'the notification');
      expect(heard).toEqual([`${STORY} 4`]);
    } finally {
      await stop();
    }
  });

  it('folds the log again for asOf once the stream has grown, and reuses the snapshot until then', async () => {
    const { queries, store } = storyline;
    // Articles 0-2 are dated in January, February and March 2025.
    await store.append(storyStreamOf(STORY), longStoryEvents(STORY, { articles: 3 }));
    const first = await queries.stateAsOfWithVersion(STORY, '2025-12-31');
    expect(first.version).toBe(10);
    expect(JSON.parse(first.json).articles).toHaveLength(3);
    const again = await queries.stateAsOfWithVersion(STORY, '2025-12-31', 10);
    expect({ ...again, json: JSON.parse(again.json) }).toEqual({ ...first, json: JSON.parse(first.json) });

    // Article 10 is dated 2025-02-11: known by the end of the year, so the answer changes.
    await store.append(storyStreamOf(STORY), longStoryEvents(STORY, { articles: 1, from: 10 }));
    const grown = await queries.stateAsOfWithVersion(STORY, '2025-12-31', 13);
    expect(grown.version).toBe(13);
    expect(JSON.parse(grown.json).articles).toHaveLength(4);
    expect(JSON.parse(await queries.stateAsOfJson(STORY, '2025-12-31'))).toEqual(JSON.parse(grown.json));
    // An exact version folds only that much of the stream, whatever the snapshot holds.
    const older = await queries.stateAsOfWithVersion(STORY, '2025-12-31', 10);
    expect(older.version).toBe(10);
    expect(JSON.parse(older.json).articles).toHaveLength(3);
    await expect(queries.stateAsOfWithVersion(OTHER, '2025-12-31')).rejects.toThrow(/not found/i);
  });
});
