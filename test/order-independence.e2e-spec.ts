import { loadConfig } from '@storyline/config';
import { Storyline } from '@storyline/core';
import { createEventStore } from '@storyline/event-store';
import { createTestDatabase } from '@storyline/testing';
import { seedArticles } from './support/seeds';

/** Ingest the seeds in `order` on a fresh database and check they form one story. */
const storiesAfter = (order: number[]) => stateAfter(order, false);

/** Ingest the seeds in `order` on a fresh database; the story state with article ids replaced by file names. */
async function stateAfter(order: number[], withState = true): Promise<unknown> {
  const database = await createTestDatabase();
  const storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
  try {
    const seeds = seedArticles();
    const names = new Map<string, string>();
    const storyIds = new Set<string>();
    for (const i of order) {
      const seed = seeds[i]!;
      const outcome = await storyline.ingest({ name: seed.file, content: (seed.publishedAt ? ` date ${seed.publishedAt} ` : '') + seed.body });
      expect(outcome.status).toBe('ingested');
      names.set(outcome.articleId!, seed.file);
      storyIds.add(outcome.storyId!);
    }
    expect(storyIds.size).toBe(1);
    if (!withState) return null;
    await storyline.catchUp();
    let text = await storyline.queries.stateJson([...storyIds][0]!);
    for (const [id, name] of names) text = text.split(id).join(name);
    const state = JSON.parse(text.split([...storyIds][0]!).join('STORY'));
    // The story's title is its opening article's headline, which depends on which came first.
    delete state.title;
    return state;
  } finally {
    await storyline.close();
  }
}

/** Every arrival order of the four articles. */
function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations(items.filter((_, j) => j !== i)).map((rest) => [x, ...rest]));
}

describe('story state does not depend on the order articles arrive in', () => {
  it('is the same whichever order the articles come in, the undated one included', async () => {
    // The undated article (index 3) places "last month" against the story's dates: arriving
    // before them, it is read again as each dated article joins.
    const reference = await stateAfter([0, 1, 2, 3]);
    for (const order of [
      [2, 1, 0, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
    ]) {
      expect(await stateAfter(order)).toEqual(reference);
    }
  }, 240_000);

  it('clusters the sample coverage into one story in any order', async () => {
    for (const order of [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [3, 0, 2, 1],
    ]) {
      await stateAfter(order);
    }
  }, 180_000);
});
