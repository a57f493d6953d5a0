import { articleProfile, chooseStory, entityKeys, memoryStoryIndex, type PartialDate } from '@storyline/domain';
import { extract, type ArticleInput } from '@storyline/extraction';

export interface ClusterOptions {
  /** As `STORY_MATCH_THRESHOLD`; the domain default when absent. */
  readonly threshold?: number;
}

/**
 * Story matching as ingestion does it (extraction, profile, candidate lookup, scoring, the
 * story index updated after each article), in memory and in the order given. Returns a story
 * key per article, or null for an article ingestion would put in no story.
 */
export function clusterArticles(articles: readonly ArticleInput[], options: ClusterOptions = {}): Array<string | null> {
  const index = memoryStoryIndex();
  const stories = new Map<string, { people: Set<string>; dates: string[]; events: Array<{ subject: string; date: string }> }>();
  return articles.map((article) => {
    let extraction = extract(article);
    if (extraction.unrelated && extraction.findings.length === 0) return null;
    const publishedAt = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
    const profile = articleProfile(extraction.entities, publishedAt, article.source);
    const idf = index.frequencies(Object.keys(profile.terms));
    const matched = chooseStory(profile, index.candidates(entityKeys(profile.terms), idf), { idf, threshold: options.threshold });
    // An unrelated article (only quotes) counts in a story it matches but opens none.
    if (!matched && extraction.unrelated) return null;
    const storyId = matched ?? `story-${stories.size + 1}`;
    const story = stories.get(storyId) ?? { people: new Set<string>(), dates: [], events: [] };
    let date: PartialDate = publishedAt;
    if (!date && matched) {
      // As ingestion does: names and relative dates of an undated article are read against its story.
      extraction = extract(article, { knownPeople: [...story.people], storyDates: story.dates, storyEvents: story.events });
      date = extraction.inferredDate;
    }
    for (const person of extraction.entities.people) story.people.add(person);
    if (date && date.length === 10) story.dates.push(date);
    // as the reading context does: only articles dated by their outlets lend their events
    if (publishedAt) for (const f of extraction.datedFacts) if (f.field === 'date' && f.value.length >= 7) story.events.push({ subject: f.subject, date: f.value });
    stories.set(storyId, story);
    index.add(storyId, articleProfile(extraction.entities, date, article.source));
    return storyId;
  });
}

/** The same clustering with the articles taken in a shuffled order (seeded, so runs repeat); keys per original position. */
export function clusterShuffled(articles: readonly ArticleInput[], seed: number, options: ClusterOptions = {}): Array<string | null> {
  const order = shuffledOrder(articles.length, seed);
  const keys = clusterArticles(
    order.map((i) => articles[i]!),
    options,
  );
  const result = new Array<string | null>(articles.length).fill(null);
  order.forEach((original, position) => (result[original] = keys[position] ?? null));
  return result;
}

/** Fisher–Yates over a small linear congruential generator: deterministic for a seed. */
export function shuffledOrder(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
