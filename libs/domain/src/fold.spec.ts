import { contentWords, fold } from './words';

describe('fold', () => {
  it('leaves text already folded as it is', () => {
    for (const text of ['', 'clearly touched', 'statement number 3 about matter 17', 'a1 b2']) expect(fold(text)).toBe(text);
  });

  it('folds anything else the long way', () => {
    expect(fold("Putin's “Portrait”, painted")).toBe('putin portrait painted');
    expect(fold('two  spaces')).toBe('two spaces');
    expect(fold(' padded ')).toBe('padded');
    expect(fold('Élysée')).toBe('elysee');
    expect(fold('snake_case')).toBe('snake case');
    expect(contentWords('the clearly touched')).toEqual(['clearly', 'touched']);
  });
});
