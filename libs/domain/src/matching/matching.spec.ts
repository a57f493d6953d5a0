import type { ArticleEntities, PartialDate } from '../taxonomy';
import { articleProfile, storyProfile, addToStoryProfile, keyTerm, type ArticleProfile } from './profile';
import { chooseStory, DEFAULT_MATCH_THRESHOLD, inverseDocumentFrequency, rankStories, scoreMatch, timeProximity, type DocumentFrequencies } from './score';

/** Made-up coverage: two gifts between the same leaders, two portraits of one of them, and a football match. */
const entities = (people: string[], organizations: string[], places: string[], terms: string[]): ArticleEntities => ({
  people,
  organizations,
  places,
  terms: Object.fromEntries(terms.map((term) => [term, 1])),
});
const profile = (e: ArticleEntities, date: PartialDate) => articleProfile(e, date);

const falconStory = storyProfile('falcon', [
  profile(entities(['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore'], ['Foreign Ministry'], ['Veldoria'], ['gift', 'falcon', 'statue', 'bronze', 'envoy']), '2025-03-04'),
  profile(entities(['Idris Kallas', 'Lena Hart'], ['Foreign Ministry'], ['Kessington'], ['gift', 'statue', 'falcon', 'confirm']), '2025-03-06'),
]);
const horseStory = storyProfile('horse', [
  profile(entities(['Marta Olsen', 'Idris Kallas'], [], ['Lake Arden'], ['gift', 'horse', 'stallion', 'summit']), '2025-06-12'),
]);
const brandtPortrait = storyProfile('portrait-brandt', [
  profile(entities(['Idris Kallas', 'Anika Brandt'], ['Northport Gallery'], ['Northport'], ['portrait', 'painting', 'gallery', 'unveil']), '2025-10-02'),
]);
const vaskPortrait = storyProfile('portrait-vask', [
  profile(entities(['Idris Kallas', 'Joren Vask'], ['Parliament'], ['Parliament House'], ['portrait', 'painting', 'remove', 'complaint']), '2025-02-10'),
]);
const candidates = [falconStory, horseStory, brandtPortrait, vaskPortrait];

/** The politicians are in a third of all stories; gifts and portraits are common; the rest is rare. */
const idf: DocumentFrequencies = {
  documents: 1000,
  frequencies: { 'p:olsen': 300, 'p:kallas': 350, 't:gift': 90, 't:portrait': 40, 't:painting': 60, 'o:parliament': 120, 'l:northport': 30, 't:confirm': 200 },
};

const choose = (article: ArticleProfile, threshold?: number) => chooseStory(article, candidates, { idf, threshold });

