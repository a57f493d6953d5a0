import type { AmendDevelopment, StoryCommand } from './commands';
import { decideIngest, decideIngestAndFold, decideRereadAndFold } from './decide-ingest';
import { derivedEvents } from './derived';
import { ArticleNotInStory, DevelopmentNotFound, InvalidStoryCommand, StoryClosed, StoryNotFound } from './errors';
import type { StoryEvent } from './events';
import { foldEvents } from './evolve';
import { isSlotOf } from './slots';
import type { LedgerDevelopment, StoryState } from './state';

/** The story decider: what a command means given what the story knows. Pure; throws domain errors. */
export function decide(command: StoryCommand, state: StoryState): StoryEvent[] {
  if (command.data.storyId !== state.storyId) {
    throw new InvalidStoryCommand(`command for story ${command.data.storyId} sent to story ${state.storyId}`);
  }
  switch (command.type) {
    case 'IngestArticle':
      return decideIngest(command, state);
    case 'RereadArticle':
      return decideRereadAndFold(command, state).events;
    case 'ApproveDevelopment': {
      const { developmentId, editor } = command.data;
      requireEditor(editor);
      requireDevelopment(state, developmentId);
      if (state.ledger.reviews[developmentId]?.status === 'approved') return [];
      return withDerived(state, [{ type: 'DevelopmentApproved', data: { developmentId, editor } }]);
    }
    case 'RejectDevelopment': {
      const { developmentId, editor, reason } = command.data;
      requireEditor(editor);
      requireDevelopment(state, developmentId);
      if (state.ledger.reviews[developmentId]?.status === 'rejected') return [];
      return withDerived(state, [{ type: 'DevelopmentRejected', data: { developmentId, editor, reason: reason ?? null } }]);
    }
    case 'AmendDevelopment':
      return decideAmend(command, state);
    case 'MergeStories': {
      const { storyId, targetStoryId, editor } = command.data;
      requireEditor(editor);
      requireOpenStory(state);
      if (targetStoryId === storyId || !targetStoryId) throw new InvalidStoryCommand('a story cannot be merged into itself');
      return [{ type: 'StoriesMerged', data: { sourceStoryId: storyId, targetStoryId, editor } }];
    }
    case 'MoveArticle': {
      const { storyId, articleId, toStoryId, editor } = command.data;
      requireEditor(editor);
      requireOpenStory(state);
      if (!state.ledger.articles[articleId]) throw new ArticleNotInStory(articleId);
      if (toStoryId === storyId || !toStoryId) throw new InvalidStoryCommand('an article cannot be moved to the story it is in');
      return withDerived(state, [{ type: 'ArticleMoved', data: { articleId, fromStoryId: storyId, toStoryId, editor } }]);
    }
    default: {
      const unknown: never = command;
      throw new InvalidStoryCommand(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The decision and the state it leads to (`foldEvents(events, state)`), for callers that keep the
 * story's state between commands; an ingestion gets it without a second fold.
 */
export function decideAndFold(command: StoryCommand, state: StoryState): { events: StoryEvent[]; state: StoryState } {
  if (command.type === 'IngestArticle' && command.data.storyId === state.storyId) return decideIngestAndFold(command, state);
  if (command.type === 'RereadArticle' && command.data.storyId === state.storyId) return decideRereadAndFold(command, state);
  const events = decide(command, state);
  return { events, state: foldEvents(events, state) };
}

function decideAmend(command: AmendDevelopment, state: StoryState): StoryEvent[] {
  const { developmentId, editor, slots, reason } = command.data;
  requireEditor(editor);
  const development = requireDevelopment(state, developmentId);
  const problems = Object.entries(slots).flatMap(([slot, value]) => {
    if (!isSlotOf(development.type, slot)) return [`${development.type} has no slot ${slot}`];
    if (typeof value !== 'string' || value.trim() === '') return [`slot ${slot} must not be empty`];
    return [];
  });
  if (problems.length > 0) throw new InvalidStoryCommand(problems.join('; '));
  const review = state.ledger.reviews[developmentId];
  const current = review?.slots ?? development.slots;
  const amended = { ...current, ...Object.fromEntries(Object.entries(slots).map(([slot, value]) => [slot, value.trim()])) };
  const unchanged = Object.keys(amended).every((slot) => amended[slot] === current[slot]);
  if (unchanged && review?.status !== 'rejected') return [];
  return withDerived(state, [{ type: 'DevelopmentAmended', data: { developmentId, editor, slots: amended, reason: reason ?? null } }]);
}

function withDerived(state: StoryState, events: StoryEvent[]): StoryEvent[] {
  return [...events, ...derivedEvents(state, foldEvents(events, state))];
}

function requireOpenStory(state: StoryState): void {
  if (!state.ledger.opened) throw new StoryNotFound(state.storyId);
  if (state.ledger.mergedInto !== null) throw new StoryClosed(state.storyId, state.ledger.mergedInto);
}

function requireDevelopment(state: StoryState, developmentId: string): LedgerDevelopment {
  requireOpenStory(state);
  const development = state.ledger.developments[developmentId];
  if (!development) throw new DevelopmentNotFound(developmentId);
  return development;
}

function requireEditor(editor: string): void {
  if (!editor || !editor.trim()) throw new InvalidStoryCommand('an editor must be named');
}
