import { createEventStore, type EventStore } from '@storyline/event-store';
import { seedArticles, waitFor } from './support/seeds';
import { StoryAnswers } from '../apps/api/src/stories/story-answers';
import { startApi, type RunningApi } from './support/api';
import { longStoryEvents, storyStreamOf } from './support/long-story';

interface StoryView {
  storyId: string;
  title: string;
  articles: { articleId: string }[];
  articleCount: number;
  truncated: boolean;
  facts: {
    type: string;
    slots: Record<string, string>;
    firstReported: { date: string | null };
    corroborations: number;
    sources: { articleId: string }[];
    sourceCount: number;
    developmentIds: string[];
    developmentCount: number;
  }[];
  contradictions: { field: string; values: { value: string }[] }[];
}

describe('journalists API (HTTP, PostgreSQL)', () => {
  let api: RunningApi;
  const post = (body: unknown) =>
    fetch(`${api.url}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const get = (path: string) => fetch(`${api.url}${path}`);
  const json = async <T = any>(path: string): Promise<T> => {
    const res = await get(path);
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };

  let store: EventStore;
  beforeAll(async () => {
    api = await startApi();
    store = createEventStore(api.database);
  });
  afterAll(() => api.close());

  it('ingests the sample coverage into one story, and answers journalists from it', async () => {
    const seeds = seedArticles();
    const ids: string[] = [];
    for (const seed of seeds) {
      const res = await post({ body: seed.body, publishedAt: seed.publishedAt });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { status: string; storyId: string };
      expect(body.status).toBe('ingested');
      ids.push(body.storyId);
    }
    expect(new Set(ids).size).toBe(1);
    const storyId = ids[0]!;

    // The same article again is a duplicate and adds nothing.
    const again = await post({ body: seeds[0]!.body, publishedAt: seeds[0]!.publishedAt });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');

    const listed = await waitFor(async () => {
      const list = await json<{ total: number; stories: { storyId: string; articleCount: number }[] }>('/stories');
      return list.stories.find((s) => s.storyId === storyId && s.articleCount === 4);
    }, 'the story projection');
    expect(listed.articleCount).toBe(4);

    const story = await json<StoryView>(`/stories/${storyId}`);
    const artist = story.facts.find((f) => f.type === 'ArtistRevealed');
    expect(artist?.slots.person).toBe('Nikas Safronov');
    const gift = story.facts.find((f) => f.type === 'GiftConfirmed');
    expect(gift).toMatchObject({ slots: expect.objectContaining({ giver: 'Vladimir Putin', recipient: 'Donald Trump' }) });
    expect(gift!.firstReported.date).toBe('2025-03-25');
    expect(gift!.corroborations).toBeGreaterThanOrEqual(1);
    // A story of a few articles is answered whole.
    expect(story.truncated).toBe(false);
    expect(story.articleCount).toBe(4);
    expect(story.articles).toHaveLength(4);
    for (const fact of story.facts) expect(fact.sources).toHaveLength(fact.sourceCount);

    // Time travel, before and after each development of the sample coverage.
    const known = async (asOf: string) => new Set((await json<StoryView>(`/stories/${storyId}?asOf=${asOf}`)).facts.map((f) => f.type));
    const beforeAll = await known('2025-03-24');
    expect(beforeAll.size).toBe(0);
    const afterGift = await known('2025-03-25');
    expect(afterGift.has('GiftConfirmed')).toBe(true);
    expect(afterGift.has('ArtistRevealed')).toBe(false);
    expect(afterGift.has('RebukeIssued')).toBe(false);
    const beforeReveal = await known('2025-04-01');
    expect(beforeReveal.has('ArtistRevealed')).toBe(false);
    const afterReveal = await known('2025-04-30');
    expect(afterReveal.has('ArtistRevealed')).toBe(true);
    expect(afterReveal.has('RebukeIssued')).toBe(true);
    // Asking twice gives the same answer (the second from the snapshot cache).
    expect(await json(`/stories/${storyId}?asOf=2025-04-01`)).toEqual(await json(`/stories/${storyId}?asOf=2025-04-01`));

    // Changelog with a since= cursor: nothing new after the latest cursor.
    const log = await json<{ cursor: number; entries: { summary: string }[] }>(`/stories/${storyId}/changelog`);
    expect(log.entries.some((e) => e.summary.startsWith('Artist revealed: Nikas Safronov'))).toBe(true);
    const none = await json<{ entries: unknown[] }>(`/stories/${storyId}/changelog?since=${log.cursor}`);
    expect(none.entries).toEqual([]);

    const events = await json<{ events: { type: string }[] }>(`/stories/${storyId}/events`);
    expect(events.events[0]!.type).toBe('StoryOpened');

    const search = await json<{ stories: { storyId: string }[] }>('/stories?person=Safronov');
    expect(search.stories.map((s) => s.storyId)).toContain(storyId);
    const nothing = await json<{ stories: unknown[] }>('/stories?q=volcano');
    expect(nothing.stories).toEqual([]);
  });

  it('answers a long story in part, says what it left out, and gives everything on request', async () => {
    const storyId = '00000000-0000-4000-8000-0000000e2e01';
    await store.append(storyStreamOf(storyId), longStoryEvents(storyId, { articles: 130, statements: 2 }));
    const story = await waitFor(async () => {
      const res = await get(`/stories/${storyId}`);
      return res.status === 200 && ((await res.json()) as StoryView);
    }, 'the long story projected');

    // More than 50 articles: summarised.
    expect(story.truncated).toBe(true);
    expect(story.articleCount).toBe(130);
    expect(story.articles).toHaveLength(50);
    expect(story.facts).toHaveLength(2);
    for (const fact of story.facts) {
      expect(fact.sources).toHaveLength(10);
      expect(fact.sourceCount).toBe(130);
      expect(fact.developmentIds).toHaveLength(10);
      expect(fact.developmentCount).toBe(130);
    }

    const all = await json<StoryView>(`/stories/${storyId}?sources=all&articles=all`);
    expect(all.truncated).toBe(false);
    expect(all.articles).toHaveLength(130);
    expect(all.facts.map((f) => f.sources.length)).toEqual([130, 130]);
    // The first sources are the first in coverage order, the same in both answers.
    expect(story.facts[0]!.sources).toEqual(all.facts[0]!.sources.slice(0, 10));
    expect(story.articles).toEqual(all.articles.slice(0, 50));

    const few = await json<StoryView>(`/stories/${storyId}?sources=3&articles=0`);
    expect(few.articles).toEqual([]);
    expect(few.facts[0]!.sources).toEqual(all.facts[0]!.sources.slice(0, 3));

    // asOf answers are shaped the same way: by the end of March 2025, 45 articles (of months 1-3) were known.
    const march = await json<StoryView>(`/stories/${storyId}?asOf=2025-03`);
    expect(march).toMatchObject({ articleCount: 45, truncated: false });
    expect(march.facts[0]!.sources).toHaveLength(45);
    const marchFew = await json<StoryView>(`/stories/${storyId}?asOf=2025-03&sources=2`);
    expect(marchFew.facts[0]!).toMatchObject({ sourceCount: 45 });
    expect(marchFew.facts[0]!.sources).toHaveLength(2);
    const june = await json<StoryView>(`/stories/${storyId}?asOf=2025-06`);
    expect(june).toMatchObject({ articleCount: 88, truncated: true });
    expect(june.articles).toHaveLength(50);

    for (const [query, message] of [
      ['sources=-1', /sources must be "all" or a whole number from 0 to 100000, got "-1"/],
      ['articles=many', /articles must be "all" or a whole number from 0 to 100000, got "many"/],
      ['sources=2.5', /sources must be "all"/],
      ['sources=1&sources=2', /sources must be "all"/],
      ['asOf=2025-03&articles=1000000', /articles must be "all"/],
    ] as const) {
      const res = await get(`/stories/${storyId}?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ statusCode: 400, message: expect.stringMatching(message) });
    }
  });

  it('answers from memory while a story is unchanged, and with the change once it is projected', async () => {
    const storyId = '00000000-0000-4000-8000-0000000e2e02';
    // On PostgreSQL the API listens for the projection's change notifications.
    await waitFor(async () => api.app.get(StoryAnswers).listening, 'listening for story changes');
    await store.append(storyStreamOf(storyId), longStoryEvents(storyId, { articles: 3 }));
    const projectedVersion = async () =>
      (await api.database.db.selectFrom('story_state').select('version').where('story_id', '=', storyId).executeTakeFirst())?.version;
    await waitFor(async () => (await projectedVersion()) === 10, 'the story projected');
    const before = await get(`/stories/${storyId}`);
    const etag = before.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(((await before.json()) as StoryView).articleCount).toBe(3);
    // Unchanged: the same answer again, and a conditional request gets 304 without a body.
    expect((await json<StoryView>(`/stories/${storyId}`)).articleCount).toBe(3);
    const unchanged = await fetch(`${api.url}/stories/${storyId}`, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect((await json<StoryView>(`/stories/${storyId}?asOf=2025-12-31`)).articleCount).toBe(3);

    // A new article (dated April 2025): the projection's commit announces it, and the kept answers go.
    await store.append(storyStreamOf(storyId), longStoryEvents(storyId, { articles: 1, from: 3 }));
    await waitFor(async () => (await projectedVersion()) === 13, 'the new article projected');
    const after = await waitFor(async () => {
      const res = await get(`/stories/${storyId}`);
      return res.headers.get('etag') !== etag && res;
    }, 'the new answer');
    expect(after.status).toBe(200);
    expect(((await after.json()) as StoryView).articleCount).toBe(4);
    expect((await fetch(`${api.url}/stories/${storyId}`, { headers: { 'if-none-match': etag } })).status).toBe(200);
    expect((await json<StoryView>(`/stories/${storyId}?asOf=2025-12-31`)).articleCount).toBe(4);
    // asOf answers follow the projected story; an article dated after asOf changes nothing there.
    expect((await json<StoryView>(`/stories/${storyId}?asOf=2025-03-31`)).articleCount).toBe(3);
  });

  it('refuses bad articles with a status and a message, writing nothing', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ body: '   ' }, 422, /empty/],
      [{ body: 'Text', publishedAt: 'yesterday' }, 422, /date/i],
      [{ body: 'Text', publishedAt: '2999-01-01' }, 422, /future/i],
      ['{"body": ', 400, /JSON/],
      [[1, 2], 400, /object/],
      [{ body: 'x'.repeat(1024 * 1024 + 10) }, 413, /exceeds|too large/],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(body);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    // Articles come as JSON only.
    const form = await fetch(`${api.url}/articles`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'body=Text' });
    expect(form.status).toBe(415);
    const articles = await api.database.db.selectFrom('articles').select('article_id').execute();
    const refused = await api.database.db.selectFrom('events').select('id').where('type', '=', 'ArticleIngested').execute();
    expect(refused.length).toBe(articles.length);
  });

  it('answers unknown ids with 404 and malformed parameters with 400', async () => {
    expect((await get('/stories/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await get('/stories/00000000-0000-0000-0000-000000000000/changelog')).status).toBe(404);
    expect((await get('/articles/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    const bad = await get('/stories/abc?asOf=April');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/asOf must be a date/);
    expect((await get('/stories/abc/changelog?since=-1')).status).toBe(400);
    expect((await get('/stories?limit=100000')).status).toBe(400);
  });

  it('streams story events to SSE clients as they are recorded', async () => {
    const controller = new AbortController();
    const res = await fetch(`${api.url}/stories/stream`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const received = (async () => {
      let text = '';
      while (!text.includes('event: ArticleLinked')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      return text;
    })();
    // Give the feed a moment to start tailing, then develop a new story.
    await new Promise((r) => setTimeout(r, 300));
    const created = await post({
      publishedAt: '2025-06-03',
      body: 'Finance Minister Carla Duarte on Tuesday publicly rebuked central bank governor Ilan Marsh over the surprise rate rise. "This decision was reckless and out of touch with working families," Duarte told reporters in Lisbon. Marsh declined to comment.',
    });
    expect(created.status).toBe(201);
    const text = await received;
    controller.abort();
    expect(text).toMatch(/event: ArticleLinked/);
    expect(text).toMatch(/"storyId"/);
  });

  it('reports health, metrics and the OpenAPI document', async () => {
    const health = await json<{ status: string; database: { status: string }; redis: { status: string } }>('/health');
    expect(health.database.status).toBe('up');
    const metrics = await (await get('/metrics')).text();
    expect(metrics).toMatch(/storyline_projection_lag_events\{projection="stories"\}/);
    const doc = await json<{ paths: Record<string, unknown> }>('/docs/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/articles', '/stories', '/stories/{id}', '/stories/{id}/changelog', '/health']));
    const story = (doc.paths['/stories/{id}'] as { get: { parameters: { name: string; description?: string }[] } }).get;
    expect(story.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['id', 'asOf', 'articles', 'sources']));
    expect(story.parameters.find((p) => p.name === 'sources')!.description).toMatch(/"all"/);
  });
});
