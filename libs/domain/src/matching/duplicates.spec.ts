import { containment, contentHash, isNearDuplicate, nearDuplicateScore, NEAR_DUPLICATE_THRESHOLD, normalizeText, shingles } from './duplicates';

const wire = `The prime minister of Kessington received a bronze falcon statue from the president of Veldoria on Monday, officials said.
The statue was handed over by envoy Pavel Dunmore during a closed meeting at the foreign ministry.
"It is a gesture of friendship between our two nations," the envoy told reporters after the meeting.
The ministry declined to say how much the statue was worth or who had made it.
Relations between the two countries have warmed since the border agreement signed last year.`;

const syndicated = `VALLEY GAZETTE — The prime minister of Kessington received a bronze falcon statue from the president of Veldoria on Monday, officials said.
The statue was handed over by envoy Pavel Dunmore during a closed meeting at the foreign ministry.
“It is a gesture of friendship between our two nations,” the envoy told reporters after the meeting.
The ministry declined to say how much the statue was worth or who had made it.
Relations between the two countries have warmed since the border agreement signed last year.
Local galleries said they would welcome a chance to exhibit the statue.`;

const independent = `Veldoria's president has sent Kessington's prime minister a falcon cast in bronze, the foreign ministry confirmed.
Envoy Pavel Dunmore delivered the gift at a private meeting. "It is a gesture of friendship between our two nations," he said.
Officials would not reveal the sculptor or the price, and opposition lawmakers asked whether the gift had been declared.`;

describe('duplicates', () => {
  it('normalises case, typographic quotes, punctuation and spacing', () => {
    expect(normalizeText('  “Hello,”  she said —  it’s  DONE.\n')).toBe('hello she said it s done');
    expect(normalizeText(wire.replace(/"/g, '“'))).toBe(normalizeText(wire));
  });

  it('hashes the normalised text with the hash function it is given', () => {
    const identity = (text: string) => text;
    expect(contentHash('A  "quote"', identity)).toBe(contentHash('a “quote”', identity));
  });

  it('builds word shingles, a short text being one shingle', () => {
    expect([...shingles('one two three four five six', 5)]).toEqual(['one two three four five', 'two three four five six']);
    expect([...shingles('too short', 5)]).toEqual(['too short']);
    expect(shingles('', 5).size).toBe(0);
  });

  it('containment measures how much of one text lies inside the other', () => {
    const a = shingles('one two three four five six');
    const b = shingles('zero one two three four five six seven');
    expect(containment(a, b)).toBe(1);
    expect(containment(b, a)).toBeCloseTo(2 / 4);
    expect(containment(new Set(), b)).toBe(0);
  });

  it('a syndicated copy with a new dateline and an added paragraph is a near-duplicate', () => {
    expect(nearDuplicateScore(shingles(wire), shingles(syndicated))).toBeGreaterThan(0.9);
    expect(isNearDuplicate(shingles(syndicated), shingles(wire))).toBe(true);
  });

  it('an independent write-up sharing a quote is not', () => {
    expect(nearDuplicateScore(shingles(wire), shingles(independent))).toBeLessThan(0.3);
    expect(isNearDuplicate(shingles(independent), shingles(wire))).toBe(false);
  });

  it('a copy edited lightly in every sentence stays above the default threshold', () => {
    const edited = wire.replace('on Monday', 'this week').replace('handed over', 'delivered').replace('told reporters', 'said').replace('declined to say', 'would not say');
    expect(nearDuplicateScore(shingles(wire), shingles(edited))).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });
});
