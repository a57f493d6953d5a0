import { storyDecider } from './decider';
import { InvalidStoryCommand, StoryAlreadyOpened, StoryClosed, StoryNotFound } from './errors';
import type { StoryEvent } from './events';
import { deciderSpec } from './testing/decider-spec';
import { article, falcon, finding, ingest, run, STORY_ID } from './testing/stories';

const spec = deciderSpec(storyDecider(STORY_ID));
const first = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04', title: 'A falcon for the prime minister' });
const GIFT_KEY = 'ClaimReported:gift:marta olsen|idris kallas|statue';

describe('ingesting an article', () => {
  it('opens a new story, links the article and records each finding as a development', () => {
    spec
      .given([])
      .when(ingest(first, [falcon.giftGiven()], { isNewStory: true, people: ['Marta Olsen', 'Idris Kallas'] }))
      .then([
        { type: 'StoryOpened', data: { storyId: STORY_ID, title: 'A falcon for the prime minister', openedBy: 'harbor-1' } },
        {
          type: 'ArticleLinked',
          data: {
            storyId: STORY_ID,
            articleId: 'harbor-1',
            source: 'Harbor Times',
            publishedAt: '2025-03-04',
            dateInferred: false,
            url: null,
            title: 'A falcon for the prime minister',
            nearDuplicateOf: null,
            entities: { people: ['Marta Olsen', 'Idris Kallas'], organizations: [], places: [] },
            datedFacts: [],
          },
        },
        {
          type: 'GiftGiven',
          data: {
            developmentId: 'harbor-1:0',
            articleId: 'harbor-1',
            slots: { giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a bronze falcon statue', intermediary: 'Pavel Dunmore' },
            evidence: 'Olsen gave Kallas a bronze falcon statue',
            confidence: 0.9,
            occurredAt: '2025-02',
            factKey: GIFT_KEY,
          },
        },
      ]);
  });

  it('titles an untitled story after its main development, not the reactions quoted before it', () => {
    spec
      .given([])
      .when(ingest(article('a'), [falcon.movedQuote('Idris Kallas'), falcon.giftGiven()], { isNewStory: true }))
      .thenEvents(([opened]) => expect(opened).toMatchObject({ data: { title: 'Gift reported: Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore' } }));
  });

  it('leaves optional slots that were not found out of the development', () => {
    const partial = finding('GiftGiven', { giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a statue', intermediary: undefined });
    spec
      .given([])
      .when(ingest(first, [partial], { isNewStory: true }))
      .thenState((state, events) => {
        expect(events[2].data).toMatchObject({ slots: { giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a statue' } });
        expect(Object.keys((events[2].data as { slots: object }).slots)).toEqual(['giver', 'recipient', 'item']);
        expect(state.facts[0].slots).toEqual({ giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a statue' });
      });
  });

  it('refuses an article for a story that was never opened', () => {
    spec.given([]).when(ingest(first, [], { isNewStory: false })).thenThrows(StoryNotFound);
  });

  it('refuses to open a story twice', () => {
    const { events } = run([ingest(first, [])]);
    spec.given(events).when(ingest(article('other'), [], { isNewStory: true })).thenThrows(StoryAlreadyOpened);
  });

  it('decides nothing for an article already in the story, so retries are safe', () => {
    const { events } = run([ingest(first, [falcon.giftGiven()])]);
    spec.given(events).when(ingest(first, [falcon.giftGiven()])).then([]);
  });

  it('refuses articles once the story was merged into another', () => {
    const merged: StoryEvent = { type: 'StoriesMerged', data: { sourceStoryId: STORY_ID, targetStoryId: 'story-b', editor: 'ed' } };
    const { events } = run([ingest(first, [])]);
    spec.given([...events, merged]).when(ingest(article('late'), [])).thenThrows(StoryClosed);
  });

  it('refuses malformed dates and confidences with what is wrong', () => {
    const bad = ingest(article('x', { publishedAt: '2025-13-01' }), [{ ...falcon.giftGiven(), confidence: 1.5 }], { isNewStory: true });
    spec.given([]).when(bad).thenThrows(InvalidStoryCommand, /publishedAt 2025-13-01 is not a date; finding 0: confidence/);
  });

  it('refuses a command addressed to another story', () => {
    spec.given([]).when(ingest(first, [], { isNewStory: true, storyId: 'elsewhere' })).thenThrows(InvalidStoryCommand);
  });

  it('keeps an undated article undated and dates its facts by when they happened', () => {
    spec
      .given([])
      .when(ingest(article('undated'), [falcon.rebuke()], { isNewStory: true }))
      .thenState((state) => {
        expect(state.articles[0].publishedAt).toBeNull();
        expect(state.lastUpdated).toBeNull();
        expect(state.facts[0].firstReported).toEqual({ articleId: 'undated', source: null, date: '2025-04-20' });
      });
  });
});
