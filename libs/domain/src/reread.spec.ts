import { decideAndFold } from './decide';
import { ArticleNotInStory } from './errors';
import type { RereadArticle } from './commands';
import { foldEvents } from './evolve';
import { normalizeState } from './normalize-state';
import { readingContext } from './reading-context';
import { article, falcon, ingest, run, STORY_ID } from './testing/stories';

/** An undated article read again once the story knows more: the same as reading it that way at first. */
const people = ['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore'];
const harbor = ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftGiven()], { people });
const undated = article('blog-1');
const firstReading = ingest(undated, [falcon.movedQuote('Dunmore')], { people: ['Dunmore'] });
const laterReading = { ...undated, publishedAt: '2025-03', dateInferred: true };

const reread = (of = laterReading, findings = [falcon.movedQuote('Pavel Dunmore')]): RereadArticle => ({
  type: 'RereadArticle',
  data: { storyId: STORY_ID, article: of, findings, datedFacts: [], entities: { people: ['Pavel Dunmore'], organizations: [], places: [], terms: {} } },
});

describe('rereading an article', () => {
  it('replaces its link and developments, reaching the state of reading it that way at first', () => {
    const before = run([firstReading, harbor]);
    const { events, state } = decideAndFold(reread(), before.state);
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(['ArticleReread', 'ArticleLinked', 'StatementIssued']);
    expect(foldEvents(events, before.state)).toEqual(state);
    const direct = run([harbor, ingest(laterReading, [falcon.movedQuote('Pavel Dunmore')], { people: ['Pavel Dunmore'] })]);
    expect(normalizeState(state)).toEqual(normalizeState(direct.state));
  });

  it('decides nothing when the new reading records what the old one did', () => {
    const before = run([harbor, ingest(laterReading, [falcon.movedQuote('Pavel Dunmore')], { people: ['Pavel Dunmore'] })]);
    expect(decideAndFold(reread(), before.state).events).toEqual([]);
  });

  it('lends the events that dated articles date, not those of undated ones, whose reading depends on this one', () => {
    const reveal = { subject: 'reveal', field: 'date' as const, value: '2025-03-04', evidence: 'was unmasked on Tuesday' };
    const guessed = { subject: 'vote', field: 'date' as const, value: '2025-02', evidence: 'voted last month' };
    const { state } = run([
      ingest(article('harbor-1', { publishedAt: '2025-03-04' }), [], { datedFacts: [reveal] }),
      ingest({ ...article('blog-2'), publishedAt: '2025-03', dateInferred: true }, [], { datedFacts: [guessed] }),
    ]);
    expect(readingContext(state, 'blog-1').storyEvents).toEqual([{ subject: 'reveal', date: '2025-03-04' }]);
  });

  it('refuses an article the story does not have', () => {
    const before = run([harbor]);
    expect(() => decideAndFold(reread(), before.state)).toThrow(ArticleNotInStory);
  });

  it('reads an article against the other articles of the story only', () => {
    const { state } = run([harbor, firstReading, ingest(article('ledger-1', { publishedAt: '2025-03-05' }), [], { people: ['Lena Hart'] })]);
    expect(readingContext(state, 'blog-1')).toEqual({ storyDates: ['2025-03-04', '2025-03-05'], knownPeople: ['Idris Kallas', 'Lena Hart', 'Marta Olsen', 'Pavel Dunmore'], storyEvents: [] });
    expect(readingContext(state, 'harbor-1').storyDates).toEqual(['2025-03-05']);
  });
});
