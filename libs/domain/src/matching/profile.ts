import { cleanName } from '../names';
import type { ArticleEntities, PartialDate } from '../taxonomy';
import { earliestDate, latestDate } from '../dates';
import { fold, headNoun, stem } from '../words';

/**
 * Compact profiles for story matching: weighted terms plus dates. People and organisations
 * weigh more than places; key terms are weighed by how much the article is about them. Which
 * of them are distinctive is left to document frequencies at scoring time, so a politician in
 * every story counts for little and an artist's name for a lot.
 */

export const PROFILE_WEIGHTS = { person: 3, organization: 2, place: 1.5, term: 1 } as const;

/**
 * Key terms are raised to this power: a word the article keeps coming back to says what it is
 * about, one mentioned in passing (an earlier gift, another trip) mostly does not.
 */
const TERM_FOCUS = 1.5;

export type TermWeights = Readonly<Record<string, number>>;

export interface ArticleProfile {
  /** Keys are prefixed by kind: `p:` person (surname), `o:` organisation, `l:` place, `t:` key term. */
  readonly terms: TermWeights;
  readonly date: PartialDate;
}

export interface StoryProfile {
  readonly storyId: string;
  readonly terms: TermWeights;
  readonly firstDate: PartialDate;
  readonly lastDate: PartialDate;
  readonly articleCount: number;
}

/** Named terms (people, organisations, places) as opposed to key terms. */
export const isNamedTerm = (term: string) => !term.startsWith('t:');

/** A person by surname, so "X Y" in one article and "Y" in another meet. */
export const personTerm = (name: string) => {
  const tokens = fold(cleanName(name)).split(' ').filter(Boolean);
  return tokens.length > 0 ? `p:${tokens[tokens.length - 1]}` : '';
};
/** "U.S." and "US", "U.N." and "UN" are one name. */
const undotted = (name: string) => name.replace(/\b((?:\p{Lu}\.){2,})/gu, (acronym) => acronym.replace(/\./g, ''));
export const organizationTerm = (name: string) => {
  const key = fold(undotted(name)).replace(/^the /, '');
  return key ? `o:${key}` : '';
};
export const placeTerm = (name: string) => {
  const key = fold(undotted(name)).replace(/^the /, '');
  return key ? `l:${key}` : '';
};
/** Stemmed, with the synonyms outlets swap for one another folded (portrait, painting, artwork). */
export const keyTerm = (term: string) => {
  const key = fold(term)
    .split(' ')
    .map((word) => headNoun(word) || stem(word))
    .filter(Boolean)
    .join(' ');
  return key ? `t:${key}` : '';
};

/**
 * Titles say who, and the names beside them already count: two stories about one president share
 * "president" whatever they are about.
 */
const TITLES = new Set(
  'president presidents minister ministers premier chancellor mayor governor senator secretary spokesman spokeswoman spokesperson ambassador envoy official officials leader leaders councillor councilor deputy chairman chairwoman'.split(' '),
);

/**
 * `outlet` is the article's own source: an outlet naming itself ("told the Harbour Gazette") says
 * who reported the story, not what it is about, and every story an outlet covers would share it.
 */
export function articleProfile(entities: ArticleEntities, publishedAt: PartialDate, outlet?: string | null): ArticleProfile {
  const terms: Record<string, number> = {};
  const add = (key: string, weight: number) => {
    if (key && weight > 0) terms[key] = Math.max(terms[key] ?? 0, weight);
  };
  const own = outlet ? organizationTerm(outlet) : '';
  for (const person of entities.people) add(personTerm(person), PROFILE_WEIGHTS.person);
  for (const organization of entities.organizations) {
    const key = organizationTerm(organization);
    if (key !== own) add(key, PROFILE_WEIGHTS.organization);
  }
  for (const place of entities.places) add(placeTerm(place), PROFILE_WEIGHTS.place);
  const named = nameTokens(entities);
  for (const [term, weight] of Object.entries(entities.terms)) {
    // A name repeated as a key term would count the same evidence twice.
    const tokens = fold(term).split(' ');
    if (tokens.every((token) => named.has(token)) || tokens.some((token) => TITLES.has(token))) continue;
    // Sublinear: a word repeated ten times is not ten times as telling.
    add(keyTerm(term), PROFILE_WEIGHTS.term * (weight >= 1 ? 1 + Math.log(weight) : weight) ** TERM_FOCUS);
  }
  return { terms, date: publishedAt };
}

function nameTokens(entities: ArticleEntities): Set<string> {
  const tokens = new Set<string>();
  for (const name of entities.people) for (const token of fold(cleanName(name)).split(' ')) tokens.add(token);
  for (const name of [...entities.organizations, ...entities.places]) for (const token of fold(name).split(' ')) tokens.add(token);
  tokens.delete('');
  return tokens;
}

/** The story side: term weights summed over its articles, and the span of their dates. */
export function storyProfile(storyId: string, articles: readonly ArticleProfile[]): StoryProfile {
  return articles.reduce(addToStoryProfile, { storyId, terms: {}, firstDate: null, lastDate: null, articleCount: 0 });
}

/** Incremental form of `storyProfile`; sums and min/max do not care about order. */
export function addToStoryProfile(story: StoryProfile, article: ArticleProfile): StoryProfile {
  const terms: Record<string, number> = { ...story.terms };
  for (const [term, weight] of Object.entries(article.terms)) terms[term] = (terms[term] ?? 0) + weight;
  return {
    storyId: story.storyId,
    terms,
    firstDate: earliestDate([story.firstDate, article.date]),
    lastDate: latestDate([story.lastDate, article.date]),
    articleCount: story.articleCount + 1,
  };
}
