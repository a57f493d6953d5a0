import { storyDecider } from './decider';
import { normalizeState } from './normalize-state';
import { deciderSpec } from './testing/decider-spec';
import { article, falcon, finding, ingest, run, STORY_ID } from './testing/stories';

const spec = deciderSpec(storyDecider(STORY_ID));
const harbor = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' });
const ledger = article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' });
const harborCorrection = article('harbor-2', { source: 'Harbor Times', publishedAt: '2025-03-08' });
const GIFT = 'ClaimReported:gift:marta olsen|idris kallas|statue';
const correction = (wrong: string, right: string, publisher = 'Harbor Times') =>
  finding('CorrectionIssued', { publisher, claim: 'the value of the statue', wrong, right });

const reported = [ingest(harbor, [falcon.giftGiven({ value: '$40,000' })]), ingest(ledger, [falcon.giftGiven({ value: '$4,000' })])];

describe('corrections', () => {
  it("a publisher's correction supersedes its earlier value, closing the disagreement it caused", () => {
    const history = run(reported);
    expect(history.state.contradictions).toHaveLength(1);
    spec
      .given(history.events)
      .when(ingest(harborCorrection, [correction('$40,000', '$4,000')]))
      .thenState((state, events) => {
        expect(events.filter((e) => e.type === 'CorrectionApplied')).toEqual([
          { type: 'CorrectionApplied', data: { factKey: GIFT, field: 'value', from: '$40,000', to: '$4,000', articleId: 'harbor-2' } },
        ]);
        const gift = state.facts.find((f) => f.factKey === GIFT);
        expect(gift?.slots.value).toBe('$4,000');
        expect(gift?.corrections).toEqual([{ factKey: GIFT, field: 'value', from: '$40,000', to: '$4,000', articleId: 'harbor-2' }]);
        expect(state.contradictions).toEqual([]);
        // History keeps both: the development still says what the outlet first printed.
        expect(state.ledger.developments['harbor-1:0'].slots.value).toBe('$40,000');
      });
  });

  it('a correction that arrives before the article it corrects applies when that article arrives', () => {
    spec
      .given(run([ingest(harborCorrection, [correction('$40,000', '$4,000')])]).events)
      .when(ingest(harbor, [falcon.giftGiven({ value: '$40,000' })]))
      .thenEvents((events) => expect(events.filter((e) => e.type === 'CorrectionApplied')).toHaveLength(1));
    const early = run([ingest(harborCorrection, [correction('$40,000', '$4,000')]), ...reported]).state;
    const late = run([...reported, ingest(harborCorrection, [correction('$40,000', '$4,000')])]).state;
    expect(normalizeState(early)).toEqual(normalizeState(late));
  });

  it("one outlet's correction leaves other outlets' reports alone", () => {
    spec
      .given(run(reported).events)
      .when(ingest(article('ledger-2', { source: 'Northern Ledger', publishedAt: '2025-03-09' }), [correction('$40,000', '$400', 'Northern Ledger')]))
      .thenState((state, events) => {
        expect(events.filter((e) => e.type === 'CorrectionApplied')).toEqual([]);
        expect(state.contradictions).toHaveLength(1);
      });
  });

  it('corrects a date the publisher gave for an event', () => {
    const incident = (value: string) => ({ subject: 'border incident', field: 'date' as const, value, evidence: 'the incident' });
    spec
      .given(run([ingest(harbor, [], { datedFacts: [incident('2024-09-02')] }), ingest(ledger, [], { datedFacts: [incident('2024-08-30')] })]).events)
      .when(ingest(harborCorrection, [correction('2024-09-02', '2024-08-30')]))
      .thenState((state, events) => {
        expect(events.filter((e) => e.type === 'CorrectionApplied').map((e) => e.data)).toEqual([
          { factKey: 'dated:border incident', field: 'date', from: '2024-09-02', to: '2024-08-30', articleId: 'harbor-2' },
        ]);
        expect(state.contradictions).toEqual([]);
      });
  });

  it('a correction without the wrong and right values is recorded as a development only', () => {
    spec
      .given(run(reported).events)
      .when(ingest(harborCorrection, [finding('CorrectionIssued', { publisher: 'Harbor Times', claim: 'the value of the statue' })]))
      .thenEvents((events) => expect(events.map((e) => e.type)).toEqual(['ArticleLinked', 'CorrectionIssued']));
  });
});
