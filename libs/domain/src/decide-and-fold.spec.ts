import { decide, decideAndFold } from './decide';
import type { StoryEvent } from './events';
import { foldEvents, initialState } from './evolve';
import type { StoryState } from './state';
import { article, falcon, ingest, STORY_ID } from './testing/stories';

/** Coverage with a corroboration, a syndicated copy, a contradiction on the value and a review. */
function coverage(): { state: StoryState; steps: Array<(state: StoryState) => Parameters<typeof decide>[0]> } {
  const steps: Array<(state: StoryState) => Parameters<typeof decide>[0]> = [
    () => ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftGiven({ value: '$10,000' })], { isNewStory: true, people: ['Marta Olsen'] }),
    () => ingest(article('valley-1', { source: 'Valley Post', publishedAt: '2025-03-05' }), [falcon.giftGiven({ value: '$12,000' }), falcon.giftConfirmed()], { people: ['Idris Kallas'] }),
    () => ingest(article('valley-2', { source: 'Valley Wire', publishedAt: '2025-03-05', nearDuplicateOf: 'valley-1' }), [falcon.giftConfirmed()]),
    (state) => ({ type: 'ApproveDevelopment', data: { storyId: STORY_ID, developmentId: Object.keys(state.ledger.developments)[0]!, editor: 'ed' } }),
    () => ingest(article('north-1', { source: 'Northern Ledger', publishedAt: '2025-04-18' }), [falcon.sculptorRevealed(), falcon.rebuke()]),
  ];
  return { state: initialState(STORY_ID), steps };
}

describe('deciding and folding in one step', () => {
  it('gives the events decide gives and the state folding them gives', () => {
    const { steps } = coverage();
    let state = initialState(STORY_ID);
    for (const step of steps) {
      const command = step(state);
      const decided = decideAndFold(command, state);
      const events: StoryEvent[] = decide(command, state);
      expect(decided.events).toEqual(events);
      expect(decided.state).toEqual(foldEvents(events, state));
      state = decided.state;
    }
    expect(state.articles).toHaveLength(4);
    expect(state.contradictions.length).toBeGreaterThan(0);
  });

  it('leaves the state as it was when the article is already in the story', () => {
    const first = ingest(article('harbor-1', { publishedAt: '2025-03-04' }), [falcon.giftGiven()], { isNewStory: true });
    const { state } = decideAndFold(first, initialState(STORY_ID));
    const again = decideAndFold({ ...first, data: { ...first.data, isNewStory: false } }, state);
    expect(again.events).toEqual([]);
    expect(again.state).toBe(state);
  });
});
