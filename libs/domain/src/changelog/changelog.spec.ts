import type { StoryEvent } from '../events';
import { article, falcon, finding, ingest, run } from '../testing/stories';
import { buildChangelog } from './changelog';

const people = ['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore', 'Lena Hart', 'Tomasz Reyes'];
const incident = (value: string) => ({ subject: 'border incident', field: 'date' as const, value, evidence: 'the incident' });
const harbor = ingest(article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' }), [falcon.giftConfirmed(), falcon.giftGiven({ value: '$40,000' })], {
  people,
  datedFacts: [incident('2024-09-02')],
});
const ledger = ingest(article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' }), [falcon.giftConfirmed('Hart'), falcon.giftGiven({ value: '$4,000' })], {
  people,
  datedFacts: [incident('2024-08')],
});
const copy = ingest(article('gazette-1', { source: 'Valley Gazette', publishedAt: '2025-03-06', nearDuplicateOf: 'ledger-1' }), [falcon.giftConfirmed()], { people });
const wire = ingest(article('wire-1', { source: 'Wire Service', publishedAt: '2025-04-20' }), [falcon.rebuke()], { people });
const meridian = ingest(article('meridian-1', { source: 'Daily Meridian', publishedAt: '2025-04-22' }), [falcon.sculptorRevealed()], { people });
const correction = ingest(article('harbor-2', { source: 'Harbor Times', publishedAt: '2025-05-02' }), [
  finding('CorrectionIssued', { publisher: 'Harbor Times', claim: 'the value of the statue', wrong: '$40,000', right: '$4,000' }),
]);

describe('the changelog', () => {
  // Arrival order is scrambled on purpose: the changelog follows the coverage dates.
  const { events } = run([meridian, wire, correction, ledger, copy, harbor]);
  const changelog = buildChangelog(events);

  it('reads as a running story, in coverage order, one entry per development', () => {
    expect(changelog.map((entry) => [entry.at, entry.summary])).toEqual([
      ['2025-03-04', 'Gift confirmed: Lena Hart confirms Marta Olsen\'s gift of the falcon statue to Idris Kallas via Pavel Dunmore (Harbor Times, 2025-03-04)'],
      ['2025-03-04', 'Gift reported: Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore, worth $40,000 (Harbor Times, 2025-03-04)'],
      ['2025-03-05', 'Gift confirmed, corroborated by Northern Ledger: Lena Hart confirms Marta Olsen\'s gift of the falcon statue to Idris Kallas via Pavel Dunmore (2025-03-05)'],
      ['2025-03-05', 'Gift reported, corroborated by Northern Ledger: Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore, worth $40,000 (2025-03-05)'],
      ['2025-03-05', 'Contradiction: outlets disagree on the date of the border incident (2024-09-02 vs 2024-08)'],
      ['2025-03-05', 'Contradiction: outlets disagree on the amount — Gift reported: Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore ($40,000 vs $4,000)'],
      ['2025-04-20', 'Rebuke: Idris Kallas to Marta Olsen — “Marta, enough!” (Wire Service, 2025-04-20)'],
      ['2025-04-22', 'Artist revealed: Tomasz Reyes (Daily Meridian, 2025-04-22)'],
      ['2025-05-02', 'Correction: Harbor Times corrects the value from $40,000 to $4,000 — Gift reported: Marta Olsen gives a bronze falcon statue to Idris Kallas via Pavel Dunmore, worth $4,000 (2025-05-02)'],
    ]);
  });

  it('names the events and articles behind each entry', () => {
    expect(changelog[2]).toEqual({
      at: '2025-03-05',
      kind: 'corroborated',
      summary: expect.any(String),
      eventTypes: ['GiftConfirmed', 'FactCorroborated'],
      articleIds: ['ledger-1'],
      developmentIds: ['ledger-1:0'],
    });
    expect(changelog[4]).toMatchObject({ kind: 'contradicted', eventTypes: ['ContradictionNoted'], articleIds: ['harbor-1', 'ledger-1'], developmentIds: [] });
    expect(changelog[5]).toMatchObject({ kind: 'contradicted', developmentIds: ['harbor-1:1', 'ledger-1:1'] });
    expect(changelog[8]).toMatchObject({ kind: 'corrected', eventTypes: ['CorrectionIssued', 'CorrectionApplied'], developmentIds: ['harbor-2:0'] });
  });

  it('leaves out the syndicated copy, which adds nothing a reader needs', () => {
    expect(changelog.flatMap((entry) => entry.articleIds)).not.toContain('gazette-1');
  });

  it('records an editor retracting or amending a development', () => {
    const reviewed: StoryEvent[] = [
      ...events,
      { type: 'DevelopmentRejected', data: { developmentId: 'wire-1:0', editor: 'desk', reason: 'not a rebuke' } },
      { type: 'DevelopmentAmended', data: { developmentId: 'meridian-1:0', editor: 'desk', slots: { person: 'Tomasz Reyes-Lind', work: 'the falcon statue' }, reason: null } },
    ];
    const entries = buildChangelog(reviewed).filter((entry) => entry.kind === 'retracted' || entry.kind === 'amended');
    expect(entries.map((entry) => entry.summary)).toEqual([
      'Retracted by an editor: Rebuke: Idris Kallas to Marta Olsen — “Marta, enough!” (desk: not a rebuke)',
      'Amended by an editor: Artist revealed: Tomasz Reyes-Lind (desk)',
    ]);
  });

  it('shows display names for outlets when given them', () => {
    const named = buildChangelog(events, { articles: { 'wire-1': { source: 'The Wire Service' } } });
    expect(named.find((entry) => entry.articleIds[0] === 'wire-1')?.summary).toContain('(The Wire Service, 2025-04-20)');
  });
});
