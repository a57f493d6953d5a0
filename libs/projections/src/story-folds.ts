import { foldEvents, initialState, type StoryEvent, type StoryState } from '@storyline/domain';
import type { RecordedEvent } from '@storyline/event-store';

/**
 * A story folded from the first event of its stream up to `version`, with what its changelog
 * positions need. It depends on the log alone (events are never changed once appended), so it
 * stays true whatever happens to the transaction that computed it.
 */
export interface StoryFold {
  readonly storyId: string;
  readonly state: StoryState;
  /** Stream version of the last event folded; 0 before the first. */
  readonly version: number;
  /** Global position of that event. */
  readonly position: number;
  /** Per article, the position of its latest `ArticleLinked`. */
  readonly linkedAt: ReadonlyMap<string, number>;
  /** Per development, the latest position at which an editor reviewed it. */
  readonly reviewedAt: ReadonlyMap<string, number>;
}

const REVIEWS: ReadonlySet<string> = new Set(['DevelopmentApproved', 'DevelopmentRejected', 'DevelopmentAmended']);

export const emptyFold = (storyId: string): StoryFold => ({
  storyId,
  state: initialState(storyId),
  version: 0,
  position: 0,
  linkedAt: new Map(),
  reviewedAt: new Map(),
});

/** True when `events` are exactly a stream's next events after `version`: versions version+1, version+2, ... */
export function continues(version: number, events: readonly RecordedEvent[]): boolean {
  return events.length > 0 && events.every((event, i) => event.streamVersion === version + 1 + i);
}

/** `fold` with `events` (the stream's next events, in version order) folded in; `fold` itself is left as it was. */
export function foldMore(fold: StoryFold, events: readonly RecordedEvent[]): StoryFold {
  if (!continues(fold.version, events)) throw new Error(`events of story ${fold.storyId} do not follow version ${fold.version}`);
  return foldOnto(fold, events);
}

/** A story's whole stream, as the store returns it, folded. */
export const foldStream = (storyId: string, stream: readonly RecordedEvent[]): StoryFold => foldOnto(emptyFold(storyId), stream);

function foldOnto(fold: StoryFold, events: readonly RecordedEvent[]): StoryFold {
  const linkedAt = new Map(fold.linkedAt);
  const reviewedAt = new Map(fold.reviewedAt);
  for (const e of events) {
    const data = e.data as { articleId?: string; developmentId?: string };
    if (e.type === 'ArticleLinked' && data.articleId) linkedAt.set(data.articleId, e.position);
    if (REVIEWS.has(e.type) && data.developmentId) reviewedAt.set(data.developmentId, Math.max(reviewedAt.get(data.developmentId) ?? 0, e.position));
  }
  const last = events[events.length - 1]!;
  return {
    storyId: fold.storyId,
    state: foldEvents(events as unknown as StoryEvent[], fold.state),
    version: last.streamVersion,
    position: last.position,
    linkedAt,
    reviewedAt,
  };
}

/**
 * Recently folded stories, so that a batch folds only its own events onto what earlier batches
 * built instead of reading and folding whole streams again. Bounded by the events the kept
 * folds hold (a story of 100 events keeps roughly 60 KB); the least recently used go first.
 */
export class StoryFoldCache {
  private readonly folds = new Map<string, StoryFold>();
  private events = 0;

  constructor(readonly maxEvents = 100_000) {}

  get size(): number {
    return this.folds.size;
  }

  /** The kept fold of a story, removed from the cache: the caller puts back what it folds next. */
  take(storyId: string): StoryFold | undefined {
    const fold = this.folds.get(storyId);
    if (fold) this.remove(storyId, fold);
    return fold;
  }

  put(fold: StoryFold): void {
    const kept = this.folds.get(fold.storyId);
    if (kept) this.remove(fold.storyId, kept);
    if (fold.version > this.maxEvents) return;
    this.folds.set(fold.storyId, fold);
    this.events += fold.version;
    for (const [storyId, oldest] of this.folds) {
      if (this.events <= this.maxEvents) break;
      this.remove(storyId, oldest);
    }
  }

  clear(): void {
    this.folds.clear();
    this.events = 0;
  }

  private remove(storyId: string, fold: StoryFold): void {
    this.folds.delete(storyId);
    this.events -= fold.version;
  }
}
