import { ApplicationError } from '@storyline/application';
import { foldEvents, initialState, storyView, type StoryEvent, type StoryView } from '@storyline/domain';
import { longStoryEvents } from '../../../../test/support/long-story';
import { DEFAULT_LIMITS, LONG_STORY_LIMITS, WHOLE_STORY_ARTICLES, parseLimit, parseLimits, shapeStory } from './story-shape';

const viewOf = (articles: number): StoryView =>
  storyView(foldEvents(longStoryEvents('s1', { articles, statements: 2 }) as unknown as StoryEvent[], initialState('s1')));

describe('shapeStory', () => {
  it('answers a story of up to 50 articles whole by default, with counts added', () => {
    const view = viewOf(WHOLE_STORY_ARTICLES);
    const shaped = shapeStory(view, DEFAULT_LIMITS);
    expect(shaped.truncated).toBe(false);
    expect(shaped.articleCount).toBe(50);
    expect(shaped.articles).toEqual(view.articles);
    expect(shaped.facts).toHaveLength(2);
    for (const [i, fact] of shaped.facts.entries()) {
      expect(fact.sources).toEqual(view.facts[i]!.sources);
      expect(fact.developmentIds).toEqual(view.facts[i]!.developmentIds);
      expect(fact).toMatchObject({ sourceCount: 50, developmentCount: 50 });
    }
    // Nothing else changes: without the added counts the answer is the view.
    const { articleCount: _a, truncated: _t, ...rest } = shaped;
    expect({ ...rest, facts: rest.facts.map(({ sourceCount: _s, developmentCount: _d, ...f }) => f) }).toEqual(view);
  });

  it('summarises a longer story by default: the first articles and sources, in coverage order, with the totals', () => {
    const view = viewOf(WHOLE_STORY_ARTICLES + 1);
    const shaped = shapeStory(view, DEFAULT_LIMITS);
    expect(shaped.truncated).toBe(true);
    expect(shaped.articleCount).toBe(51);
    expect(shaped.articles).toEqual(view.articles.slice(0, LONG_STORY_LIMITS.articles));
    for (const [i, fact] of shaped.facts.entries()) {
      expect(fact.sources).toEqual(view.facts[i]!.sources.slice(0, LONG_STORY_LIMITS.sources));
      expect(fact.sourceCount).toBe(51);
      expect(fact.developmentIds).toHaveLength(LONG_STORY_LIMITS.sources);
      expect(fact.developmentCount).toBe(51);
      // Still the fact's own first report and counts, computed from every source.
      expect(fact.firstReported).toEqual(view.facts[i]!.firstReported);
      expect(fact.independentOutlets).toBe(view.facts[i]!.independentOutlets);
    }
  });

  it('applies a limit that is asked for to any story, leaving the other list to its default', () => {
    const short = shapeStory(viewOf(20), { sources: 5 });
    expect(short.articles).toHaveLength(20);
    expect(short.facts[0]!.sources).toHaveLength(5);
    expect(short.truncated).toBe(true);
    const long = shapeStory(viewOf(130), { articles: null });
    expect(long.articles).toHaveLength(130);
    expect(long.facts[0]!.sources).toHaveLength(LONG_STORY_LIMITS.sources);
  });

  it('gives everything with no limits, and nothing of a list with a zero limit', () => {
    const view = viewOf(130);
    const all = shapeStory(view, { articles: null, sources: null });
    expect(all.truncated).toBe(false);
    expect(all.articles).toHaveLength(130);
    expect(all.facts[0]!.sources).toHaveLength(130);
    const none = shapeStory(view, { articles: 0, sources: 0 });
    expect(none.articles).toEqual([]);
    expect(none.facts[0]!.sources).toEqual([]);
    expect(none.facts[0]!.sourceCount).toBe(130);
    expect(none.truncated).toBe(true);
  });

  it('caps the article ids of each contradicting value', () => {
    const view = viewOf(3);
    const contradicted: StoryView = {
      ...view,
      contradictions: [{ field: 'date', factKey: 'k', subject: 's', values: [{ value: '2025-03', articleIds: ['a', 'b', 'c'] }, { value: '2025-04', articleIds: ['d'] }] }],
    } as unknown as StoryView;
    const shaped = shapeStory(contradicted, { articles: null, sources: 2 });
    expect(shaped.contradictions[0]!.values).toEqual([
      { value: '2025-03', articleIds: ['a', 'b'], articleCount: 3 },
      { value: '2025-04', articleIds: ['d'], articleCount: 1 },
    ]);
    expect(shaped.truncated).toBe(true);
  });
});

describe('parseLimits', () => {
  it('reads all, whole numbers, and defaults', () => {
    expect(parseLimits({})).toEqual({ articles: undefined, sources: undefined });
    expect(parseLimits({ articles: 'all', sources: '7' })).toEqual({ articles: null, sources: 7 });
    expect(parseLimits({ articles: '0', sources: '' })).toEqual({ articles: 0, sources: undefined });
  });

  it.each([['-1'], ['1.5'], ['ten'], ['ALL'], ['100001'], [['1', '2']]])('refuses %j with a message that says what is wrong', (value) => {
    expect(() => parseLimit('sources', value)).toThrow(ApplicationError);
    expect(() => parseLimit('sources', value)).toThrow(/sources must be "all" or a whole number from 0 to 100000/);
  });
});
