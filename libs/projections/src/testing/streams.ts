import type { StoryEvent } from '@storyline/domain';
import type { RecordedEvent } from '@storyline/event-store';
import { article, falcon, ingest, run } from '../../../domain/src/testing/stories';

/** The falcon story as its stream would be read back: versions from 1, positions with gaps. */
export function falconStream(storyId = 'story-falcon'): RecordedEvent[] {
  const people = ['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore'];
  const { events } = run(
    [
      ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftGiven({ value: '$40,000' }), falcon.movedQuote('Dunmore')], { people }),
      ingest(article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' }), [falcon.giftConfirmed(), falcon.movedQuote('Kallas')], { people }),
      ingest(article('wire-1', { source: 'Wire Service', publishedAt: '2025-04-20' }), [falcon.rebuke(), falcon.sculptorRevealed()], { people }),
    ],
    storyId,
  );
  const reviewed: StoryEvent[] = [
    ...events,
    { type: 'DevelopmentRejected', data: { developmentId: 'ledger-1:1', editor: 'desk', reason: 'misattributed' } },
    { type: 'DevelopmentAmended', data: { developmentId: 'wire-1:1', editor: 'desk', reason: null, slots: { person: 'Tomasz Reyes', work: 'the statue' } } },
  ] as StoryEvent[];
  return reviewed.map((event, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    streamId: `story-${storyId}`,
    streamVersion: i + 1,
    position: 65536 * (10 + i) + (i % 3),
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: {},
    recordedAt: new Date(0),
  }));
}

