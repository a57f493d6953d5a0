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
 * names, an artist's reveal a month later or an undated display of a gift score about 0.29 and
 * above; a second gift or a second portrait of the same people mostly stays below 0.25.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.28;

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

interface Similarity {
  readonly named: number;
  readonly key: number;
}

/** `inverseDocumentFrequency(term, idf, story)` as a function of whether the story has the term. */
type StoryIdf = (term: string, inStory: boolean) => number;

/**
 * The same figures as `inverseDocumentFrequency` against a candidate story, each computed once
 * per ranking: candidates share most of their vocabulary with the article and with each other.
 */
function storyIdf(idf: DocumentFrequencies): StoryIdf {
  const memo = [new Map<string, number>(), new Map<string, number>()] as const;
  const documents = Math.max(0, idf.documents - 1);
  return (term, inStory) => {
    const known = memo[inStory ? 1 : 0];
    let value = known.get(term);
    if (value === undefined) {
      const df = Math.min(Math.max(0, (idf.frequencies[term] ?? 0) - (inStory ? 1 : 0)), documents);
      value = Math.log((documents + 1) / (df + 1)) + 1;
      known.set(term, value);
    }
    return value;
  };
}

/** Cosines of the named and of the key terms, weighted by TF-IDF. */
function similarity(article: ArticleProfile, story: StoryProfile, idf: StoryIdf): Similarity {
  const dot = { named: 0, key: 0 };
  const articleNorm = { named: 0, key: 0 };
  const storyNorm = { named: 0, key: 0 };
  for (const term in article.terms) {
    const part = isNamedTerm(term) ? 'named' : 'key';
    const s = story.terms[term];
    const a = article.terms[term]! * idf(term, s !== undefined);
    articleNorm[part] += a * a;
    if (s !== undefined) dot[part] += a * (s * idf(term, true));
  }
  for (const term in story.terms) {
    const s = story.terms[term]! * idf(term, true);
    storyNorm[isNamedTerm(term) ? 'named' : 'key'] += s * s;
  }
  const cos = (part: 'named' | 'key') => (dot[part] > 0 ? dot[part] / Math.sqrt(articleNorm[part] * storyNorm[part]) : 0);
  // A side without any named (or key) terms cannot disagree on them: judge by the other part alone.
  const has = (part: 'named' | 'key') => articleNorm[part] > 0 && storyNorm[part] > 0;
  return { named: has('named') ? cos('named') : Number.NaN, key: has('key') ? cos('key') : Number.NaN };
}

/** 1 unless the article's date lies clearly outside the story's span; unknown dates do not count against it. */
export function timeProximity(date: PartialDate, first: PartialDate, last: PartialDate): number {
  if (date === null || first === null || last === null) return 1;
  const [from, to] = dayRange(date);
  const [spanStart, spanEnd] = [dayRange(first)[0], dayRange(last)[1]];
  const distance = to < spanStart ? spanStart - to : from > spanEnd ? from - spanEnd : 0;
  if (distance <= TIME.graceDays) return 1;
  return Math.max(TIME.floor, 0.5 ** ((distance - TIME.graceDays) / TIME.halfLifeDays));
}

/** 0..1: how well the article fits the story. */
export function scoreMatch(article: ArticleProfile, story: StoryProfile, idf: DocumentFrequencies): number {
  return score(article, story, storyIdf(idf));
}

function score(article: ArticleProfile, story: StoryProfile, idf: StoryIdf): number {
  const { named, key } = similarity(article, story, idf);
  const content = Number.isNaN(named) ? (Number.isNaN(key) ? 0 : key) : Number.isNaN(key) ? named : named ** NAMED_SHARE * key ** (1 - NAMED_SHARE);
  return content * timeProximity(article.date, story.firstDate, story.lastDate);
}

/** Candidates by descending score (ties by story id, so the pick is stable). */
export function rankStories(article: ArticleProfile, candidates: readonly StoryProfile[], idf: DocumentFrequencies): ScoredStory[] {
  const weigh = storyIdf(idf);
  return candidates
    .map((story) => ({ storyId: story.storyId, score: score(article, story, weigh) }))
    .sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1));
}

/** The story the article belongs to, or null when none scores at least the threshold (it opens a new story). */
export function chooseStory(article: ArticleProfile, candidates: readonly StoryProfile[], options: MatchOptions): string | null {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const best = rankStories(article, candidates, options.idf)[0];
  return best && best.score >= threshold ? best.storyId : null;
}
