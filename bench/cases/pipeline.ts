import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '@storyline/config';
import { openStoryline, type Storyline } from '@storyline/core';
import { extract } from '@storyline/extraction';
import { measureExtractRate } from '../../libs/extraction/src/eval/speed';
import { syntheticArticle } from '../lib/articles';
import type { BenchCase, BenchContext } from '../lib/types';
import { withFreshDatabases } from '../lib/workload';

const INGEST_ARTICLES = 2000;
const INGEST_FEEDS = 4;
const EXISTING_STORIES = 10_000;
const REBUILD_EVENTS = 200_000;

async function withStoryline<T>(url: string, fn: (s: Storyline) => Promise<T>): Promise<T> {
  const storyline = await openStoryline({ ...loadConfig({}), databaseUrl: url }, { applicationName: 'storyline-bench' });
  try {
    return await fn(storyline);
  } finally {
    await storyline.close();
  }
}

/** 10,000 earlier stories in the matching index, sharing a handful of popular names, as a busy newsroom's would. */
async function seedStoryIndex(storyline: Storyline): Promise<void> {
  const db = storyline.database.db;
  const popular = ['p:varga', 'p:okafor', 'p:moreau', 'o:foreign ministry', 'l:capital'];
  for (let start = 0; start < EXISTING_STORIES; start += 1000) {
    const rows = Array.from({ length: 1000 }, (_, j) => {
      const n = start + j;
      const terms: Record<string, number> = { [popular[n % popular.length]!]: 3, [`p:archive${n}`]: 3, [`t:topic${n % 997}`]: 2, [`l:town${n % 1500}`]: 1.5 };
      return {
        story_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        title: `Earlier story ${n}`,
        profile: JSON.stringify(terms),
        entity_keys: Object.keys(terms).sort(),
        first_date: '2024-01-01',
        last_date: '2024-12-31',
        article_count: 3,
      };
    });
    await db.insertInto('story_index').values(rows).execute();
  }
  const df = new Map<string, number>([['#stories', EXISTING_STORIES]]);
  for (let n = 0; n < EXISTING_STORIES; n++) {
    for (const t of [popular[n % popular.length]!, `p:archive${n}`, `t:topic${n % 997}`, `l:town${n % 1500}`]) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const entries = [...df.entries()];
  for (let i = 0; i < entries.length; i += 2000) {
    await db.insertInto('term_stats').values(entries.slice(i, i + 2000).map(([term, n]) => ({ term, df: n }))).execute();
  }
}

const extractCase: BenchCase = {
  name: 'extract',
  unit: 'articles/s',
  targets: { min: 300 },
  async run(ctx: BenchContext) {
    const articles = Array.from({ length: 50 }, (_, i) => {
      const { content } = syntheticArticle(i, i % 4);
      const a = JSON.parse(content) as { body: string; publishedAt: string };
      return { body: a.body, publishedAt: a.publishedAt };
    });
    extract(articles[0]!); // load the language models before timing
    ctx.progress(0, 1);
    const rate = measureExtractRate(articles, 10);
    ctx.progress(1, 1);
    return rate;
  },
};

const ingestCase: BenchCase = {
  name: 'ingest',
  unit: 'articles/s',
  targets: { min: 150 },
  run: (ctx) =>
    withFreshDatabases(ctx.adminUrl, 1, ([url]) =>
      withStoryline(url!, async (s) => {
        await seedStoryIndex(s);
        // 400 new stories of 5 articles each, articles of one story spread over the run. How many
        // stories matching makes of them is reported beside the rate (`stories`): the cost of
        // deciding an article grows with the length of its story.
        const articles = Array.from({ length: INGEST_ARTICLES }, (_, i) => syntheticArticle(i % 400, Math.floor(i / 400)));
        // Articles arrive from several feeds at once, as POST /articles sees them: while one waits
        // for its commit, the next is extracted.
        const stories = new Set<string | null>();
        let next = 0;
        const feed = async () => {
          for (let i = next++; i < articles.length; i = next++) {
            const a = articles[i]!;
            const outcome = await s.ingest({ name: a.name, content: a.content });
            if (outcome.status === 'rejected') throw new Error(`bench article rejected: ${outcome.error}`);
            stories.add(outcome.storyId);
            if (i % 50 === 0) ctx.progress(i, articles.length);
          }
        };
        const started = process.hrtime.bigint();
        await Promise.all(Array.from({ length: INGEST_FEEDS }, feed));
        const rate = INGEST_ARTICLES / (Number(process.hrtime.bigint() - started) / 1e9);
        ctx.extra({ stories: stories.size });
        return rate;
      }),
    ),
};

const benchStoryId = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

/** A story-shaped log of ~200,000 events: 2,000 stories of 100 events, appended 100 at a time. */
async function writeStoryLog(s: Storyline, ctx: BenchContext, stories: number, perStory: number): Promise<void> {
  for (let n = 0; n < stories; n++) {
    const storyId = benchStoryId(n);
    const events = [];
    events.push({ type: 'StoryOpened', data: { storyId, title: `Story ${n}`, openedBy: `a-${n}-0` } });
    const articles = Math.max(1, Math.floor(perStory / 10));
    for (let k = 0; k < articles && events.length < perStory; k++) {
      const articleId = `a-${n}-${k}`;
      events.push({
        type: 'ArticleLinked',
        data: {
          storyId, articleId, source: `Outlet ${k % 7}`, publishedAt: `2025-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`, dateInferred: false,
          url: null, title: null, nearDuplicateOf: null, entities: { people: [`Giver ${n}`, `Speaker ${k}`], organizations: [], places: [] }, datedFacts: [],
        },
      });
      for (let d = 0; d < 9 && events.length < perStory; d++) {
        events.push({
          type: 'StatementIssued',
          data: {
            developmentId: `${articleId}:${d}`, articleId, slots: { speaker: `Speaker ${d}`, quote: `Statement number ${d} about matter ${n}, given to reporters on the record.` },
            evidence: `"Statement number ${d} about matter ${n}, given to reporters on the record," Speaker ${d} said.`, confidence: 0.8, occurredAt: null, factKey: '',
          },
        });
      }
    }
    await s.store.append(`story-${storyId}`, events, { expectedVersion: 'no_stream' });
    if (n % 20 === 0) ctx.progress(n, stories);
  }
}

const rebuildCase: BenchCase = {
  name: 'projection.rebuild',
  unit: 'events/s',
  targets: { min: 30_000 },
  run: (ctx) =>
    withFreshDatabases(ctx.adminUrl, 1, ([url]) =>
      withStoryline(url!, async (s) => {
        await writeStoryLog(s, ctx, REBUILD_EVENTS / 100, 100);
        const stories = s.liveProjections.find((p) => p.name === 'stories')!;
        const started = process.hrtime.bigint();
        const count = await s.runner.rebuild(stories, (_, done) => ctx.progress(done, REBUILD_EVENTS));
        return count / (Number(process.hrtime.bigint() - started) / 1e9);
      }),
    ),
};

/** The API in its own process, as deployed; load comes from this one. */
async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../../apps/api/src/main.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    if (Date.now() > deadline) throw new Error('bench API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for the exit, so the database is not dropped under a running server. */
const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function load(url: string, seconds: number): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url, connections: 32, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`bench load saw ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/**
 * One story of `events` events, the API on it in its own process, and GET `path` under load
 * from this one. The first answer is taken before the load (it may fold the whole stream).
 */
async function loadStoryEndpoint(ctx: BenchContext, events: number, port: number, path: (storyId: string) => string): Promise<number> {
  return withFreshDatabases(ctx.adminUrl, 1, async ([url]) => {
    await withStoryline(url!, async (s) => {
      await writeStoryLog(s, ctx, 1, events);
      await s.catchUp();
    });
    const server = await startServer(url!, port);
    try {
      const target = `http://127.0.0.1:${port}${path(benchStoryId(0))}`;
      const first = await fetch(target);
      if (!first.ok) throw new Error(`warm-up of ${target} answered ${first.status}`);
      const { rps, p99 } = await load(target, 10);
      ctx.extra({ p99_ms: p99 });
      return rps;
    } finally {
      await stopServer(server);
    }
  });
}

const apiStateCase: BenchCase = {
  name: 'api.story_state',
  unit: 'requests/s',
  targets: { min: 3000, p99_ms: 25 },
  run: (ctx) => loadStoryEndpoint(ctx, 100, 3901, (id) => `/stories/${id}`),
};

const apiAsOfCase: BenchCase = {
  name: 'api.as_of',
  unit: 'requests/s',
  targets: { p99_ms: 50 },
  run: (ctx) => loadStoryEndpoint(ctx, 10_000, 3902, (id) => `/stories/${id}?asOf=2025-06-30`),
};

export const pipelineCases: BenchCase[] = [extractCase, ingestCase, rebuildCase, apiStateCase, apiAsOfCase];
