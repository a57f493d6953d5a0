import type { StoryCommand } from './commands';
import { decide } from './decide';
import type { StoryEvent } from './events';
import { evolve, initialState } from './evolve';
import type { StoryState } from './state';

/** The story decider as one value, for code that runs any decider (command handlers, tests). */
export interface Decider<Command, State, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export const storyDecider = (storyId: string): Decider<StoryCommand, StoryState, StoryEvent> => ({
  decide,
  evolve,
  initialState: () => initialState(storyId),
});
