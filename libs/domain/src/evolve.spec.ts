import type { StoryEvent } from './events';
import { evolve, foldEvents, initialState } from './evolve';
import { normalizeState } from './normalize-state';
import { article, falcon, ingest, run, STORY_ID } from './testing/stories';

const { events } = run([
  ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftGiven({ value: '$40,000' })]),
  ingest(article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' }), [falcon.giftGiven({ value: '$4,000' })]),
]);

describe('evolve', () => {
  it('folding a batch equals evolving event by event', () => {
    const stepByStep = events.reduce(evolve, initialState(STORY_ID));
    expect(normalizeState(foldEvents(events, initialState(STORY_ID)))).toEqual(normalizeState(stepByStep));
  });

  it('leaves the state it is given untouched', () => {
    const before = foldEvents(events.slice(0, 2), initialState(STORY_ID));
    const copy = JSON.parse(JSON.stringify(before));
    foldEvents(events.slice(2), before);
    expect(before).toEqual(copy);
  });

  it('derived events change nothing the state does not already compute', () => {
    const state = foldEvents(events, initialState(STORY_ID));
    const derived = events.filter((e) => e.type === 'FactCorroborated' || ('field' in e.data && e.type === 'ContradictionNoted'));
    expect(derived.length).toBeGreaterThan(0);
    for (const event of derived) expect(evolve(state, event)).toBe(state);
  });

  it('produces a JSON-serialisable state', () => {
    const state = foldEvents(events, initialState(STORY_ID));
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('the story title comes from the earliest titled article, whichever opened the story', () => {
    const titled: StoryEvent[] = [
      ...events,
      {
        type: 'ArticleLinked',
        data: { ...article('early', { publishedAt: '2025-03-01', title: 'Falcon on its way' }), storyId: STORY_ID, entities: { people: [], organizations: [], places: [] }, datedFacts: [] },
      },
    ];
    expect(foldEvents(titled, initialState(STORY_ID)).title).toBe('Falcon on its way');
  });
});
