import { seedArticles, waitFor } from './support/seeds';
import { startApi, type RunningApi } from './support/api';

interface StoryView {
  storyId: string;
  title: string;
  facts: { type: string; slots: Record<string, string>; firstReported: { date: string | null }; corroborations: number }[];
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

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('ingests the sample coverage into one story, and answers journalists from it', async () => {
    const seeds = seedArticles();
    const ids: string[] = [];
    for (const seed of seeds) {
      const res = await post({ body: seed.body, publishedAt: seed.publishedAt });
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.status).toBe('ingested');
      ids.push(body.storyId);
    }
    expect(new Set(ids).size).toBe(1);
    const storyId = ids[0]!;

    // The same article again is a duplicate and adds nothing.
    const again = await post({ body: seeds[0]!.body, publishedAt: seeds[0]!.publishedAt });
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe('duplicate');

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
      expect((await res.json()).message).toMatch(message);
    }
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
    expect((await bad.json()).message).toMatch(/asOf must be a date/);
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
  });
});
