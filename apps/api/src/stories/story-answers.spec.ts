import { EventEmitter } from 'node:events';
import { foldEvents, initialState, storyView, type StoryEvent } from '@storyline/domain';
import type { StoryQueries, VersionedJson } from '@storyline/projections';
import type pg from 'pg';
import { longStoryEvents } from '../../../../test/support/long-story';
import { StoryAnswers } from './story-answers';
import { StoryChanges } from './story-changes';
import { DEFAULT_LIMITS } from './story-shape';

const STORY = 's1';
const stateOf = (articles: number) =>
  JSON.stringify(storyView(foldEvents(longStoryEvents(STORY, { articles }) as unknown as StoryEvent[], initialState(STORY))));

/** The read side as the API sees it: projected versions and states, counting the reads. */
class FakeQueries {
  readonly stories = new Map<string, VersionedJson>();
  versionReads = 0;
  loads = 0;

  project(articles: number): void {
    this.stories.set(STORY, { version: 1 + articles * 3, json: stateOf(articles) });
  }

  async stateVersions(ids: readonly string[]): Promise<Map<string, number>> {
    this.versionReads++;
    return new Map(ids.filter((id) => this.stories.has(id)).map((id) => [id, this.stories.get(id)!.version]));
  }

  async stateWithVersion(id: string): Promise<VersionedJson> {
    this.loads++;
    return this.stories.get(id)!;
  }

  async stateAsOfWithVersion(id: string, _asOf: string, version: number): Promise<VersionedJson> {
    this.loads++;
    return { ...this.stories.get(id)!, version };
  }
}

/** A listening connection we control: `drop()` ends it, `notify()` delivers a notification. */
class FakeClient extends EventEmitter {
  static last?: FakeClient;
  queries: string[] = [];
  constructor() {
    super();
    FakeClient.last = this;
  }
  async connect(): Promise<void> {}
  async query(text: string): Promise<unknown> {
    this.queries.push(text);
    return { rows: [] };
  }
  async end(): Promise<void> {}
  notify(payload: string): void {
    this.emit('notification', { channel: 'story_state_changed', payload });
  }
  drop(): void {
    this.emit('end');
  }
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

const articlesIn = (answer: { body: Buffer }) => (JSON.parse(answer.body.toString()) as { articleCount: number }).articleCount;

describe('StoryAnswers', () => {
  let queries: FakeQueries;
  beforeEach(() => {
    queries = new FakeQueries();
    queries.project(3);
  });

  describe('without notifications (PGlite)', () => {
    let answers: StoryAnswers;
    beforeEach(() => {
      answers = new StoryAnswers(queries as unknown as StoryQueries, new StoryChanges({ connect: null }));
    });

    it('reads the version for every request, and serves a change on the very next one', async () => {
      const first = await answers.current(STORY, DEFAULT_LIMITS);
      const again = await answers.current(STORY, DEFAULT_LIMITS);
      expect(again).toBe(first);
      expect(queries.loads).toBe(1);
      expect(queries.versionReads).toBe(2);
      queries.project(4);
      const changed = await answers.current(STORY, DEFAULT_LIMITS);
      expect(articlesIn(changed)).toBe(4);
      expect(changed.etag).not.toBe(first.etag);
    });

    it('builds an answer once for a burst of requests, and keeps limits and asOf dates apart', async () => {
      const burst = await Promise.all(Array.from({ length: 10 }, () => answers.current(STORY, DEFAULT_LIMITS)));
      expect(new Set(burst).size).toBe(1);
      expect(queries.loads).toBe(1);
      await answers.current(STORY, { articles: null, sources: null });
      await answers.asOf(STORY, '2025-03', DEFAULT_LIMITS);
      await answers.asOf(STORY, '2025-04', DEFAULT_LIMITS);
      expect(queries.loads).toBe(4);
    });

    it('answers 404 for a story that is not projected', async () => {
      await expect(answers.current('nope', DEFAULT_LIMITS)).rejects.toThrow(/not found/i);
      await expect(answers.asOf('nope', '2025', DEFAULT_LIMITS)).rejects.toThrow(/not found/i);
    });
  });

  describe('with notifications (PostgreSQL)', () => {
    let changes: StoryChanges;
    let answers: StoryAnswers;
    beforeEach(async () => {
      changes = new StoryChanges({ connect: () => new FakeClient() as unknown as pg.Client });
      answers = new StoryAnswers(queries as unknown as StoryQueries, changes);
      answers.onApplicationBootstrap();
      await until(() => changes.epoch >= 0);
      expect(FakeClient.last!.queries).toEqual(['listen story_state_changed']);
    });
    afterEach(() => answers.onApplicationShutdown());

    it('serves a confirmed answer without asking the database until its story changes', async () => {
      const first = await answers.current(STORY, DEFAULT_LIMITS);
      expect(queries.versionReads).toBe(1);
      for (let i = 0; i < 5; i++) expect(await answers.current(STORY, DEFAULT_LIMITS)).toBe(first);
      expect(queries.versionReads).toBe(1);

      queries.project(4);
      FakeClient.last!.notify(`${STORY} 13`);
      const changed = await answers.current(STORY, DEFAULT_LIMITS);
      expect(articlesIn(changed)).toBe(4);
      expect(queries.versionReads).toBe(2);
      expect(await answers.current(STORY, DEFAULT_LIMITS)).toBe(changed);
      expect(queries.versionReads).toBe(2);
    });

    it('keeps answers a notification does not make out of date, and drops everything on "*"', async () => {
      const first = await answers.current(STORY, DEFAULT_LIMITS);
      FakeClient.last!.notify(`${STORY} 10`); // the version it was built from: nothing changed
      FakeClient.last!.notify('other-story 3');
      expect(await answers.current(STORY, DEFAULT_LIMITS)).toBe(first);
      expect(queries.versionReads).toBe(1);
      FakeClient.last!.notify('*');
      await answers.current(STORY, DEFAULT_LIMITS);
      expect(queries.versionReads).toBe(2);
      FakeClient.last!.notify(`${STORY} deleted`);
      queries.stories.delete(STORY);
      await expect(answers.current(STORY, DEFAULT_LIMITS)).rejects.toThrow(/not found/i);
    });

    it('does not trust an answer whose story changed while it was being checked', async () => {
      const pending = answers.current(STORY, DEFAULT_LIMITS);
      // The change is announced before the version read returns.
      FakeClient.last!.notify(`${STORY} 13`);
      await pending;
      await answers.current(STORY, DEFAULT_LIMITS);
      expect(queries.versionReads).toBe(2);
    });

    it('checks every request again while the connection is lost, and trusts again once it is back', async () => {
      await answers.current(STORY, DEFAULT_LIMITS);
      await answers.current(STORY, DEFAULT_LIMITS);
      expect(queries.versionReads).toBe(1);
      const lost = FakeClient.last!;
      lost.drop();
      expect(changes.epoch).toBe(-1);
      // Changes made now are not announced to us: each request reads the version.
      queries.project(4);
      expect(articlesIn(await answers.current(STORY, DEFAULT_LIMITS))).toBe(4);
      expect(articlesIn(await answers.current(STORY, DEFAULT_LIMITS))).toBe(4);
      expect(queries.versionReads).toBe(3);
      // Notifications on the old connection are ignored; a new one starts a new session.
      await until(() => changes.epoch >= 0 && FakeClient.last !== lost);
      await answers.current(STORY, DEFAULT_LIMITS);
      await answers.current(STORY, DEFAULT_LIMITS);
      expect(queries.versionReads).toBe(4);
    }, 10_000);
  });
});
