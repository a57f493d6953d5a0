import type { EventStore, RecordedEvent } from '@storyline/event-store';
import type { Projection } from '../projection';
import { StoriesProjection } from '../stories.projection';

/** The stories projection, recording into `applied` the position of every event it applies. */
export function countingStoriesProjection(store: EventStore, applied: number[]): Projection {
  const inner = new StoriesProjection(store);
  return {
    name: inner.name,
    handles: inner.handles,
    reset: inner.reset.bind(inner),
    apply: async (trx: Parameters<typeof inner.apply>[0], events: readonly RecordedEvent[]) => {
      await inner.apply(trx, events);
      applied.push(...events.map((e) => e.position));
    },
  };
}
