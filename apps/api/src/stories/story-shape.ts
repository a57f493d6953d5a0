import { invalid } from '@storyline/application';
import type { StoryView } from '@storyline/domain';

/**
 * How much of a story one answer embeds. A story followed by hundreds of outlets has facts with
 * hundreds of sources each and a state of megabytes; the default answer carries the first
 * `sources` sources of each fact and the first `articles` articles, in coverage order, with
 * their total counts, and `?sources=all&articles=all` asks for everything. With the defaults a
 * story of up to 25 articles is answered whole. Sources are the bulk of a long story's answer (a
 * few hundred bytes each, per fact), so theirs is the smaller default.
 */
export interface StoryLimits {
  /** Articles listed, earliest first; null for all of them. */
  articles: number | null;
  /** Sources (and development ids) listed per fact, and article ids per contradicting value; null for all. */
  sources: number | null;
}

export const DEFAULT_LIMITS: Readonly<StoryLimits> = { articles: 100, sources: 25 };

/** The largest number accepted for a limit; anything above is as good as `all`. */
export const MAX_LIMIT = 100_000;

/** `all`, or a whole number from 0 to MAX_LIMIT; the default when absent. */
export function parseLimit(name: keyof StoryLimits, value: unknown): number | null {
  if (value === undefined || value === '') return DEFAULT_LIMITS[name];
  if (value === 'all') return null;
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= MAX_LIMIT)) {
    throw invalid(`${name} must be "all" or a whole number from 0 to ${MAX_LIMIT}, got ${JSON.stringify(value)}`);
  }
  return n;
}

export function parseLimits(query: Record<string, unknown>): StoryLimits {
  return { articles: parseLimit('articles', query.articles), sources: parseLimit('sources', query.sources) };
}

/** A cache key part: `100.25`, `all.all`. */
export const limitsKey = (limits: StoryLimits): string => `${limits.articles ?? 'all'}.${limits.sources ?? 'all'}`;

/** The served story: the view with capped lists and their counts. */
export type ShapedStory = Omit<StoryView, 'facts' | 'contradictions'> & {
  /** Articles in the story; `articles` lists the first of them. */
  articleCount: number;
  /** Whether any list in this answer was cut short by the limits. */
  truncated: boolean;
  facts: (StoryView['facts'][number] & { sourceCount: number; developmentCount: number })[];
  contradictions: (Omit<StoryView['contradictions'][number], 'values'> & {
    values: (StoryView['contradictions'][number]['values'][number] & { articleCount: number })[];
  })[];
};

/**
 * Applies the limits to a story view. Counts are always present, so a client can tell a cut
 * list (`sources.length < sourceCount`) from a complete one; `truncated` says whether any was.
 */
export function shapeStory(view: StoryView, limits: StoryLimits): ShapedStory {
  let truncated = false;
  const cap = <T>(list: readonly T[], limit: number | null): T[] => {
    if (limit === null || list.length <= limit) return list as T[];
    truncated = true;
    return list.slice(0, limit);
  };
  // Spread first, so every key keeps its place and the counts come after the stored fields.
  const shaped: ShapedStory = {
    ...view,
    articles: cap(view.articles, limits.articles),
    facts: view.facts.map((fact) => ({
      ...fact,
      sources: cap(fact.sources, limits.sources),
      developmentIds: cap(fact.developmentIds, limits.sources),
      sourceCount: fact.sources.length,
      developmentCount: fact.developmentIds.length,
    })),
    contradictions: view.contradictions.map((c) => ({
      ...c,
      values: c.values.map((v) => ({ ...v, articleIds: cap(v.articleIds, limits.sources), articleCount: v.articleIds.length })),
    })),
    articleCount: view.articles.length,
    truncated: false,
  };
  shaped.truncated = truncated;
  return shaped;
}
