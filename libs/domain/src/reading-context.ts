import type { StoryState } from './state';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/;

export interface ReadingContext {
  storyDates: string[];
  knownPeople: string[];
  /** When the other articles date the story's events ("reveal" 2025-04-01): "unmasked last month" is a month later. */
  storyEvents: Array<{ subject: string; date: string }>;
}

/**
 * What a story lends to the reading of one of its articles: the other articles' full dates and
 * dated events (to place "last month") and the people they name (to expand a bare surname). It
 * leaves the article itself out, so reading an article on arrival and reading it again later see
 * the same story when the others are the same, whatever order they came in.
 */
export function readingContext(state: StoryState, articleId: string | null): ReadingContext {
  const others = Object.values(state.ledger.articles).filter((a) => a.articleId !== articleId);
  const storyDates = others.map((a) => a.publishedAt).filter((d): d is string => d !== null && FULL_DATE.test(d));
  const knownPeople = new Set(others.flatMap((a) => a.entities.people));
  const events = new Map<string, { subject: string; date: string }>();
  // only articles dated by their outlets: an undated one's reading depends on this one's
  for (const a of others) {
    if (a.publishedAt === null || a.dateInferred) continue;
    for (const f of a.datedFacts) {
      if (f.field === 'date' && MONTH_OR_DAY.test(f.value)) events.set(`${f.subject}|${f.value}`, { subject: f.subject, date: f.value });
    }
  }
  const storyEvents = [...events.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e);
  return { storyDates: [...new Set(storyDates)].sort(), knownPeople: [...knownPeople].sort(), storyEvents };
}
