import { buildChangelog } from './changelog/changelog';
import { normalizeState } from './normalize-state';
import { article, falcon, finding, ingest, permutations, run } from './testing/stories';

/**
 * The hard requirement: the story after a set of articles is the same whatever order they came
 * in. The set below exercises every rule: a first report, an independent corroboration, a
 * syndicated copy (flagged against an original that may arrive after it), surname-only names,
 * an undated article, a date and an amount contradiction, a misattributed quote and a correction.
 */
const people = ['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore'];
const incident = (value: string) => ({ subject: 'border incident', field: 'date' as const, value, evidence: 'the incident' });

const commands = [
  ingest(
    article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04', title: 'A falcon for the prime minister' }),
    [falcon.giftGiven({ value: '$40,000' }), falcon.movedQuote('Dunmore')],
    { people, datedFacts: [incident('2024-09-02')] },
  ),
  ingest(article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' }), [falcon.giftConfirmed(), falcon.movedQuote('Kallas', 'deeply moved by it')], {
    people: ['Kallas', 'Lena Hart'],
    datedFacts: [incident('2024-08')],
  }),
  ingest(article('wire-1', { source: 'Wire Service', publishedAt: '2025-04-20' }), [falcon.rebuke(), falcon.giftConfirmed('the ministry')], { people }),
  ingest(article('gazette-1', { source: 'Valley Gazette', publishedAt: '2025-04-21', nearDuplicateOf: 'wire-1' }), [falcon.rebuke()], { people }),
  ingest(article('blog-1', { dateInferred: false }), [falcon.sculptorRevealed('Reyes'), falcon.giftGiven({ giver: 'Olsen', item: "Olsen's falcon sculpture" })], {
    people: ['Tomasz Reyes'],
  }),
  ingest(article('meridian-1', { source: 'Daily Meridian', publishedAt: '2025-04', dateInferred: true }), [
    falcon.giftGiven({ value: '$4,000' }),
    falcon.sculptorRevealed('Tomasz Reyes'),
  ]),
  ingest(article('harbor-2', { source: 'Harbor Times', publishedAt: '2025-05-02' }), [
    finding('CorrectionIssued', { publisher: 'Harbor Times', claim: 'the value of the statue', wrong: '$40,000', right: '$4,000' }),
  ]),
];

describe('order independence', () => {
  const reference = run(commands);

  it('the reference order exercises the rules it is meant to', () => {
    const { state } = reference;
    expect(state.facts.map((f) => [f.type, f.independentOutlets])).toEqual(
      expect.arrayContaining([
        ['GiftGiven', 2],
        ['GiftConfirmed', 2],
        ['RebukeIssued', 1],
        ['ArtistRevealed', 2],
      ]),
    );
    expect(state.contradictions.map((c) => c.field).sort()).toEqual(['date', 'speaker']);
    expect(state.corrections).toHaveLength(1);
  });

  // Every 60th of the 5,040 orders keeps the unit suite fast; ORDER_SPEC_ALL=1 checks them all (a minute or two).
  const orders = permutations(commands).filter((_, i) => process.env.ORDER_SPEC_ALL === '1' || i % 60 === 7);

  it(`${orders.length} orders of the articles yield the same story state and changelog`, () => {
    const expectedState = normalizeState(reference.state);
    const expectedChangelog = buildChangelog(reference.events);
    for (const order of orders) {
      const { state, events } = run(order);
      expect(normalizeState(state)).toEqual(expectedState);
      expect(buildChangelog(events)).toEqual(expectedChangelog);
    }
  });

  it('the reverse order and every rotation yield the same story state', () => {
    const expected = normalizeState(reference.state);
    expect(normalizeState(run([...commands].reverse()).state)).toEqual(expected);
    for (let i = 1; i < commands.length; i++) expect(normalizeState(run([...commands.slice(i), ...commands.slice(0, i)]).state)).toEqual(expected);
  });

  it('normalised states serialise identically, whatever order their keys were created in', () => {
    const reversed = run([...commands].reverse()).state;
    expect(JSON.stringify(normalizeState(reversed))).toBe(JSON.stringify(normalizeState(reference.state)));
  });
});
