import type { Decider } from '../decider';

/**
 * Given / when / then for deciders, without mocks:
 *
 *   spec.given([pastEvents]).when(command).then([expectedEvents]);
 *   spec.given([pastEvents]).when(command).thenThrows(StoryNotFound);
 *
 * `given` folds the past events with the decider's own evolve, so a spec states history the
 * way the store would replay it.
 */

type ErrorClass = new (...args: any[]) => Error;

export interface Then<State, Event> {
  /** The decided events equal these, in order. */
  then(expected: readonly Event[]): Event[];
  /** Hand the decided events to an assertion (for specs that check a part of them). */
  thenEvents(assert: (events: Event[]) => void): Event[];
  /** The state after applying the decided events, for assertions on the read side. */
  thenState(assert: (state: State, events: Event[]) => void): State;
  thenThrows(error: ErrorClass, message?: string | RegExp): void;
}

export interface DeciderSpec<Command, State, Event> {
  given(events?: readonly Event[]): { when(command: Command): Then<State, Event> };
}

export function deciderSpec<Command, State, Event>(decider: Decider<Command, State, Event>): DeciderSpec<Command, State, Event> {
  return {
    given: (past = []) => ({
      when: (command) => {
        const state = () => past.reduce(decider.evolve, decider.initialState());
        const run = () => decider.decide(command, state());
        return {
          then: (expected) => {
            const events = run();
            expect(events).toEqual(expected);
            return events;
          },
          thenEvents: (assert) => {
            const events = run();
            assert(events);
            return events;
          },
          thenState: (assert) => {
            const before = state();
            const events = decider.decide(command, before);
            const after = events.reduce(decider.evolve, before);
            assert(after, events);
            return after;
          },
          thenThrows: (error, message) => {
            expect(run).toThrow(error);
            if (message !== undefined) expect(run).toThrow(message);
          },
        };
      },
    }),
  };
}
