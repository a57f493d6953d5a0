import { sql } from 'kysely';
import { foldEvents, initialState, type StoryEvent } from '@storyline/domain';
import { EventStore } from '@storyline/event-store';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import type { ArticleIngested } from './article-events';
import { indexArticle } from './article-index';
import { ArticleIngestion, type IngestSource } from './ingest-article';

/** A made-up story told by four outlets: a gift, its confirmation, a reply, the sculptor revealed. */
const FALCON = [
  {
    source: 'Harbor Times',
    publishedAt: '2025-03-04',
    body: `The government of Kessington on Tuesday confirmed that President Marta Olsen of Veldoria gave Prime Minister Idris Kallas a bronze falcon statue during a state visit, spokesperson Lena Hart said.

The statue was handed over by envoy Pavel Dunmore at a closed meeting at the foreign ministry. "It is a gesture of friendship between our two nations," Dunmore told reporters.

The ministry declined to say how much the falcon statue was worth or who had made it.`,
  },
  {
    source: 'Valley Post',
    publishedAt: '2025-03-06',
    body: `Prime Minister Idris Kallas has accepted a bronze falcon statue from President Marta Olsen of Veldoria, his spokesperson Lena Hart confirmed on Thursday.

Envoy Pavel Dunmore delivered the falcon at a private meeting. "We are grateful for this gift," Hart said.

Opposition lawmakers asked whether the statue had been declared.`,
  },
  {
    source: 'Kessington Daily',
    publishedAt: '2025-03-07',
    body: `President Marta Olsen of Veldoria said on Friday that the bronze falcon statue she gave Prime Minister Idris Kallas was "a sign of a new chapter" between the two countries.

Envoy Pavel Dunmore, who handed over the falcon statue, said the gift had been planned for months. Spokesperson Lena Hart said the statue would be shown to the public.`,
  },
  {
    source: 'Northern Ledger',
    publishedAt: '2025-04-18',
    body: `The sculptor of the bronze falcon statue that President Marta Olsen gave Prime Minister Idris Kallas is Tomasz Reyes, a young artist from Veldoria, the foreign ministry revealed on Friday.

"I made the falcon in three months," Reyes said in an interview. The statue now stands in the prime minister's office.`,
  },
];

const today = '2026-11-21';
const source = (i: number): IngestSource => ({ name: `falcon-${i}.json`, content: JSON.stringify(FALCON[i]) });

