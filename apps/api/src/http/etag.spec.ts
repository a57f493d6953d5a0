import { noneMatch } from './etag';

describe('noneMatch', () => {
  const etag = '"abc"';
  it.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc"', true],
    ['*', true],
    ['"abcd"', false],
    ['abc', false],
  ])('%j → %s', (header, expected) => {
    expect(noneMatch(header, etag)).toBe(expected);
  });
});
