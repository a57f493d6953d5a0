import { compareDates, dateSortKey, datesCompatible, isPartialDate, knownBy, latestDate } from './dates';
import { claimHead, headNoun, normalizeAmount, stem } from './words';

describe('words', () => {
  it('finds the head noun of an item, folding synonyms', () => {
    expect(headNoun('a $12,000 lacquer writing box and pen')).toBe('box');
    expect(headNoun('a portrait showing the moment he raised his fist')).toBe('artwork');
    expect(headNoun("the minister's painting")).toBe('artwork');
    expect(headNoun('two thoroughbred horses')).toBe('horse');
  });

  it('finds the subject of a claim, skipping words for "report"', () => {
    expect(claimHead('the reports that it paid for the statue')).toBe('statue');
    expect(claimHead('any wrongdoing')).toBe(claimHead('wrongdoings'));
  });

  it('stems both sides of a comparison the same way', () => {
    expect(['removed', 'removes', 'removing'].map(stem)).toEqual(['remov', 'remove', 'remov']);
    expect(stem('countries')).toBe('country');
  });

  it('reads amounts however outlets write them', () => {
    expect(normalizeAmount('$12,000')).toBe('usd 12000');
    expect(normalizeAmount('12k dollars')).toBe('usd 12000');
    expect(normalizeAmount('€1.5 million')).toBe('eur 1500000');
    expect(normalizeAmount('about 300')).toBe('300');
    expect(normalizeAmount('undisclosed')).toBe('undisclosed');
  });
});

describe('partial dates', () => {
  it('accepts years, months and real days only', () => {
    expect(['2025', '2025-04', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2025-02-29', '2025-13', '25-01-01', 'April 2025', ''].some(isPartialDate)).toBe(false);
  });

  it('treats a refinement as agreeing and different periods as contradicting', () => {
    expect(datesCompatible('2024-07', '2024-07-13')).toBe(true);
    expect(datesCompatible('2024', '2024-07-13')).toBe(true);
    expect(datesCompatible('2024-06', '2024-07-13')).toBe(false);
  });

  it('orders a vague date after the precise days it may mean, unknown last', () => {
    const dates = [null, '2025-04', '2025-04-24', '2025-03-31', '2025'];
    expect([...dates].sort(compareDates)).toEqual(['2025-03-31', '2025-04-24', '2025-04', '2025', null]);
    expect(latestDate(['2025-04-24', '2025-04', null])).toBe('2025-04');
  });

  it('sorts by precomputed keys exactly as it compares', () => {
    const dates = ['2025', '2025-04', '2025-04-24', '2025-04-30', '2024-12-31', '2025-12', '2025-12-31', null];
    const byCompare = [...dates].sort(compareDates);
    const byKey = [...dates].sort((a, b) => (dateSortKey(a) < dateSortKey(b) ? -1 : dateSortKey(a) > dateSortKey(b) ? 1 : 0));
    expect(byKey).toEqual(byCompare);
  });

  it('knows a date by the end of the period it may mean', () => {
    expect(knownBy('2025-04', '2025-04-29')).toBe(false);
    expect(knownBy('2025-04', '2025-04-30')).toBe(true);
    expect(knownBy('2025-04-10', '2025-04')).toBe(true);
  });
});
