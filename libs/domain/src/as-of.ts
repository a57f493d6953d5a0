import { isPartialDate, knownBy } from './dates';
import { InvalidStoryCommand } from './errors';
import { articleOf, isOutletsContradiction, type StoryEvent } from './events';
import { foldEvents, initialState } from './evolve';
import type { StoryState } from './state';
import type { PartialDate } from './taxonomy';

/**
 * Time travel: what the story knew at a date. Because the state does not depend on arrival
 * order, this is a filter on article dates followed by a fold.
 *
 * - An article counts once its date was certainly reached: `2025-04` is known by `2025-04-30`,
 *   not by `2025-04-10`. `asOf` may itself be partial (`2025-04` means the end of April).
 * - Undated articles have no date to compare, so they are left out unless `includeUndated`.
 * - Editor reviews carry no date in the domain; a review applies wherever its development is
 *   shown (an extraction rejected as wrong was wrong then too).
 */
export interface AsOfOptions {
  readonly includeUndated?: boolean;
  /** Defaults to the story id found in the events. */
  readonly storyId?: string;
}

export function stateAsOf(events: readonly StoryEvent[], asOf: string, options: AsOfOptions = {}): StoryState {
  const storyId = options.storyId ?? storyIdOf(events);
  return foldAsOf(initialState(storyId), events, asOf, options);
}

/**
 * Snapshot-friendly: folds onto `from` (for example a stored `stateAsOf` at an earlier date) the
 * events whose article is known by `asOf`. Pass only events `from` does not already contain.
 */
export function foldAsOf(from: StoryState, events: readonly StoryEvent[], asOf: string, options: AsOfOptions = {}): StoryState {
  if (!isPartialDate(asOf)) throw new InvalidStoryCommand(`asOf ${asOf} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const dates = new Map<string, PartialDate>(Object.values(from.ledger.articles).map((a) => [a.articleId, a.publishedAt]));
  const articleOfDevelopment = new Map(Object.values(from.ledger.developments).map((d) => [d.developmentId, d.articleId]));
  for (const event of events) {
    if (event.type === 'ArticleLinked') dates.set(event.data.articleId, event.data.publishedAt);
    const articleId = articleOf(event);
    if (articleId && 'developmentId' in event.data) articleOfDevelopment.set(event.data.developmentId, articleId);
  }
  const included = (articleId: string | undefined) => {
    if (articleId === undefined || !dates.has(articleId)) return false;
    const date = dates.get(articleId) ?? null;
    return date === null ? options.includeUndated === true : knownBy(date, asOf);
  };
  const kept = events.filter((event) => {
    switch (event.type) {
      case 'StoryOpened':
      case 'StoriesMerged':
        return true;
      case 'DevelopmentApproved':
      case 'DevelopmentRejected':
      case 'DevelopmentAmended':
        return included(articleOfDevelopment.get(event.data.developmentId));
      default:
        if (isOutletsContradiction(event)) return event.data.values.every((v) => v.articleIds.every(included));
        return included(articleOf(event) ?? undefined);
    }
  });
  return foldEvents(kept, from);
}

function storyIdOf(events: readonly StoryEvent[]): string {
  for (const event of events) {
    if (event.type === 'StoryOpened' || event.type === 'ArticleLinked') return event.data.storyId;
  }
  throw new InvalidStoryCommand('no story id in these events; pass options.storyId');
}
