import { dayRange } from '../dates';
import type { PartialDate } from '../taxonomy';
import type { ArticleProfile, StoryProfile, TermWeights } from './profile';

/**
 * Scoring an article against candidate stories: TF-IDF cosine over profile terms, damped by
 * how far the article's date lies from the story's span. The caller fetches candidates by shared
 * terms and supplies document frequencies; nothing here needs the whole corpus.
 */

/** Document frequency of each term over `documents` stories (or articles; be consistent). */
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
 * Tuned on made-up coverage (see the matching specs): a follow-up that brings new names a month
 * later still scores above 0.25, while a different story about the same people, or sharing only
 * common words, stays near 0.1.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.2;

/** Coverage within a month of the story is "now" (stories run for weeks); beyond that the pull halves every 90 days. */
const TIME = { graceDays: 30, halfLifeDays: 90, floor: 0.15, unknown: 0.8 } as const;

/** Smoothed inverse document frequency: a term in every story still weighs a little. */
export function inverseDocumentFrequency(term: string, idf: DocumentFrequencies): number {
  const df = Math.min(idf.frequencies[term] ?? 0, idf.documents);
  return Math.log((idf.documents + 1) / (df + 1)) + 1;
}

function weighted(terms: TermWeights, idf: DocumentFrequencies): Map<string, number> {
  return new Map(Object.entries(terms).map(([term, weight]) => [term, weight * inverseDocumentFrequency(term, idf)]));
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  return dot / (norm(a) * norm(b));
}

/** 1 within the story's span or close to it, decaying with distance; unknown dates neither help nor sink. */
export function timeProximity(date: PartialDate, first: PartialDate, last: PartialDate): number {
  if (date === null || first === null || last === null) return TIME.unknown;
  const [from, to] = dayRange(date);
  const [spanStart, spanEnd] = [dayRange(first)[0], dayRange(last)[1]];
  const distance = to < spanStart ? spanStart - to : from > spanEnd ? from - spanEnd : 0;
  if (distance <= TIME.graceDays) return 1;
  return Math.max(TIME.floor, 0.5 ** ((distance - TIME.graceDays) / TIME.halfLifeDays));
}

/** 0..1: how well the article fits the story. */
export function scoreMatch(article: ArticleProfile, story: StoryProfile, idf: DocumentFrequencies): number {
  const similarity = cosine(weighted(article.terms, idf), weighted(story.terms, idf));
  return similarity * timeProximity(article.date, story.firstDate, story.lastDate);
}

/** Candidates by descending score (ties by story id, so the pick is stable). */
export function rankStories(article: ArticleProfile, candidates: readonly StoryProfile[], idf: DocumentFrequencies): ScoredStory[] {
  return candidates
    .map((story) => ({ storyId: story.storyId, score: scoreMatch(article, story, idf) }))
    .sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1));
}

/** The story the article belongs to, or null when none scores at least the threshold (it opens a new story). */
export function chooseStory(article: ArticleProfile, candidates: readonly StoryProfile[], options: MatchOptions): string | null {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const best = rankStories(article, candidates, options.idf)[0];
  return best && best.score >= threshold ? best.storyId : null;
}
