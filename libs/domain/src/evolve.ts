import type { StoryEvent } from './events';
import { applyToLedger, draftOf } from './ledger';
import { emptyLedger, type StoryLedger, type StoryState } from './state';
import { deriveView } from './view/derive';

export function initialState(storyId: string): StoryState {
  return withView(storyId, emptyLedger());
}

export function evolve(state: StoryState, event: StoryEvent): StoryState {
  return foldEvents([event], state);
}

/**
 * Folds many events at once: one ledger copy and one view derivation for the whole batch, which
 * is what rebuilds, asOf queries and snapshot catch-up should use. Equal to folding with evolve.
 */
export function foldEvents(events: Iterable<StoryEvent>, from: StoryState): StoryState {
  const draft = draftOf(from.ledger);
  let changed = false;
  for (const event of events) changed = applyToLedger(draft, event) || changed;
  return changed ? withView(from.storyId, draft) : from;
}

function withView(storyId: string, ledger: StoryLedger): StoryState {
  return { ...deriveView(storyId, ledger), ledger };
}
