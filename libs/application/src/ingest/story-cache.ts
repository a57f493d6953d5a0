import type { StoryState } from '@storyline/domain';

/** An article of the story as near-duplicate detection compares it: its shingle hashes, sorted. */
export interface StoryArticleShingles {
  readonly articleId: string;
  readonly publishedAt: string | null;
  readonly shingles: Uint32Array;
}

/** A story as of one version of its stream. */
export interface CachedStory {
  readonly version: number;
  readonly state: StoryState;
  readonly articles: readonly StoryArticleShingles[];
}

/**
 * The stories this process ingested into most recently, so that the next article of a story
 * neither reads and folds the story's whole stream nor reads every article's shingles again.
 * An entry is only a guess: the ingestion appends with the entry's version as the expected one,
 * so an entry that another writer made stale (an editor's review, an ingestion in another
 * process) fails that append, is dropped and the article is decided again on the stream.
 */
export class StoryCache {
  private readonly entries = new Map<string, CachedStory>();

  constructor(private readonly capacity = 512) {}

  get(storyId: string): CachedStory | undefined {
    const entry = this.entries.get(storyId);
    if (entry) {
      // Most recently used last: the first key is the one to evict.
      this.entries.delete(storyId);
      this.entries.set(storyId, entry);
    }
    return entry;
  }

  /** Keeps `entry` unless a newer version of the story is already known. */
  remember(storyId: string, entry: CachedStory): void {
    const known = this.entries.get(storyId);
    if (known && known.version > entry.version) return;
    this.entries.delete(storyId);
    this.entries.set(storyId, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(storyId: string): void {
    this.entries.delete(storyId);
  }

  get size(): number {
    return this.entries.size;
  }
}
