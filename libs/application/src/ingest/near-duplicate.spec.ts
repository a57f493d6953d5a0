import { shingleHashes } from './article-index';
import { nearDuplicate } from './ingest-article';

const wire = `The prime minister of Kessington received a bronze falcon statue from the president of Veldoria on Monday, officials said.
The statue was handed over by envoy Pavel Dunmore during a closed meeting at the foreign ministry.
"It is a gesture of friendship between our two nations," the envoy told reporters after the meeting.
The ministry declined to say how much the statue was worth or who had made it.`;
const copy = `VALLEY GAZETTE — ${wire}\nLocal galleries said they would welcome a chance to exhibit the statue.`;
const lead = wire.split('\n').slice(0, 2).join('\n');
const independent = `Veldoria's president has sent Kessington's prime minister a falcon cast in bronze, the foreign ministry confirmed.
Envoy Pavel Dunmore delivered the gift at a private meeting, and officials would not reveal the sculptor or the price.`;

const article = (articleId: string, publishedAt: string | null, body: string) => ({ articleId, publishedAt, shingles: shingleHashes(body) });

describe('near-duplicates within a story', () => {
  it('keeps shingle hashes distinct and ascending', () => {
    const hashes = [...shingleHashes(copy)];
    expect(hashes).toEqual([...new Set(hashes)].sort((a, b) => a - b));
  });

  it('finds the earliest article the text mostly repeats, or that mostly repeats the text', () => {
    const story = [article('b-later', '2025-03-05', wire), article('a-earlier', '2025-03-04', wire), article('c-other', '2025-03-04', independent)];
    expect(nearDuplicate(story, shingleHashes(copy))).toBe('a-earlier');
    expect(nearDuplicate(story, shingleHashes(lead))).toBe('a-earlier');
    expect(nearDuplicate([article('lead', null, lead)], shingleHashes(copy))).toBe('lead');
  });

  it('finds none for an independent write-up, an empty text or an empty story', () => {
    expect(nearDuplicate([article('wire', '2025-03-04', wire)], shingleHashes(independent))).toBeNull();
    expect(nearDuplicate([article('wire', '2025-03-04', wire)], shingleHashes(''))).toBeNull();
    expect(nearDuplicate([], shingleHashes(wire))).toBeNull();
  });
});
