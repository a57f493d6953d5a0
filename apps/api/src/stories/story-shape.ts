import { invalid } from '@storyline/application';
import type { StoryView } from '@storyline/domain';

/**
 * How much of a story one answer embeds. A story followed by hundreds of outlets has facts with
 * hundreds of sources each and a state of megabytes, which no client wants on every poll. By
 * default a story of up to {@link WHOLE_STORY_ARTICLES} articles is answered whole, and a longer
 * one is summarised: its first {@link LONG_STORY_LIMITS} articles and each fact's first sources,
 * in coverage order, always with the total counts. `articles=` and `sources=` (a number or
 * `all`) set either list's length for any story.
 */
export interface StoryLimits {
  /** Articles listed, earliest first; null for all of them, undefined for the default. */
  articles?: number | null;
  /** Sources (and development ids) listed per fact, and article ids per contradicting value; null for all, undefined for the default. */
  sources?: number | null;
}

/** Stories of up to this many articles are answered whole by default. */
export const WHOLE_STORY_ARTICLES = 50;

/** What a longer story's default answer lists. */
export const LONG_STORY_LIMITS: Readonly<{ articles: number; sources: number }> = { articles: 50, sources: 10 };

export const DEFAULT_LIMITS: Readonly<StoryLimits> = {};

/** The largest number accepted for a limit; anything above is as good as `all`. */
export const MAX_LIMIT = 100_000;

/** `all` (null), a whole number from 0 to MAX_LIMIT, or undefined (the default) when absent. */
export function parseLimit(name: keyof StoryLimits, value: unknown): number | null | undefined {
  if (value === undefined || value === '') return undefined;
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

/** A cache key part: `default.default`, `50.all`. */
export const limitsKey = (limits: StoryLimits): string =>
  `${limits.articles === undefined ? 'default' : (limits.articles ?? 'all')}.${limits.sources === undefined ? 'default' : (limits.sources ?? 'all')}`;

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
  const long = view.articles.length > WHOLE_STORY_ARTICLES;
  const articleLimit = limits.articles !== undefined ? limits.articles : long ? LONG_STORY_LIMITS.articles : null;
  const sourceLimit = limits.sources !== undefined ? limits.sources : long ? LONG_STORY_LIMITS.sources : null;
  let truncated = false;
  const cap = <T>(list: readonly T[], limit: number | null): T[] => {
    if (limit === null || list.length <= limit) return list as T[];
    truncated = true;
    return list.slice(0, limit);
  };
  // Spread first, so every key keeps its place and the counts come after the stored fields.
  const shaped: ShapedStory = {
    ...view,
    articles: cap(view.articles, articleLimit),
    facts: view.facts.map((fact) => ({
      ...fact,
      sources: cap(fact.sources, sourceLimit),
      developmentIds: cap(fact.developmentIds, sourceLimit),
      sourceCount: fact.sources.length,
      developmentCount: fact.developmentIds.length,
    })),
    contradictions: view.contradictions.map((c) => ({
      ...c,
      values: c.values.map((v) => ({ ...v, articleIds: cap(v.articleIds, sourceLimit), articleCount: v.articleIds.length })),
    })),
    articleCount: view.articles.length,
    truncated: false,
  };
  shaped.truncated = truncated;
  return shaped;
}
