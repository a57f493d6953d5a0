import { addToStoryProfile, isNamedTerm, type ArticleProfile, type StoryProfile, type TermWeights } from './profile';
import type { DocumentFrequencies } from './score';

/**
 * Finding candidate stories: the rules shared by the database index and the in-memory one, so
 * that both pick the same candidates. Retrieval is bounded: an article is looked up by its
 * rarest keys, and keys found in a large share of all stories (a head of state) are left out
 * while rarer ones exist, so a popular name never makes an ingest read thousands of stories.
 */

export const RETRIEVAL = {
  /** Strongest key terms a story or article is found by, besides all its names. */
  keyTerms: 12,
  /** Keys one lookup uses. */
  maxKeys: 16,
  /** Candidates scored per article, most recent first. */
  maxCandidates: 100,
  /** A key in more stories than this (and than `popularShare` of them) is too common to look up by... */
  popularStories: 200,
  popularShare: 0.02,
  /** ...unless nothing rarer is known; then this many of the rarest popular keys are used. */
  popularFallback: 2,
  /**
   * Stories one lookup may reach through its keys (the sum of their document frequencies): the
   * rarest keys are taken until this many, so a lookup reads a bounded number of index rows
   * however many stories there are. A key found in more stories than this counts as popular.
   */
  maxPostings: 500,
} as const;

/** The keys a story or article is found by: its names and its strongest key terms. */
export function entityKeys(terms: TermWeights, keyTerms: number = RETRIEVAL.keyTerms): string[] {
  const named = Object.keys(terms).filter(isNamedTerm);
  const strongest = Object.entries(terms)
    .filter(([t]) => !isNamedTerm(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, keyTerms)
    .map(([t]) => t);
  return [...named, ...strongest].sort();
}

/** The keys one lookup uses, and whether they are popular ones (nothing rarer was known). */
export interface Lookup {
  readonly keys: string[];
  readonly popular: boolean;
}

/**
 * Of the article's keys, those worth looking stories up by, rarest first (no story has the
 * others). Rare keys meet few stories through the GIN index, and only as many of them are used
 * as keep the stories they reach within `maxPostings`; popular ones, used only when there is
 * nothing rarer, meet many, and the lookup then walks the most recent stories (recency index).
 */
export function planLookup(keys: readonly string[], idf: DocumentFrequencies): Lookup {
  const df = (k: string) => idf.frequencies[k] ?? 0;
  const known = keys.filter((k) => df(k) > 0).sort((a, b) => df(a) - df(b) || (a < b ? -1 : 1));
  const limit = Math.min(RETRIEVAL.maxPostings, Math.max(RETRIEVAL.popularStories, RETRIEVAL.popularShare * idf.documents));
  const rare = known.filter((k) => df(k) <= limit);
  if (rare.length === 0) return { keys: known.slice(0, RETRIEVAL.popularFallback), popular: known.length > 0 };
  const chosen: string[] = [];
  let postings = 0;
  for (const key of rare) {
    if (chosen.length === RETRIEVAL.maxKeys || postings + df(key) > RETRIEVAL.maxPostings) break;
    chosen.push(key);
    postings += df(key);
  }
  return { keys: chosen, popular: false };
}

export const lookupKeys = (keys: readonly string[], idf: DocumentFrequencies): string[] => planLookup(keys, idf).keys;

/** Most recent first (unknown dates last), ties by story id: the order both indexes cut candidates in. */
export function byRecency(a: StoryProfile, b: StoryProfile): number {
  if (a.lastDate !== b.lastDate) {
    if (a.lastDate === null) return 1;
    if (b.lastDate === null) return -1;
    return a.lastDate < b.lastDate ? 1 : -1;
  }
  return a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0;
}

export interface MemoryStoryIndex {
  frequencies(terms: readonly string[]): DocumentFrequencies;
  candidates(keys: readonly string[], idf: DocumentFrequencies): StoryProfile[];
  add(storyId: string, article: ArticleProfile): StoryProfile;
}

/** The story-matching index in memory (for the eval and tests), with the database index's rules. */
export function memoryStoryIndex(): MemoryStoryIndex {
  const stories = new Map<string, StoryProfile>();
  const df = new Map<string, number>();
  const byKey = new Map<string, Set<string>>();
  return {
    frequencies(terms) {
      const frequencies: Record<string, number> = {};
      for (const t of terms) if (df.has(t)) frequencies[t] = df.get(t)!;
      return { documents: stories.size, frequencies };
    },
    candidates(keys, idf) {
      const ids = new Set<string>();
      for (const k of lookupKeys(keys, idf)) for (const id of byKey.get(k) ?? []) ids.add(id);
      return [...ids].map((id) => stories.get(id)!).sort(byRecency).slice(0, RETRIEVAL.maxCandidates);
    },
    add(storyId, article) {
      const before = stories.get(storyId) ?? { storyId, terms: {}, firstDate: null, lastDate: null, articleCount: 0 };
      const after = addToStoryProfile(before, article);
      for (const t of Object.keys(after.terms)) if (!(t in before.terms)) df.set(t, (df.get(t) ?? 0) + 1);
      for (const k of entityKeys(before.terms)) byKey.get(k)?.delete(storyId);
      for (const k of entityKeys(after.terms)) byKey.set(k, (byKey.get(k) ?? new Set()).add(storyId));
      stories.set(storyId, after);
      return after;
    },
  };
}
