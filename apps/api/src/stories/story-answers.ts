import { createHash } from 'node:crypto';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { notFound } from '@storyline/application';
import type { StoryView } from '@storyline/domain';
import type { StoryQueries, VersionedJson } from '@storyline/projections';
import { LRUCache } from 'lru-cache';
import type { StoryChange, StoryChanges } from './story-changes';
import { limitsKey, shapeStory, type StoryLimits } from './story-shape';
import { VersionGate } from './version-gate';

/** A serialised answer to GET /stories/:id, ready to send. */
export interface StoryAnswer {
  /** The version of the projected story it was built from. */
  readonly version: number;
  readonly body: Buffer;
  /** Strong validator of the body. */
  readonly etag: string;
}

interface Kept extends StoryAnswer {
  readonly storyId: string;
  /** The listening session in which this answer was last confirmed current; -1 for none. */
  trusted: number;
}

export interface StoryAnswersOptions {
  /** Bytes of serialised answers kept in memory; default 64 MiB. */
  maxBytes?: number;
}

/**
 * GET /stories/:id and its `asOf` variant, answered from memory while the story has not changed.
 *
 * Answers are kept serialised (body and ETag) per story, `asOf` date and limits, with the version
 * of the projected story they were built from; `asOf` answers fold exactly that much of the log,
 * so both follow the projection.
 *
 * Freshness. A kept answer is served as it is only while {@link StoryChanges} is listening and
 * has confirmed it in the current session: the trigger on `story_state` announces every change
 * at commit, and the announcement drops the story's answers. Otherwise (first request after a
 * change, PGlite, the listening connection lost) the request reads the story's version through a
 * {@link VersionGate}, one indexed query shared by the requests that arrive together and always
 * started after them, and an answer older than that version is never served.
 */
export class StoryAnswers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly gate: VersionGate<string, number>;
  private readonly cache: LRUCache<string, Kept>;
  /** Cache keys by story, for dropping a story's answers when it changes. */
  private readonly keysOf = new Map<string, Set<string>>();
  /** Answers being built, by cache key and version, so a burst of misses builds each once. */
  private readonly building = new Map<string, Promise<Kept>>();

  constructor(
    private readonly queries: StoryQueries,
    private readonly changes: StoryChanges,
    options: StoryAnswersOptions = {},
  ) {
    this.gate = new VersionGate((storyIds) => queries.stateVersions(storyIds));
    this.cache = new LRUCache<string, Kept>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (answer, key) => answer.body.length + key.length + 200,
      dispose: (answer, key, reason) => {
        if (reason === 'set') return; // replaced under the same key
        const keys = this.keysOf.get(answer.storyId);
        keys?.delete(key);
        if (keys?.size === 0) this.keysOf.delete(answer.storyId);
      },
    });
    changes.subscribe((change) => this.forget(change));
  }

  /** Whether changes are being heard, so confirmed answers are served without a version read. */
  get listening(): boolean {
    return this.changes.epoch >= 0;
  }

  onApplicationBootstrap(): void {
    this.changes.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.changes.stop();
  }

  /** The story as projected now. */
  current(storyId: string, limits: StoryLimits): Promise<StoryAnswer> {
    return this.serve(storyId, `${storyId}|now|${limitsKey(limits)}`, limits, () => this.queries.stateWithVersion(storyId));
  }

  /** What was known at `asOf`, folded from the story's events up to its projected version. */
  asOf(storyId: string, asOf: string, limits: StoryLimits): Promise<StoryAnswer> {
    return this.serve(storyId, `${storyId}|${asOf}|${limitsKey(limits)}`, limits, (version) => this.queries.stateAsOfWithVersion(storyId, asOf, version));
  }

  private async serve(storyId: string, key: string, limits: StoryLimits, load: (version: number) => Promise<VersionedJson>): Promise<StoryAnswer> {
    const kept = this.cache.get(key);
    const epoch = this.changes.epoch;
    if (kept && epoch >= 0 && kept.trusted === epoch) return kept;
    // Watch from before the version read: a change announced meanwhile must not be trusted away.
    const watch = this.changes.watch(storyId);
    try {
      const version = await this.gate.get(storyId);
      if (version === undefined) throw notFound('story', storyId);
      const answer = kept && kept.version >= version ? kept : await this.build(key, storyId, version, limits, load);
      if (!watch.changed && epoch >= 0 && this.changes.epoch === epoch && this.cache.peek(key) === answer) answer.trusted = epoch;
      return answer;
    } finally {
      watch.release();
    }
  }

  private build(key: string, storyId: string, version: number, limits: StoryLimits, load: (version: number) => Promise<VersionedJson>): Promise<Kept> {
    const buildKey = `${key}|${version}`;
    let building = this.building.get(buildKey);
    if (!building) {
      building = load(version)
        .then(({ version: built, json }) => {
          const body = Buffer.from(JSON.stringify(shapeStory(JSON.parse(json) as StoryView, limits)));
          const answer: Kept = { storyId, version: built, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, trusted: -1 };
          const current = this.cache.peek(key);
          if (!current || current.version < answer.version) this.keep(key, answer);
          return answer;
        })
        .finally(() => this.building.delete(buildKey));
      this.building.set(buildKey, building);
    }
    return building;
  }

  private keep(key: string, answer: Kept): void {
    this.cache.set(key, answer);
    if (!this.cache.has(key)) return; // larger than the whole cache
    let keys = this.keysOf.get(answer.storyId);
    if (!keys) this.keysOf.set(answer.storyId, (keys = new Set()));
    keys.add(key);
  }

  /** Drops what a change makes out of date: the story's answers older than its new version, or everything. */
  private forget(change: StoryChange): void {
    if (change.storyId === null) {
      this.cache.clear();
      return;
    }
    for (const key of [...(this.keysOf.get(change.storyId) ?? [])]) {
      const answer = this.cache.peek(key);
      if (!answer || change.version === null || answer.version < change.version) this.cache.delete(key);
    }
  }
}
