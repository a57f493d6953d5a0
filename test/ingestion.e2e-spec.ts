import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadConfig } from '@storyline/config';
import { Storyline } from '@storyline/core';
import { createEventStore } from '@storyline/event-store';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';

const FIXTURES = join(__dirname, 'fixtures');
const fixture = (path: string) => ({ name: basename(path), path, content: readFileSync(join(FIXTURES, path)) });

interface Fact {
  type: string;
  independentOutlets: number;
  sources: { articleId: string; independent: boolean }[];
}

describe('ingestion of syndicated, undated, unrelated and broken articles (PostgreSQL)', () => {
  let database: TestDatabase;
  let storyline: Storyline;

  beforeAll(async () => {
    database = await createTestDatabase();
    storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
  });
  afterAll(() => storyline.close());

  let storyId: string | null = null;

  it('links a syndicated near-copy without counting it as independent corroboration', async () => {
    const original = await storyline.ingest(fixture('gift-manuscript/01-portugal-confirms-manuscript.txt'));
    const copy = await storyline.ingest(fixture('gift-manuscript/02-syndicated-copy.json'));
    expect(original.status).toBe('ingested');
    expect(copy).toMatchObject({ status: 'ingested', storyId: original.storyId, nearDuplicateOf: original.articleId });
    storyId = original.storyId;
    await storyline.catchUp();
    const state = JSON.parse(await storyline.queries.stateJson(original.storyId!)) as { facts: Fact[] };
    const pair = new Set([original.articleId, copy.articleId]);
    // Which of two same-day copies is "the original" is decided by the story, not by arrival;
    // either way the pair is one independent source.
    const shared = state.facts.filter((f) => f.sources.filter((s) => pair.has(s.articleId)).length === 2);
    expect(shared.length).toBeGreaterThan(0);
    for (const fact of shared) {
      expect(fact.sources.filter((s) => pair.has(s.articleId) && s.independent)).toHaveLength(1);
      expect(fact.independentOutlets).toBe(fact.sources.filter((s) => s.independent).length);
    }
  });

  it('treats the same text again as a duplicate and writes nothing', async () => {
    const before = await database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await storyline.ingest(fixture('gift-manuscript/01-portugal-confirms-manuscript.txt'));
    expect(again.status).toBe('duplicate');
    expect(again.duplicateOf).toBeTruthy();
    const after = await database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('dates an undated follow-up from the story instead of today, or leaves it undated', async () => {
    const undated = await storyline.ingest(fixture('gift-manuscript/03-undated-display.txt'));
    expect(undated).toMatchObject({ status: 'ingested', storyId });
    const article = await storyline.queries.article(undated.articleId!);
    expect(article.publishedAt === null || article.publishedAt < '2026').toBe(true);
    if (article.publishedAt !== null) expect(article.dateInferred).toBe(true);
  });

  it('keeps unrelated articles out of every story', async () => {
    for (const path of ['unrelated/01-football-derby.txt', 'unrelated/02-weather-storm.txt']) {
      const outcome = await storyline.ingest(fixture(path));
      expect(outcome).toMatchObject({ status: 'ingested', storyId: null });
    }
  });

  it('rejects binary and invalid UTF-8 files with a reason', async () => {
    const binary = await storyline.ingest({ name: 'scan.txt', content: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]) });
    expect(binary).toMatchObject({ status: 'rejected', error: expect.stringMatching(/UTF-8|binary/) });
    const latin1 = await storyline.ingest({ name: 'old.txt', content: Buffer.from('Caf\xe9 owner denies report', 'latin1') });
    expect(latin1).toMatchObject({ status: 'rejected', error: expect.stringMatching(/UTF-8/) });
  });
});

describe('concurrent ingestion into one story (PostgreSQL)', () => {
  it('retries on a version conflict: every article is linked once and no event is lost or doubled', async () => {
    const database = await createTestDatabase();
    const storyline = new Storyline({ ...loadConfig({}), databaseUrl: database.url }, database, createEventStore(database));
    try {
      const first = await storyline.ingest(fixture('statue-removal/01-council-votes.txt'));
      const rest = await Promise.all([
        storyline.ingest(fixture('statue-removal/02-other-outlet.json')),
        storyline.ingest(fixture('statue-removal/03-wire-copy.json')),
        storyline.ingest(fixture('gift-manuscript/01-portugal-confirms-manuscript.txt')),
      ]);
      expect(rest.map((o) => o.status)).toEqual(['ingested', 'ingested', 'ingested']);
      const inStory = [first, ...rest].filter((o) => o.storyId === first.storyId);
      const linked = await database.db
        .selectFrom('events')
        .select(['data'])
        .where('stream_id', '=', `story-${first.storyId}`)
        .where('type', '=', 'ArticleLinked')
        .execute();
      const linkedIds = linked.map((r) => (r.data as { articleId: string }).articleId).sort();
      expect(linkedIds).toEqual(inStory.map((o) => o.articleId!).sort());
      const versions = await database.db.selectFrom('events').select('stream_version').where('stream_id', '=', `story-${first.storyId}`).orderBy('stream_version').execute();
      expect(versions.map((v) => v.stream_version)).toEqual(versions.map((_, i) => i + 1));
    } finally {
      await storyline.close();
    }
  });
});
