import type { StoryState } from './state';

/**
 * A canonical copy of a state for comparison and storage: object keys sorted at every level.
 * Arrays in the view are already in a set-determined order, so they are left as they are.
 */
export function normalizeState(state: StoryState): StoryState {
  return sortKeys(state) as StoryState;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}
