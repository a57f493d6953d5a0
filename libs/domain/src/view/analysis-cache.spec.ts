import type { StoryEvent } from '../events';
import { foldEvents, initialState } from '../evolve';
import type { StoryLedger } from '../state';
import { article, falcon, finding, ingest, run } from '../testing/stories';
import { analyse, type Analysis } from './derive';

/** An analysis without its name resolver (functions compare by identity). */
const plain = ({ names: _names, ...rest }: Analysis) => rest;

/** A structurally equal ledger that is a different object: analysed from scratch, never from the kept analyses. */
const copyOf = (ledger: StoryLedger): StoryLedger => ({ ...ledger, developments: { ...ledger.developments }, reviews: { ...ledger.reviews } });

const REPORTED = { reviews: false, corrections: false };
const DISPUTED = { reviews: true, corrections: false };
const CURRENT = { reviews: true, corrections: true };

const harbor = article('harbor-1', { source: 'Harbor Times', publishedAt: '2025-03-04' });
const ledgerArticle = article('ledger-1', { source: 'Northern Ledger', publishedAt: '2025-03-05' });
const people = ['Pavel Dunmore', 'Idris Kallas', 'Marta Olsen'];

describe('kept analyses of a ledger', () => {
  it('are one analysis for the view and the changelog when the story has no reviews or corrections', () => {
    const { state } = run([ingest(harbor, [falcon.giftGiven(), falcon.movedQuote('Pavel Dunmore')], { people })]);
    const view = analyse(state.ledger);
    expect(analyse(state.ledger, REPORTED)).toBe(view);
    expect(analyse(state.ledger, DISPUTED)).toBe(view);
    expect(plain(analyse(copyOf(state.ledger), REPORTED))).toEqual(plain(view));
  });

  it('are told apart when editor reviews change what the story reads', () => {
    const { events } = run([ingest(harbor, [falcon.movedQuote('Pavel Dunmore')], { people }), ingest(ledgerArticle, [falcon.movedQuote('Idris Kallas')], { people })]);
    const reviewed = foldEvents(
      [...events, { type: 'DevelopmentRejected', data: { developmentId: 'ledger-1:0', editor: 'desk', reason: 'misattributed' } }] as StoryEvent[],
      initialState('story-falcon'),
    );
    const asReported = analyse(reviewed.ledger, REPORTED);
    const asReviewed = analyse(reviewed.ledger, DISPUTED);
    expect(asReported).not.toBe(asReviewed);
    expect(asReported.contradictions).toHaveLength(1);
    expect(asReviewed.contradictions).toHaveLength(0);
    expect(analyse(reviewed.ledger, CURRENT)).toBe(asReviewed);
    expect(plain(asReported)).toEqual(plain(analyse(copyOf(reviewed.ledger), REPORTED)));
    expect(plain(asReviewed)).toEqual(plain(analyse(copyOf(reviewed.ledger), DISPUTED)));
  });

  it('are told apart when a correction changes a value', () => {
    const { state } = run([
      ingest(harbor, [falcon.giftGiven({ value: '$40,000' })], { people }),
      ingest(article('harbor-2', { source: 'Harbor Times', publishedAt: '2025-03-08' }), [
        finding('CorrectionIssued', { publisher: 'Harbor Times', claim: 'the value of the statue', wrong: '$40,000', right: '$4,000' }),
      ]),
    ]);
    const disputed = analyse(state.ledger, DISPUTED);
    const current = analyse(state.ledger, CURRENT);
    expect(current).not.toBe(disputed);
    expect(current.corrections).toHaveLength(1);
    expect(disputed.corrections).toHaveLength(0);
    expect(plain(current)).toEqual(plain(analyse(copyOf(state.ledger), CURRENT)));
  });

  it('are never those of an earlier ledger of the same story', () => {
    const first = run([ingest(harbor, [falcon.giftGiven()], { people })]);
    const before = analyse(first.state.ledger);
    const later = foldEvents(run([ingest(harbor, [falcon.giftGiven()], { people }), ingest(ledgerArticle, [falcon.giftConfirmed()], { people })]).events, first.state);
    expect(later.ledger).not.toBe(first.state.ledger);
    expect(analyse(later.ledger)).not.toBe(before);
    expect(analyse(later.ledger).groups.length).toBeGreaterThan(0);
    expect(plain(analyse(later.ledger))).toEqual(plain(analyse(copyOf(later.ledger))));
  });
});