describe('ingestion keeps the stories it wrote to (PostgreSQL)', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.destroy());

  /** An ingestion as another process would have it: its own store, its own kept stories. */
  const writer = () => {
    const store = new EventStore(database.db);
    return { store, ingestion: new ArticleIngestion(store), readStream: jest.spyOn(store, 'readStream') };
  };

  const storyEvents = async (store: EventStore, storyId: string) => store.readStream(`story-${storyId}`);

  it('decides a follow-up on the kept state, without reading the story back', async () => {
    const a = writer();
    const first = await a.ingestion.ingest(source(0), { today });
    const second = await a.ingestion.ingest(source(1), { today });
    expect(second).toMatchObject({ status: 'ingested', storyId: first.storyId });
    expect(a.readStream).not.toHaveBeenCalled();

    // The kept state is the state the log gives.
    const b = writer();
    const third = await b.ingestion.ingest(source(2), { today });
    expect(third.storyId).toBe(first.storyId);
    expect(b.readStream).toHaveBeenCalledTimes(1);
  });

  it('finds an earlier copy by its text or by its page address', async () => {
    const a = writer();
    const first = await a.ingestion.ingest({ name: 'falcon.json', content: JSON.stringify({ ...FALCON[0], url: 'https://www.harbor-times.example/falcon?utm_source=feed' }) }, { today });
    const sameText = await a.ingestion.ingest({ name: 'again.json', content: JSON.stringify({ ...FALCON[0], body: `  ${FALCON[0]!.body}  ` }) }, { today });
    const samePage = await a.ingestion.ingest({ name: 'updated.json', content: JSON.stringify({ ...FALCON[1], url: 'http://harbor-times.example/falcon/' }) }, { today });
    for (const outcome of [sameText, samePage]) expect(outcome).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId, storyId: first.storyId });
  });

  it('reads the story again when another writer moved it on, and decides on what it finds', async () => {
    const a = writer();
    const b = writer();
    const first = await a.ingestion.ingest(source(0), { today });
    await b.ingestion.ingest(source(1), { today });
    a.readStream.mockClear();

    // A's kept state lacks B's article: its append fails the expected version and is decided again.
    const third = await a.ingestion.ingest(source(2), { today });
    expect(third).toMatchObject({ status: 'ingested', storyId: first.storyId });
    expect(a.readStream).toHaveBeenCalledTimes(1);

    const events = await storyEvents(a.store, first.storyId!);
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    const state = foldEvents(events as unknown as StoryEvent[], initialState(first.storyId!));
    expect(state.articles).toHaveLength(3);

    // An editor's review also moves the story on.
    const development = events.find((e) => e.type === 'GiftConfirmed' || e.type === 'ClaimConfirmed')!;
    const developmentId = (development.data as { developmentId: string }).developmentId;
    await a.store.append(`story-${first.storyId}`, [{ type: 'DevelopmentApproved', data: { developmentId, editor: 'editor@example.org' } }], {
      expectedVersion: events.length,
    });
    a.readStream.mockClear();
    const fourth = await a.ingestion.ingest(source(3), { today });
    expect(fourth.storyId).toBe(first.storyId);
    expect(a.readStream).toHaveBeenCalledTimes(1);
    const after = await storyEvents(a.store, first.storyId!);
    expect(after[events.length]!.type).toBe('DevelopmentApproved');
    expect(foldEvents(after as unknown as StoryEvent[], initialState(first.storyId!)).articles).toHaveLength(4);
  });

  it('retries when two processes add to the same story at once, and the index counts both articles', async () => {
    const a = writer();
    const b = writer();
    const first = await a.ingestion.ingest(source(0), { today });
    await b.ingestion.ingest(source(1), { today });
    const outcomes = await Promise.all([a.ingestion.ingest(source(2), { today }), b.ingestion.ingest(source(3), { today })]);
    expect(outcomes.map((o) => [o.status, o.storyId])).toEqual([
      ['ingested', first.storyId],
      ['ingested', first.storyId],
    ]);
    const events = await storyEvents(a.store, first.storyId!);
    expect(foldEvents(events as unknown as StoryEvent[], initialState(first.storyId!)).articles).toHaveLength(4);
    const entry = await database.db.selectFrom('story_index').select('article_count').where('story_id', '=', first.storyId!).executeTakeFirstOrThrow();
    expect(entry.article_count).toBe(4);
  });

  it('writes the article and matching indexes a rebuild from the log writes', async () => {
    const a = writer();
    for (let i = 0; i < FALCON.length; i++) await a.ingestion.ingest(source(i), { today });
    const unrelated = `Rovers beat City 3-1 in the derby on Saturday. Striker Dani Okoro scored twice before half-time and the coach praised the defence.`;
    await a.ingestion.ingest({ name: 'match.txt', content: unrelated }, { today });

    const snapshot = async () => ({
      articles: (
        await sql<Record<string, unknown>>`select article_id, story_id, url, content_hash, source, title, published_at, date_inferred, near_duplicate_of, shingles
          from articles order by article_id`.execute(database.db)
      ).rows,
      stories: (await sql<Record<string, unknown>>`select * from story_index order by story_id`.execute(database.db)).rows,
      terms: (await sql<Record<string, unknown>>`select * from term_stats order by term`.execute(database.db)).rows,
    });
    const ingested = await snapshot();
    expect(ingested.articles).toHaveLength(FALCON.length + 1);

    // The whole log in order (readAll would stop at the oldest transaction running anywhere on the server).
    const log = await database.db.selectFrom('events').select('data').where('type', '=', 'ArticleIngested').orderBy('position').execute();
    await database.db.transaction().execute(async (trx) => {
      for (const table of ['articles', 'story_index', 'term_stats'] as const) await trx.deleteFrom(table).execute();
      for (const event of log) await indexArticle(trx, event.data as ArticleIngested['data']);
    });
    expect(await snapshot()).toEqual(ingested);
  });
});

describe('story matching among 10,000 stories (PostgreSQL)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Thousands of later stories name the falcon story's prime minister (and its ministry); none its object.
    const df = new Map<string, number>([['#stories', 10_000]]);
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const terms: Record<string, number> = { [`p:person${i}`]: 3, [`t:topic${i % 500}`]: 1, [`l:town${i % 700}`]: 1.5 };
      if (i % 3 === 0) Object.assign(terms, { 'p:kallas': 3, 'o:foreign ministry': 2, 't:gift': 1 });
      for (const t of Object.keys(terms)) df.set(t, (df.get(t) ?? 0) + 1);
      const day = `2025-${String(5 + (i % 6)).padStart(2, '0')}-01`;
      return { story_id: `seeded-${i}`, title: '', profile: JSON.stringify(terms), entity_keys: Object.keys(terms).sort(), first_date: day, last_date: day, article_count: 1 };
    });
    for (let i = 0; i < rows.length; i += 1000) await database.db.insertInto('story_index').values(rows.slice(i, i + 1000)).execute();
    const stats = [...df].map(([term, n]) => ({ term, df: n }));
    for (let i = 0; i < stats.length; i += 5000) await database.db.insertInto('term_stats').values(stats.slice(i, i + 5000)).execute();
    await sql`analyze story_index`.execute(database.db);
  }, 120_000);
  afterAll(() => database.destroy());

  it('finds the story of a follow-up among thousands of newer ones that share a popular name', async () => {
    const ingestion = new ArticleIngestion(new EventStore(database.db));
    const outcomes = [];
    for (let i = 0; i < FALCON.length; i++) outcomes.push(await ingestion.ingest(source(i), { today }));
    expect(outcomes.map((o) => o.status)).toEqual(FALCON.map(() => 'ingested'));
    expect(outcomes[0]!.storyId).not.toMatch(/^seeded-/);
    expect(new Set(outcomes.map((o) => o.storyId)).size).toBe(1);
  });

  it('searches the story keys without a pending list to scan', async () => {
    const { rows } = await sql<{ reloptions: string[] | null }>`select reloptions from pg_class where relname = 'story_index_entity_keys_idx'`.execute(database.db);
    expect(rows[0]!.reloptions).toContain('fastupdate=off');
  });
});
