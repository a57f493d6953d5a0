import { storyDecider } from './decider';
import type { DatedFact } from './taxonomy';
import { deciderSpec } from './testing/decider-spec';
import { article, falcon, finding, ingest, run, STORY_ID } from './testing/stories';

const people = ['Pavel Dunmore', 'Idris Kallas', 'Marta Olsen'];

const spec = deciderSpec(storyDecider(STORY_ID));
const harbor = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' });
const ledger = article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' });
const meridian = article('meridian-1', { source: 'Daily Meridian', publishedAt: '2025-03-07' });
const incident = (value: string, subject = 'border incident'): DatedFact => ({ subject, field: 'date', value, evidence: `the ${subject}` });
const contradictions = (events: readonly { type: string; data: object }[]) => events.filter((e) => e.type === 'ContradictionNoted').map((e) => e.data);

describe('contradictions between outlets', () => {
  it('notes two outlets dating the same event differently, both values side by side', () => {
    spec
      .given(run([ingest(harbor, [], { datedFacts: [incident('2024-09-02')] })]).events)
      .when(ingest(ledger, [], { datedFacts: [incident('2024-08', 'the border incident')] }))
      .thenState((state, events) => {
        const expected = {
          field: 'date',
          factKey: 'dated:border incident',
          subject: 'border incident',
          values: [
            { value: '2024-09-02', articleIds: ['harbor-1'] },
            { value: '2024-08', articleIds: ['ledger-1'] },
          ],
        };
        expect(contradictions(events)).toEqual([expected]);
        expect(state.contradictions).toEqual([expected]);
      });
  });

  it('sees two removals, not one dated twice, when the sentences share nothing but the event', () => {
    const removal = (value: string, evidence: string): DatedFact => ({ subject: 'removal', field: 'date', value, evidence });
    const history = run([
      ingest(harbor, [], { datedFacts: [removal('2019', 'The city, which removed two of the herons in 2019, said it respected the artist.')] }),
      ingest(ledger, [], { datedFacts: [removal('2025-03-04', 'On Tuesday the council also removed an advertising hoarding that blocked a mural.')] }),
      ingest(meridian, [], { datedFacts: [removal('2025-03-05', 'The council removed the advertising hoarding on Wednesday.')] }),
    ]);
    expect(history.state.contradictions.map((c) => c.values.map((v) => v.value))).toEqual([['2025-03-04', '2025-03-05']]);
  });

  it('takes an amount given without its currency as the same amount with it, and a different amount as a disagreement', () => {
    const fine = (value: string): DatedFact => ({ subject: 'fine', field: 'amount', value, evidence: `fined the airline ${value}` });
    const agreeing = run([ingest(harbor, [], { datedFacts: [fine('€3.1 million')] }), ingest(ledger, [], { datedFacts: [fine('3.1 million')] })]);
    expect(agreeing.state.contradictions).toEqual([]);
    const disagreeing = run([ingest(harbor, [], { datedFacts: [fine('3.1 million euros')] }), ingest(ledger, [], { datedFacts: [fine('1.3 million euros')] })]);
    expect(disagreeing.state.contradictions.map((c) => [c.field, c.subject, c.values.map((v) => v.value)])).toEqual([['amount', 'fine', ['3.1 million euros', '1.3 million euros']]]);
  });

  it('a more precise date that agrees with a vaguer one is no contradiction', () => {
    spec
      .given(run([ingest(harbor, [], { datedFacts: [incident('2024-09')] })]).events)
      .when(ingest(ledger, [], { datedFacts: [incident('2024-09-02')] }))
      .thenEvents((events) => expect(contradictions(events)).toEqual([]));
  });

  it('leaves out a vaguer date that fits both sides of a disagreement', () => {
    const history = run([
      ingest(harbor, [], { datedFacts: [incident('2024-09-02')] }),
      ingest(ledger, [], { datedFacts: [incident('2024-08')] }),
      ingest(meridian, [], { datedFacts: [incident('2024')] }),
    ]);
    expect(history.state.contradictions).toEqual([
      {
        field: 'date',
        factKey: 'dated:border incident',
        subject: 'border incident',
        values: [
          { value: '2024-09-02', articleIds: ['harbor-1'] },
          { value: '2024-08', articleIds: ['ledger-1'] },
        ],
      },
    ]);
  });

  it('notes different amounts for the same gift, however each outlet writes the figure', () => {
    const history = run([ingest(harbor, [falcon.giftGiven({ value: '$40,000' })]), ingest(ledger, [falcon.giftGiven({ value: '40k dollars' })])]);
    expect(history.state.contradictions).toEqual([]);
    spec
      .given(history.events)
      .when(ingest(meridian, [falcon.giftGiven({ value: '$4,000' })]))
      .thenEvents((events) =>
        expect(contradictions(events)).toEqual([
          {
            field: 'amount',
            factKey: 'ClaimReported:gift:marta olsen|idris kallas|statue',
            subject: 'Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore',
            values: [
              { value: '$40,000', articleIds: ['harbor-1', 'ledger-1'] },
              { value: '$4,000', articleIds: ['meridian-1'] },
            ],
          },
        ]),
      );
  });

  it('notes a quote attributed to different people, matching a longer rendering of the same quote', () => {
    spec
      .given(run([ingest(harbor, [falcon.movedQuote('Pavel Dunmore')], { people: ['Pavel Dunmore', 'Idris Kallas'] })]).events)
      .when(ingest(ledger, [falcon.movedQuote('Kallas', 'Deeply moved by it.')]))
      .thenEvents((events) =>
        expect(contradictions(events)).toEqual([
          {
            field: 'speaker',
            factKey: 'StatementIssued:quote:deeply moved',
            subject: '“deeply moved”',
            values: [
              { value: 'Pavel Dunmore', articleIds: ['harbor-1'] },
              { value: 'Idris Kallas', articleIds: ['ledger-1'] },
            ],
          },
        ]),
      );
  });

  it('a quote one outlet attributes to its source citing someone else is not a disagreement', () => {
    const direct = finding('StatementIssued', { speaker: 'Pavel Dunmore', quote: 'deeply moved' }, { evidence: '"Deeply moved," Dunmore said of the minister.' });
    const cited = finding('StatementIssued', { speaker: 'Idris Kallas', quote: 'deeply moved' }, { evidence: 'According to Dunmore, Kallas said he was "deeply moved".' });
    spec
      .given(run([ingest(harbor, [direct], { people })]).events)
      .when(ingest(ledger, [cited], { people }))
      .thenState((state) => {
        expect(state.contradictions).toEqual([]);
        expect(state.facts[0]).toMatchObject({ slots: { speaker: 'Pavel Dunmore' }, independentOutlets: 2 });
      });
  });

  it('notes the date of a gift when outlets place the handover in different months', () => {
    spec
      .given(run([ingest(harbor, [falcon.giftGiven({ occurredAt: '2025-02' })])]).events)
      .when(ingest(ledger, [falcon.giftGiven({ occurredAt: '2025-01-28' })]))
      .thenEvents((events) => expect(contradictions(events)).toMatchObject([{ field: 'date', values: [{ value: '2025-02' }, { value: '2025-01-28' }] }]));
  });

  it('announces a contradiction again only when a new value appears', () => {
    const history = run([ingest(harbor, [], { datedFacts: [incident('2024-09-02')] }), ingest(ledger, [], { datedFacts: [incident('2024-08')] })]);
    spec
      .given(history.events)
      .when(ingest(meridian, [], { datedFacts: [incident('2024-09-02')] }))
      .thenState((state, events) => {
        expect(contradictions(events)).toEqual([]);
        expect(state.contradictions[0].values).toEqual([
          { value: '2024-09-02', articleIds: ['harbor-1', 'meridian-1'] },
          { value: '2024-08', articleIds: ['ledger-1'] },
        ]);
      });
    spec
      .given(history.events)
      .when(ingest(meridian, [], { datedFacts: [incident('2024-07')] }))
      .thenEvents((events) => expect(contradictions(events)).toMatchObject([{ values: [{ value: '2024-09-02' }, { value: '2024-08' }, { value: '2024-07' }] }]));
  });

  it('an article that gives two dates itself is not two outlets disagreeing', () => {
    spec
      .given([])
      .when(ingest(harbor, [], { isNewStory: true, datedFacts: [incident('2024-09-02'), incident('2024-08')] }))
      .thenState((state) => expect(state.contradictions).toEqual([]));
  });

  it('a subject one article dates several ways names several events, so it is not disputed', () => {
    const gift = (value: string) => ({ subject: 'gift', field: 'date' as const, value, evidence: 'a gift' });
    spec
      .given(run([ingest(harbor, [], { datedFacts: [gift('2025-02'), gift('2018'), gift('1999')] })]).events)
      .when(ingest(ledger, [], { datedFacts: [gift('2025-02-11'), gift('2021')] }))
      .thenState((state) => expect(state.contradictions).toEqual([]));
  });
});
