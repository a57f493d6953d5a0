/** One line per development, as a journalist would write it. */
import { sentence } from './summaries';

describe('development summaries', () => {
  it('names the target of a rebuke when the text gave one, and leaves it out when not', () => {
    expect(sentence('RebukeIssued', { speaker: 'Ana Ruiz', target: 'regulator' })).toBe('Rebuke: Ana Ruiz to regulator');
    expect(sentence('RebukeIssued', { speaker: 'Ana Ruiz', quote: 'a disgrace' })).toBe('Rebuke: Ana Ruiz — “a disgrace”');
  });
});
