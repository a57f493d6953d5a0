import type { StoryCommand } from './commands';
import { storyDecider } from './decider';
import { ArticleNotInStory, DevelopmentNotFound, InvalidStoryCommand } from './errors';
import { deciderSpec } from './testing/decider-spec';
import { article, falcon, ingest, run, STORY_ID } from './testing/stories';

const spec = deciderSpec(storyDecider(STORY_ID));
const harbor = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' });
const ledger = article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' });
const people = ['Pavel Dunmore', 'Idris Kallas', 'Marta Olsen'];
const quoted = () => run([ingest(harbor, [falcon.movedQuote('Pavel Dunmore')], { people }), ingest(ledger, [falcon.movedQuote('Idris Kallas')], { people })]);
const approve = (developmentId: string): StoryCommand => ({ type: 'ApproveDevelopment', data: { storyId: STORY_ID, developmentId, editor: 'desk@example.org' } });
const reject = (developmentId: string, reason = 'misattributed'): StoryCommand => ({
  type: 'RejectDevelopment',
  data: { storyId: STORY_ID, developmentId, editor: 'desk@example.org', reason },
});
const amend = (developmentId: string, slots: Record<string, string>): StoryCommand => ({
  type: 'AmendDevelopment',
  data: { storyId: STORY_ID, developmentId, editor: 'desk@example.org', slots, reason: 'checked the recording' },
});

describe('editor review', () => {
  it('approving marks the fact approved', () => {
    spec
      .given(quoted().events)
      .when(approve('harbor-1:0'))
      .thenState((state, events) => {
        expect(events).toEqual([{ type: 'DevelopmentApproved', data: { developmentId: 'harbor-1:0', editor: 'desk@example.org' } }]);
        expect(state.facts[0].reviewStatus).toBe('approved');
      });
  });

  it('approving twice decides nothing', () => {
    const { events } = quoted();
    spec.given([...events, { type: 'DevelopmentApproved', data: { developmentId: 'harbor-1:0', editor: 'x' } }]).when(approve('harbor-1:0')).then([]);
  });

  it('a rejected development drops out of its fact and out of the contradiction it fed', () => {
    spec
      .given(quoted().events)
      .when(reject('ledger-1:0'))
      .thenState((state, events) => {
        expect(events).toEqual([{ type: 'DevelopmentRejected', data: { developmentId: 'ledger-1:0', editor: 'desk@example.org', reason: 'misattributed' } }]);
        expect(state.facts[0].sources.map((s) => s.articleId)).toEqual(['harbor-1']);
        expect(state.contradictions).toEqual([]);
      });
  });

  it('a fact whose only development is rejected disappears', () => {
    spec
      .given(run([ingest(harbor, [falcon.rebuke()])]).events)
      .when(reject('harbor-1:0', 'not a rebuke'))
      .thenState((state) => expect(state.facts).toEqual([]));
  });

  it('an amendment carries the full amended slots and the fact shows them', () => {
    spec
      .given(quoted().events)
      .when(amend('ledger-1:0', { speaker: 'Pavel Dunmore' }))
      .thenState((state, events) => {
        expect(events).toEqual([
          {
            type: 'DevelopmentAmended',
            data: { developmentId: 'ledger-1:0', editor: 'desk@example.org', slots: { speaker: 'Pavel Dunmore', quote: 'deeply moved' }, reason: 'checked the recording' },
          },
        ]);
        expect(state.facts[0]).toMatchObject({ reviewStatus: 'amended', independentOutlets: 2 });
        expect(state.contradictions).toEqual([]);
      });
  });

  it('an amendment that creates a disagreement announces it', () => {
    spec
      .given(run([ingest(harbor, [falcon.movedQuote('Pavel Dunmore')], { people }), ingest(ledger, [falcon.movedQuote('Pavel Dunmore')], { people })]).events)
      .when(amend('ledger-1:0', { speaker: 'Marta Olsen' }))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['DevelopmentAmended', 'ContradictionNoted']));
  });

  it('an amendment that changes nothing decides nothing', () => {
    spec.given(quoted().events).when(amend('harbor-1:0', { speaker: 'Pavel Dunmore' })).then([]);
  });

  it('refuses slots the type does not have, empty values and anonymous editors', () => {
    const { events } = quoted();
    spec.given(events).when(amend('harbor-1:0', { giver: 'Someone' })).thenThrows(InvalidStoryCommand, /no slot giver/);
    spec.given(events).when(amend('harbor-1:0', { speaker: ' ' })).thenThrows(InvalidStoryCommand, /must not be empty/);
    spec.given(events).when({ type: 'ApproveDevelopment', data: { storyId: STORY_ID, developmentId: 'harbor-1:0', editor: '' } }).thenThrows(InvalidStoryCommand);
  });

  it('refuses to review a development the story does not have', () => {
    spec.given(quoted().events).when(approve('nowhere:0')).thenThrows(DevelopmentNotFound);
  });
});

describe('merging stories and moving articles', () => {
  it('merging closes the source story and points at the target', () => {
    spec
      .given(quoted().events)
      .when({ type: 'MergeStories', data: { storyId: STORY_ID, targetStoryId: 'story-b', editor: 'desk' } })
      .thenState((state, events) => {
        expect(events).toEqual([{ type: 'StoriesMerged', data: { sourceStoryId: STORY_ID, targetStoryId: 'story-b', editor: 'desk' } }]);
        expect(state.mergedInto).toBe('story-b');
      });
  });

  it('a story cannot be merged into itself', () => {
    spec.given(quoted().events).when({ type: 'MergeStories', data: { storyId: STORY_ID, targetStoryId: STORY_ID, editor: 'desk' } }).thenThrows(InvalidStoryCommand);
  });

  it('moving an article takes it and its developments out of the story', () => {
    spec
      .given(quoted().events)
      .when({ type: 'MoveArticle', data: { storyId: STORY_ID, articleId: 'ledger-1', toStoryId: 'story-b', editor: 'desk' } })
      .thenState((state, events) => {
        expect(events).toEqual([{ type: 'ArticleMoved', data: { articleId: 'ledger-1', fromStoryId: STORY_ID, toStoryId: 'story-b', editor: 'desk' } }]);
        expect(state.articles.map((a) => a.articleId)).toEqual(['harbor-1']);
        expect(state.contradictions).toEqual([]);
      });
  });

  it('refuses to move an article the story does not have', () => {
    spec.given(quoted().events).when({ type: 'MoveArticle', data: { storyId: STORY_ID, articleId: 'nope', toStoryId: 'story-b', editor: 'desk' } }).thenThrows(ArticleNotInStory);
  });
});
