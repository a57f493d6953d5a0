import { articleProfile } from './profile';
import { RETRIEVAL, entityKeys, lookupKeys, memoryStoryIndex } from './story-index';

const article = (people: string[], terms: string[], date: string | null) =>
  articleProfile({ people, organizations: [], places: [], terms: Object.fromEntries(terms.map((t, i) => [t, 1 - i * 0.05])) }, date);

describe('candidate lookup', () => {
  it('finds a story by all its names and its strongest key terms only', () => {
    const terms = Object.fromEntries([...Array(20).keys()].map((i) => [`t:w${String(i).padStart(2, '0')}`, 20 - i]));
    const keys = entityKeys({ ...terms, 'p:vask': 3, 'o:harbor museum': 2 });
    expect(keys).toHaveLength(2 + RETRIEVAL.keyTerms);
    expect(keys).toContain('p:vask');
    expect(keys).not.toContain('t:w19');
  });

  it('looks up by the rarest known keys and leaves out names found in a large share of all stories', () => {
    const idf = { documents: 10_000, frequencies: { 'p:kallas': 4_000, 'p:vask': 3, 't:mural': 40 } };
    expect(lookupKeys(['p:kallas', 'p:vask', 't:mural', 't:unknown'], idf)).toEqual(['p:vask', 't:mural']);
  });

  it('falls back to the rarest popular names when nothing rarer is known', () => {
    const idf = { documents: 10_000, frequencies: { 'p:kallas': 4_000, 'p:olsen': 3_000, 'l:norland': 5_000 } };
    expect(lookupKeys(['p:kallas', 'p:olsen', 'l:norland'], idf)).toEqual(['p:olsen', 'p:kallas']);
  });
});

describe('the in-memory story index', () => {
  it('counts each term once per story and returns candidates most recent first, within the limit', () => {
    const index = memoryStoryIndex();
    for (let i = 0; i < RETRIEVAL.maxCandidates + 20; i++) index.add(`s${String(i).padStart(3, '0')}`, article(['Idris Kallas'], ['harbour'], `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
    index.add('s000', article(['Idris Kallas', 'Joren Vask'], ['harbour', 'mural'], '2025-02-01'));
    const idf = index.frequencies(['p:kallas', 'p:vask', 't:harbour']);
    expect(idf).toEqual({ documents: RETRIEVAL.maxCandidates + 20, frequencies: { 'p:kallas': 120, 'p:vask': 1, 't:harbour': 120 } });
    expect(index.candidates(['p:vask'], idf).map((s) => s.storyId)).toEqual(['s000']);
    const recent = index.candidates(['p:kallas'], idf);
    expect(recent).toHaveLength(RETRIEVAL.maxCandidates);
    expect(recent[0]!.storyId).toBe('s000');
    expect(recent[0]!.articleCount).toBe(2);
  });
});
