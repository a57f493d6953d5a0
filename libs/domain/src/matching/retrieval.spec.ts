import { articleProfile, storyProfile } from './profile';
import { rankStories, scoreMatch, type DocumentFrequencies } from './score';
import { RETRIEVAL, entityKeys, lookupKeys, memoryStoryIndex, planLookup } from './story-index';

describe('bounded candidate lookup', () => {
  it('takes the rarest keys only while the stories they reach stay within the budget', () => {
    const frequencies = { 'p:vask': 2, 't:mural': 150, 'o:harbor museum': 180, 'l:northport': 190, 't:gallery': 195 };
    const idf: DocumentFrequencies = { documents: 10_000, frequencies };
    const keys = lookupKeys(Object.keys(frequencies), idf);
    expect(keys).toEqual(['p:vask', 't:mural', 'o:harbor museum']);
    expect(keys.reduce((sum, k) => sum + frequencies[k as keyof typeof frequencies], 0)).toBeLessThanOrEqual(RETRIEVAL.maxPostings);
  });

  it('treats a key found in more stories than the budget as popular, however many stories there are', () => {
    const idf: DocumentFrequencies = { documents: 1_000_000, frequencies: { 'p:kallas': 15_000, 'p:olsen': 9_000, 't:portrait': 400 } };
    expect(planLookup(['p:kallas', 'p:olsen', 't:portrait'], idf)).toEqual({ keys: ['t:portrait'], popular: false });
    expect(planLookup(['p:kallas', 'p:olsen'], idf)).toEqual({ keys: ['p:olsen', 'p:kallas'], popular: true });
    expect(planLookup(['t:unknown'], idf)).toEqual({ keys: [], popular: false });
  });

  it('still finds the story among a thousand more recent ones sharing a popular name', () => {
    const index = memoryStoryIndex();
    const profile = (people: string[], terms: string[], date: string) =>
      articleProfile({ people, organizations: [], places: [], terms: Object.fromEntries(terms.map((t) => [t, 1])) }, date);
    index.add('falcon', profile(['Idris Kallas', 'Pavel Dunmore'], ['falcon', 'statue', 'bronze'], '2025-03-04'));
    for (let i = 0; i < 1000; i++) index.add(`other-${i}`, profile(['Idris Kallas', `Person${i} Name${i}`], ['budget', `topic${i}`], '2025-06-01'));
    const followUp = profile(['Idris Kallas', 'Tomasz Reyes'], ['falcon', 'statue', 'sculptor'], '2025-04-18');
    const idf = index.frequencies(Object.keys(followUp.terms));
    const candidates = index.candidates(entityKeys(followUp.terms), idf);
    expect(candidates.map((c) => c.storyId)).toEqual(['falcon']);
  });
});

describe('ranking', () => {
  it('scores each candidate as scoring it alone does', () => {
    const story = (id: string, people: string[], terms: string[]) =>
      storyProfile(id, [articleProfile({ people, organizations: ['Foreign Ministry'], places: [], terms: Object.fromEntries(terms.map((t, i) => [t, 1 + i])) }, '2025-03-01')]);
    const candidates = [
      story('a', ['Marta Olsen', 'Idris Kallas'], ['falcon', 'statue']),
      story('b', ['Idris Kallas', 'Lena Hart'], ['horse', 'statue', 'summit']),
      story('c', ['Anika Brandt'], ['portrait']),
    ];
    const article = articleProfile({ people: ['Idris Kallas', 'Tomasz Reyes'], organizations: [], places: ['Veldoria'], terms: { falcon: 2, statue: 1, sculptor: 1 } }, '2025-04-01');
    const idf: DocumentFrequencies = { documents: 50, frequencies: { 'p:kallas': 20, 't:statue': 5, 't:falcon': 1, 'o:foreign ministry': 30 } };
    const ranked = rankStories(article, candidates, idf);
    for (const { storyId, score } of ranked) expect(score).toBe(scoreMatch(article, candidates.find((c) => c.storyId === storyId)!, idf));
    expect(ranked[0]!.storyId).toBe('a');
  });
});
