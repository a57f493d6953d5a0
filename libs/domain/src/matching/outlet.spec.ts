import { articleProfile, storyProfile } from './profile';
import { scoreMatch, type DocumentFrequencies } from './score';

const entities = (people: string[], organizations: string[], terms: string[]) => ({ people, organizations, places: [], terms: Object.fromEntries(terms.map((t) => [t, 1])) });

describe("an article's own outlet in story matching", () => {
  it('leaves the outlet naming itself out of the profile, and keeps other outlets it names', () => {
    const profile = articleProfile(entities(['Idris Kallas'], ['Harbour Gazette', 'Reuters'], ['statue']), '2025-03-04', 'The Harbour Gazette');
    expect(Object.keys(profile.terms).sort()).toEqual(['o:reuters', 'p:kallas', 't:statue']);
    expect(articleProfile(entities([], ['Harbour Gazette'], []), null).terms).toEqual({ 'o:harbour gazette': 2 });
  });

  it('does not put two stories of one outlet together because the outlet names itself in both', () => {
    const falcon = articleProfile(entities(['Marta Olsen'], ['Harbour Gazette'], ['gift', 'falcon', 'statue']), '2025-03-04', 'Harbour Gazette');
    const budget = articleProfile(entities(['Ada Quist'], ['Harbour Gazette'], ['gift', 'budget', 'vote']), '2025-03-05', 'Harbour Gazette');
    const idf: DocumentFrequencies = { documents: 2, frequencies: { 't:gift': 1, 'o:harbour gazette': 1 } };
    expect(scoreMatch(budget, storyProfile('falcon', [falcon]), idf)).toBe(0);
  });
});
