import { createHash } from 'node:crypto';
import { notFound } from '@storyline/application';
import type { StoryView } from '@storyline/domain';
import { StoryQueries, type StoryVersions, type VersionedJson } from '@storyline/projections';
import { LRUCache } from 'lru-cache';
import { limitsKey, shapeStory, type StoryLimits } from './story-shape';
import { VersionGate } from './version-gate';

/** A serialised answer to GET /stories/:id, ready to send. */
export interface StoryAnswer {
  /** The stream version it was built from. */
  readonly version: number;
  readonly body: Buffer;
  /** Strong validator of the body. */
  readonly etag: string;
}

export interface StoryAnswersOptions {
  /** Bytes of serialised answers kept in memory; default 64 MiB. */
  maxBytes?: number;
}

/**
 * GET /stories/:id and its `asOf` variant, answered from memory while the story has not changed.
 *
 * Answers are kept serialised (body and ETag), keyed by story, `asOf` date and limits, with the
 * stream version they were built from. Every request first reads the story's current versions
 * through a {@link VersionGate} (one indexed query shared by all requests that arrive together,
 * and always started after the request arrived), and a kept answer is served only if it is at
 * least that recent. So a change is served as soon as it is committed, whichever process
 * committed it, and the database does one small query per batch of requests instead of reading
 * and sending megabytes of state per request.
 */
export class StoryAnswers {
  private readonly gate: VersionGate<string, StoryVersions>;
  private readonly cache: LRUCache<string, StoryAnswer>;
  /** Answers being built, by cache key and version, so a burst of misses builds each once. */
  private readonly building = new Map<string, Promise<StoryAnswer>>();

  constructor(
    private readonly queries: StoryQueries,
    options: StoryAnswersOptions = {},
  ) {
    this.gate = new VersionGate((storyIds) => queries.versions(storyIds));
    this.cache = new LRUCache<string, StoryAnswer>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (answer, key) => answer.body.length + key.length + 200,
    });
  }

  /** The story as projected now. */
  async current(storyId: string, limits: StoryLimits): Promise<StoryAnswer> {
    const versions = await this.gate.get(storyId);
    if (versions?.state == null) throw notFound('story', storyId);
    return this.answer(`${storyId}|now|${limitsKey(limits)}`, versions.state, limits, () => this.queries.stateWithVersion(storyId));
  }

  /** What was known at `asOf`, folded from the story's stream as it is now. */
  async asOf(storyId: string, asOf: string, limits: StoryLimits): Promise<StoryAnswer> {
    const versions = await this.gate.get(storyId);
    const stream = versions?.stream;
    if (stream == null) throw notFound('story', storyId);
    return this.answer(`${storyId}|${asOf}|${limitsKey(limits)}`, stream, limits, () => this.queries.stateAsOfWithVersion(storyId, asOf, stream));
  }

  private answer(key: string, version: number, limits: StoryLimits, load: () => Promise<VersionedJson>): Promise<StoryAnswer> {
    const kept = this.cache.get(key);
    if (kept && kept.version >= version) return Promise.resolve(kept);
    const buildKey = `${key}|${version}`;
    let building = this.building.get(buildKey);
    if (!building) {
      building = load()
        .then(({ version: built, json }) => {
          const body = Buffer.from(JSON.stringify(shapeStory(JSON.parse(json) as StoryView, limits)));
          const answer: StoryAnswer = { version: built, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
          const current = this.cache.get(key);
          if (!current || current.version < answer.version) this.cache.set(key, answer);
          return answer;
        })
        .finally(() => this.building.delete(buildKey));
      this.building.set(buildKey, building);
    }
    return building;
  }
}
