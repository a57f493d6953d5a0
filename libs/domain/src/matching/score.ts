import { dayRange } from '../dates';
import type { PartialDate } from '../taxonomy';
import { isNamedTerm, type ArticleProfile, type StoryProfile } from './profile';

/**
 * Scoring an article against candidate stories. Two TF-IDF cosines, one over named terms (who
 * and where) and one over key terms (what), combined by a weighted geometric mean: sharing the same
 * people is not enough when the article is about another object or event (a second gift between
 * the same two leaders), and sharing vocabulary is not enough without the people. Dates only
 * count against a story when they clearly disagree.
 */

/**
 * Document frequency, over stories, of the article's terms. Terms not listed (a story's terms
 * that the article lacks) count as found in no other story, so callers need not look up the
 * candidates' whole vocabulary.
 */
export interface DocumentFrequencies {
  readonly documents: number;
  readonly frequencies: Readonly<Record<string, number>>;
}

export interface MatchOptions {
  readonly idf: DocumentFrequencies;
  /** Minimum score to join a story; default `DEFAULT_MATCH_THRESHOLD`. */
  readonly threshold?: number;
}

export interface ScoredStory {
  readonly storyId: string;
  readonly score: number;
}

/**
 * Chosen on made-up coverage (see the matching specs and the eval): follow-ups that bring new
 * names, an artist's reveal a month later or an undated display of a gift score about 0.27 and
 * above; a second gift or a second portrait of the same people mostly stays below 0.2.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.24;

/**
 * How much the named part counts in the (weighted geometric) mean. Below a half: the same
 * principals turn up in many of their stories, what the article is about less so.
 */
const NAMED_SHARE = 0.35;

/** Coverage within a month of the story is "now" (stories run for weeks); beyond that the pull halves every 90 days. */
const TIME = { graceDays: 30, halfLifeDays: 90, floor: 0.15 } as const;

/**
 * Smoothed inverse document frequency over the stories other than `story`. Leaving the candidate
 * out matters while there are few stories: otherwise every term the article shares with its own
 * story looks common and every term it does not share looks rare.
 */
export function inverseDocumentFrequency(term: string, idf: DocumentFrequencies, story?: StoryProfile): number {
  const own = story !== undefined && term in story.terms ? 1 : 0;
  const documents = Math.max(0, idf.documents - (story ? 1 : 0));
  const df = Math.min(Math.max(0, (idf.frequencies[term] ?? 0) - own), documents);
  return Math.log((documents + 1) / (df + 1)) + 1;
}

/** 1 unless the article's date lies clearly outside the story's span; unknown dates do not count against it. */
export function timeProximity(date: PartialDate, first: PartialDate, last: PartialDate): number {
  if (date === null || first === null || last === null) return 1;
  return proximity(dayRange(date), dayRange(first)[0], dayRange(last)[1]);
}

function proximity([from, to]: readonly [number, number], spanStart: number, spanEnd: number): number {
  const distance = to < spanStart ? spanStart - to : from > spanEnd ? from - spanEnd : 0;
  if (distance <= TIME.graceDays) return 1;
  return Math.max(TIME.floor, 0.5 ** ((distance - TIME.graceDays) / TIME.halfLifeDays));
}

/** 0..1: how well the article fits the story. */
export function scoreMatch(article: ArticleProfile, story: StoryProfile, idf: DocumentFrequencies): number {
  return scorer(article, idf)(story);
}

/** A cosine from its dot product and squared norms; NaN when a side has no terms of the kind (it cannot disagree on them). */
const cosine = (dot: number, a: number, s: number) => (a > 0 && s > 0 ? (dot > 0 ? dot / Math.sqrt(a * s) : 0) : Number.NaN);

/**
 * Scoring one article against many stories: two TF-IDF cosines (named and key terms) times the
 * time proximity. The article's side (its terms, weights and both IDFs of each: with the story
 * left out of the counts when it has the term, and when it has not) is worked out once; each
 * story then costs one pass over its terms and one over the article's.
 */
function scorer(article: ArticleProfile, idf: DocumentFrequencies): (story: StoryProfile) => number {
  const documents = Math.max(0, idf.documents - 1);
  // `inverseDocumentFrequency(term, idf, story)`, with `own` whether the story has the term.
  const weigh = (term: string, own: 0 | 1) => {
    const df = Math.min(Math.max(0, (idf.frequencies[term] ?? 0) - own), documents);
    return Math.log((documents + 1) / (df + 1)) + 1;
  };
  const terms = Object.keys(article.terms);
  const position = new Map(terms.map((term, i) => [term, i]));
  const weights = terms.map((term) => article.terms[term]!);
  const named = terms.map(isNamedTerm);
  const inStory = terms.map((term) => weigh(term, 1));
  const notInStory = terms.map((term) => weigh(term, 0));
  const storyOnly = new Map<string, number>();
  const found = new Float64Array(terms.length);
  const range = article.date === null ? null : dayRange(article.date);
  const days = new Map<string, readonly [number, number]>();
  const daysOf = (date: string) => {
    let known = days.get(date);
    if (!known) days.set(date, (known = dayRange(date)));
    return known;
  };

  return (story) => {
    // The story's norms, and which of the article's terms it has (with its weight; NaN: absent).
    found.fill(Number.NaN);
    let storyNamed = 0;
    let storyKey = 0;
    for (const term in story.terms) {
      const w = story.terms[term]!;
      const i = position.get(term);
      let idfOf: number;
      if (i !== undefined) {
        found[i] = w;
        idfOf = inStory[i]!;
      } else {
        const known = storyOnly.get(term);
        if (known === undefined) storyOnly.set(term, (idfOf = weigh(term, 1)));
        else idfOf = known;
      }
      const x = w * idfOf;
      if (isNamedTerm(term)) storyNamed += x * x;
      else storyKey += x * x;
    }
    let dotNamed = 0;
    let dotKey = 0;
    let articleNamed = 0;
    let articleKey = 0;
    for (let i = 0; i < terms.length; i++) {
      const s = found[i]!;
      const has = !Number.isNaN(s);
      const a = weights[i]! * (has ? inStory[i]! : notInStory[i]!);
      if (named[i]) {
        articleNamed += a * a;
        if (has) dotNamed += a * (s * inStory[i]!);
      } else {
        articleKey += a * a;
        if (has) dotKey += a * (s * inStory[i]!);
      }
    }
    const byName = cosine(dotNamed, articleNamed, storyNamed);
    const byKey = cosine(dotKey, articleKey, storyKey);
    const content = Number.isNaN(byName) ? (Number.isNaN(byKey) ? 0 : byKey) : Number.isNaN(byKey) ? byName : byName ** NAMED_SHARE * byKey ** (1 - NAMED_SHARE);
    if (content === 0 || range === null || story.firstDate === null || story.lastDate === null) return content;
    return content * proximity(range, daysOf(story.firstDate)[0], daysOf(story.lastDate)[1]);
  };
}

/** Candidates by descending score (ties by story id, so the pick is stable). */
export function rankStories(article: ArticleProfile, candidates: readonly StoryProfile[], idf: DocumentFrequencies): ScoredStory[] {
  const score = scorer(article, idf);
  return candidates
    .map((story) => ({ storyId: story.storyId, score: score(story) }))
    .sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1));
}

/** The story the article belongs to, or null when none scores at least the threshold (it opens a new story). */
export function chooseStory(article: ArticleProfile, candidates: readonly StoryProfile[], options: MatchOptions): string | null {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const best = rankStories(article, candidates, options.idf)[0];
  return best && best.score >= threshold ? best.storyId : null;
}
