import type { StoryState } from './state';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a story lends to the reading of one of its articles: the other articles' full dates (to
 * place "last month") and the people they name (to expand a bare surname). It leaves the article
 * itself out, so reading an article on arrival and reading it again later see the same story
 * when the others are the same, whatever order they came in.
 */
export function readingContext(state: StoryState, articleId: string | null): { storyDates: string[]; knownPeople: string[] } {
  const others = Object.values(state.ledger.articles).filter((a) => a.articleId !== articleId);
  const storyDates = others.map((a) => a.publishedAt).filter((d): d is string => d !== null && FULL_DATE.test(d));
  const knownPeople = new Set(others.flatMap((a) => a.entities.people));
  return { storyDates: [...new Set(storyDates)].sort(), knownPeople: [...knownPeople].sort() };
}