describe('story matching', () => {
  it('a follow-up joins its story: the sculptor of the falcon statue is revealed a month later', () => {
    const reveal = profile(entities(['Tomasz Reyes', 'Marta Olsen', 'Idris Kallas'], [], ['Veldoria'], ['sculptor', 'falcon', 'statue', 'bronze']), '2025-04-18');
    expect(choose(reveal)).toBe('falcon');
  });

  it('a second gift between the same leaders stays out of the first gift story', () => {
    const horse = profile(entities(['Marta Olsen', 'Idris Kallas'], [], ['Lake Arden'], ['horse', 'stallion', 'gift']), '2025-06-20');
    expect(rankStories(horse, candidates, idf)[0].storyId).toBe('horse');
    expect(scoreMatch(horse, falconStory, idf)).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('two portraits of the same politician months apart stay apart', () => {
    const brandtFollowUp = profile(entities(['Anika Brandt', 'Idris Kallas'], ['Northport Gallery'], [], ['portrait', 'painting', 'brushwork']), '2025-10-09');
    expect(choose(brandtFollowUp)).toBe('portrait-brandt');
    expect(scoreMatch(brandtFollowUp, vaskPortrait, idf)).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('a third portrait by another painter a year on opens a story of its own', () => {
    const another = profile(entities(['Idris Kallas', 'Ines Coral'], ['Harbor Museum'], ['Kessington'], ['portrait', 'painting', 'auction']), '2026-11-03');
    expect(choose(another)).toBeNull();
  });

  it('an unrelated article joins no story', () => {
    const football = profile(entities(['Sam Ortiz'], ['Northport FC'], ['Riverside Stadium'], ['goal', 'match', 'league']), '2025-03-05');
    expect(choose(football)).toBeNull();
    expect(scoreMatch(football, falconStory, idf)).toBe(0);
  });

  it('the threshold is configurable', () => {
    const reveal = profile(entities(['Tomasz Reyes', 'Marta Olsen'], [], [], ['falcon', 'statue']), '2025-04-18');
    expect(choose(reveal, 0.05)).toBe('falcon');
    expect(choose(reveal, 0.99)).toBeNull();
  });

  it('scores stay within 0..1 and an article scores highest against its own story', () => {
    const same = profile(entities(['Marta Olsen', 'Idris Kallas', 'Pavel Dunmore'], ['Foreign Ministry'], ['Veldoria'], ['gift', 'falcon', 'statue', 'bronze', 'envoy']), '2025-03-04');
    const score = scoreMatch(same, falconStory, idf);
    expect(score).toBeGreaterThan(0.8);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('weighs people over key terms, and surnames alone meet full names', () => {
    const byName = profile(entities(['Kallas'], [], [], []), null);
    expect(byName.terms).toEqual({ 'p:kallas': 3 });
    expect(profile(entities([], [], [], ['statues']), null).terms).toEqual({ 't:statue': 1 });
  });

  it('folds the synonyms outlets swap, and does not count a name twice as a key term', () => {
    const p = profile({ people: ['Idris Kallas'], organizations: [], places: [], terms: { painting: 1, kallas: 1, 'idris kallas': 1, unveiled: 0.5 } }, null);
    expect(p.terms).toEqual({ 'p:kallas': 3, 't:artwork': 1, 't:unveil': 0.5 ** 1.5 });
    expect(keyTerm('portrait')).toBe(keyTerm('paintings'));
  });

  it('leaves titles out of key terms: the names beside them already count', () => {
    const p = profile(entities(['Lena Moravec'], [], [], ['president', 'prime minister', 'stallion']), null);
    expect(Object.keys(p.terms).sort()).toEqual(['p:moravec', 't:stallion']);
  });

  it('time pulls less the further an article is from the story, and an unknown date does not count against it', () => {
    expect(timeProximity('2025-03-10', '2025-03-01', '2025-03-20')).toBe(1);
    expect(timeProximity('2025-04-20', '2025-03-01', '2025-03-20')).toBeLessThan(1);
    expect(timeProximity('2025-09-20', '2025-03-01', '2025-03-20')).toBeLessThan(timeProximity('2025-04-20', '2025-03-01', '2025-03-20'));
    expect(timeProximity(null, '2025-03-01', '2025-03-20')).toBe(1);
  });

  it('a story profile is the same whatever order its articles were added in', () => {
    const a = profile(entities(['Marta Olsen'], [], [], ['falcon']), '2025-03-04');
    const b = profile(entities(['Idris Kallas'], [], [], ['statue']), '2025-02-01');
    const ab = addToStoryProfile(addToStoryProfile(storyProfile('s', []), a), b);
    const ba = addToStoryProfile(addToStoryProfile(storyProfile('s', []), b), a);
    expect(ab).toEqual(ba);
    expect([ab.firstDate, ab.lastDate, ab.articleCount]).toEqual(['2025-02-01', '2025-03-04', 2]);
  });
});

describe('story matching with few stories', () => {
  /** Long articles: the story's own people and object, plus background that outlets add. */
  const horseGift = profile(
    entities(['Lena Moravec', 'Tobias Eklund', 'Jonas Brill'], ['Foreign Office'], ['Norland', 'Vesta'], ['horse', 'horse', 'stallion', 'stable', 'quarantine', 'president', 'embassy', 'flight']),
    '2025-05-10',
  );
  const bookGift = profile(
    entities(['Lena Moravec', 'Tobias Eklund', 'Ada Quist'], ['National Archive'], ['Norland', 'Vesta'], ['manuscript', 'manuscript', 'archive', 'volume', 'navigation', 'president', 'visit']),
    '2025-04-20',
  );
  const bookFollowUp = profile(
    entities(['Tobias Eklund', 'Rui Falk', 'Ada Quist'], ['National Archive'], ['Vesta'], ['manuscript', 'display', 'archive', 'volume', 'visitor', 'navigation']),
    null,
  );
  const sole = (story: ArticleProfile, id: string) => storyProfile(id, [story]);
  /** The index's view when only the candidate story exists: every term is in one story. */
  const oneStory = (story: ArticleProfile): DocumentFrequencies => ({ documents: 1, frequencies: Object.fromEntries(Object.keys(story.terms).map((t) => [t, 1])) });

  it('a second gift between the same two leaders stays apart even with no other story to learn from', () => {
    expect(scoreMatch(horseGift, sole(bookGift, 'book'), oneStory(bookGift))).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('an undated follow-up with new names joins the story of its object', () => {
    expect(chooseStory(bookFollowUp, [sole(bookGift, 'book')], { idf: oneStory(bookGift) })).toBe('book');
  });

  it('leaves the candidate story out of document frequencies, so sharing a term with it does not make the term look common', () => {
    const story = sole(bookGift, 'book');
    const idf = oneStory(bookGift);
    expect(inverseDocumentFrequency(keyTerm('manuscript'), idf, story)).toBe(inverseDocumentFrequency(keyTerm('horse'), idf, story));
    expect(inverseDocumentFrequency(keyTerm('manuscript'), idf)).toBeLessThan(inverseDocumentFrequency(keyTerm('horse'), idf));
  });

  it('an article sharing only names, or only vocabulary, scores nothing', () => {
    const namesOnly = profile(entities(['Lena Moravec', 'Tobias Eklund'], [], [], ['election', 'ballot']), '2025-04-21');
    const wordsOnly = profile(entities(['Pia Sand'], [], [], ['manuscript', 'archive', 'volume']), '2025-04-21');
    expect(scoreMatch(namesOnly, sole(bookGift, 'book'), oneStory(bookGift))).toBe(0);
    expect(scoreMatch(wordsOnly, sole(bookGift, 'book'), oneStory(bookGift))).toBe(0);
  });

  it('an article without names is judged by its key terms alone', () => {
    const noNames = profile(entities([], [], [], ['manuscript', 'archive', 'volume', 'navigation']), '2025-04-21');
    expect(scoreMatch(noNames, sole(bookGift, 'book'), oneStory(bookGift))).toBeGreaterThan(DEFAULT_MATCH_THRESHOLD);
  });
});
