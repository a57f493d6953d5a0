import { storyDecider } from './decider';
import { deciderSpec } from './testing/decider-spec';
import { article, falcon, ingest, run, STORY_ID } from './testing/stories';

const spec = deciderSpec(storyDecider(STORY_ID));
const harbor = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' });
const ledger = article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' });
const FACT = 'ClaimConfirmed:gift:marta olsen|idris kallas|statue';
const history = () => run([ingest(harbor, [falcon.giftConfirmed()], { people: ['Marta Olsen', 'Idris Kallas'] })]).events;

describe('corroboration', () => {
  it('an independent outlet repeating a known fact corroborates it, and the development is kept for provenance', () => {
    spec
      .given(history())
      .when(ingest(ledger, [falcon.giftConfirmed('Dunmore', 'a statue of a falcon')]))
      .thenEvents((events) => {
        expect(events.map((e) => e.type)).toEqual(['ArticleLinked', 'GiftConfirmed', 'FactCorroborated']);
        expect(events[2]).toEqual({ type: 'FactCorroborated', data: { factKey: FACT, articleId: 'ledger-1', developmentId: 'ledger-1:0', independent: true } });
      });
  });

  it('counts independent outlets on the fact and keeps the first report', () => {
    spec
      .given(history())
      .when(ingest(ledger, [falcon.giftConfirmed()]))
      .thenState((state) => {
        const [fact] = state.facts;
        expect(fact.firstReported).toEqual({ articleId: 'harbor-1', source: 'Harbor Times', date: '2025-03-04' });
        expect(fact.independentOutlets).toBe(2);
        expect(fact.corroborations).toBe(1);
        expect(fact.sources.map((s) => [s.articleId, s.independent])).toEqual([['harbor-1', true], ['ledger-1', true]]);
      });
  });

  it('a syndicated near-copy repeats the fact without counting as independent', () => {
    const copy = article('gazette-1', { source: 'Valley Gazette', publishedAt: '2025-03-06', nearDuplicateOf: 'harbor-1' });
    spec
      .given(history())
      .when(ingest(copy, [falcon.giftConfirmed()]))
      .thenState((state, events) => {
        expect(events.find((e) => e.type === 'FactCorroborated')?.data).toMatchObject({ independent: false });
        expect(state.facts[0].corroborations).toBe(0);
        expect(state.articles.find((a) => a.articleId === 'gazette-1')?.nearDuplicateOf).toBe('harbor-1');
      });
  });

  it('a second article from the same outlet is not a second outlet', () => {
    const followUp = article('harbor-2', { source: 'harbor times', publishedAt: '2025-03-09' });
    spec
      .given(history())
      .when(ingest(followUp, [falcon.giftConfirmed()]))
      .thenState((state, events) => {
        expect(events.find((e) => e.type === 'FactCorroborated')?.data).toMatchObject({ independent: false });
        expect(state.facts[0].independentOutlets).toBe(1);
      });
  });

  it('articles without a named source count as distinct outlets', () => {
    const first = article('a', { publishedAt: '2025-03-04' });
    const second = article('b', { publishedAt: '2025-03-04' });
    const { state } = run([ingest(first, [falcon.giftConfirmed()]), ingest(second, [falcon.giftConfirmed()])]);
    expect(state.facts[0].corroborations).toBe(1);
  });

  it('a new fact is not a corroboration of anything', () => {
    spec
      .given(history())
      .when(ingest(ledger, [falcon.rebuke()]))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ArticleLinked', 'RebukeIssued']));
  });

  it('the copy flagged at ingestion does not decide which side is the original: the earlier article is', () => {
    const original = article('wire-1', { source: 'Wire Service', publishedAt: '2025-03-02' });
    const copy = article('gazette-1', { source: 'Valley Gazette', publishedAt: '2025-03-04' });
    // The copy arrived first, so ingestion flagged the original as the near-duplicate.
    const { state } = run([ingest(copy, [falcon.giftConfirmed()]), ingest({ ...original, nearDuplicateOf: 'gazette-1' }, [falcon.giftConfirmed()])]);
    expect(state.articles.map((a) => [a.articleId, a.nearDuplicateOf])).toEqual([['wire-1', null], ['gazette-1', 'wire-1']]);
    expect(state.facts[0].firstReported.articleId).toBe('wire-1');
  });

  it('on the same day, the article reporting more is the original, and its account comes first', () => {
    const copy = article('a-copy', { source: 'Wire Service', publishedAt: '2025-03-02' });
    const full = article('b-full', { source: 'Valley Gazette', publishedAt: '2025-03-02' });
    const fuller = [falcon.giftConfirmed(), falcon.movedQuote('Idris Kallas')];
    const { state } = run([ingest(copy, [falcon.giftConfirmed()]), ingest({ ...full, nearDuplicateOf: 'a-copy' }, fuller)]);
    const swapped = run([ingest(full, fuller), ingest({ ...copy, nearDuplicateOf: 'b-full' }, [falcon.giftConfirmed()])]).state;
    expect(Object.fromEntries(state.articles.map((x) => [x.articleId, x.nearDuplicateOf]))).toEqual({ 'b-full': null, 'a-copy': 'b-full' });
    expect(state.facts[0].firstReported.articleId).toBe('b-full');
    expect(swapped.articles).toEqual(state.articles);
  });

  it('on the same day and reporting as much, the lower article id counts as the original, since arrival order cannot decide', () => {
    const a = article('a', { source: 'Wire Service', publishedAt: '2025-03-02' });
    const b = article('b', { source: 'Valley Gazette', publishedAt: '2025-03-02' });
    const { state } = run([ingest(a, [falcon.giftConfirmed()]), ingest({ ...b, nearDuplicateOf: 'a' }, [falcon.giftConfirmed()])]);
    const swapped = run([ingest(b, [falcon.giftConfirmed()]), ingest({ ...a, nearDuplicateOf: 'b' }, [falcon.giftConfirmed()])]).state;
    expect(state.articles.map((x) => x.nearDuplicateOf)).toEqual([null, 'a']);
    expect(swapped.articles).toEqual(state.articles);
  });
});
