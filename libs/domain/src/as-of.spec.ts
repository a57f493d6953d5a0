import { foldAsOf, stateAsOf } from './as-of';
import { InvalidStoryCommand } from './errors';
import { foldEvents, initialState } from './evolve';
import { normalizeState } from './normalize-state';
import { article, falcon, ingest, run, STORY_ID } from './testing/stories';

const people = ['Marta Olsen', 'Idris Kallas', 'Tomasz Reyes'];
const commands = [
  ingest(article('meridian-1', { source: 'Daily Meridian', publishedAt: '2025-04-22' }), [falcon.sculptorRevealed()], { people }),
  ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftConfirmed()], { people }),
  ingest(article('blog-1', { publishedAt: '2025-04', dateInferred: true }), [falcon.rebuke()], { people }),
  ingest(article('undated-1'), [falcon.giftConfirmed('Lena Hart')], { people }),
];
const { events, state: now } = run(commands);
const types = (state: ReturnType<typeof stateAsOf>) => state.facts.map((fact) => fact.type);

describe('asOf', () => {
  it('shows only what had been published by that date', () => {
    expect(types(stateAsOf(events, '2025-03-31'))).toEqual(['GiftConfirmed']);
    expect(stateAsOf(events, '2025-03-31').lastUpdated).toBe('2025-03-04');
    expect(types(stateAsOf(events, '2025-04-22'))).toEqual(['GiftConfirmed', 'ArtistRevealed']);
  });

  it('before the first article the story is known to exist but knows nothing', () => {
    const empty = stateAsOf(events, '2025-01-01');
    expect(empty.facts).toEqual([]);
    expect(empty.storyId).toBe(STORY_ID);
  });

  it('counts an article dated only by month once that month is over', () => {
    expect(types(stateAsOf(events, '2025-04-29'))).not.toContain('RebukeIssued');
    expect(types(stateAsOf(events, '2025-04-30'))).toContain('RebukeIssued');
    expect(types(stateAsOf(events, '2025-04'))).toContain('RebukeIssued');
  });

  it('leaves undated articles out unless asked, since when they were known is unknown', () => {
    const late = stateAsOf(events, '2030-01-01');
    expect(late.articles.map((a) => a.articleId)).not.toContain('undated-1');
    expect(late.facts[0].sources.map((s) => s.articleId)).toEqual(['harbor-1']);
    const withUndated = stateAsOf(events, '2030-01-01', { includeUndated: true });
    expect(normalizeState(withUndated)).toEqual(normalizeState(now));
  });

  it('applies editor reviews to the developments it shows', () => {
    const rejected = [...events, { type: 'DevelopmentRejected' as const, data: { developmentId: 'meridian-1:0', editor: 'desk', reason: null } }];
    expect(types(stateAsOf(rejected, '2025-04-22'))).toEqual(['GiftConfirmed']);
  });

  it('folds from a snapshot: a stored earlier asOf state plus the events it did not contain', () => {
    const snapshot = stateAsOf(events, '2025-03-31');
    const later = foldAsOf(snapshot, events.filter((e) => e.type !== 'StoryOpened' && !('articleId' in e.data && e.data.articleId === 'harbor-1')), '2025-04-30');
    expect(normalizeState(later)).toEqual(normalizeState(stateAsOf(events, '2025-04-30')));
  });

  it('is a filter and a fold: the same as folding the known articles directly', () => {
    const known = events.filter((e) => !('articleId' in e.data) || ['harbor-1', 'meridian-1'].includes(e.data.articleId));
    expect(normalizeState(stateAsOf(events, '2025-04-22'))).toEqual(normalizeState(foldEvents(known, initialState(STORY_ID))));
  });

  it('refuses a malformed date', () => {
    expect(() => stateAsOf(events, '22/04/2025')).toThrow(InvalidStoryCommand);
  });
});
