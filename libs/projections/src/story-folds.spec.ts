import { continues, emptyFold, foldMore, foldStream, StoryFoldCache, type StoryFold } from './story-folds';
import { falconStream } from './testing/streams';

const comparable = (fold: StoryFold) => ({ ...fold, linkedAt: [...fold.linkedAt], reviewedAt: [...fold.reviewedAt] });

describe('story folds', () => {
  const stream = falconStream();

  it('folding a stream in steps gives what folding it whole gives', () => {
    const whole = foldStream('story-falcon', stream);
    expect(whole.version).toBe(stream.length);
    expect(whole.position).toBe(stream[stream.length - 1]!.position);
    expect(whole.reviewedAt.get('ledger-1:1')).toBe(stream[stream.length - 2]!.position);
    for (const cut of [1, 3, stream.length - 2, stream.length - 1]) {
      const stepped = foldMore(foldMore(emptyFold('story-falcon'), stream.slice(0, cut)), stream.slice(cut));
      expect(comparable(stepped)).toEqual(comparable(whole));
    }
  });

  it('leaves the fold it continues as it was', () => {
    const first = foldMore(emptyFold('story-falcon'), stream.slice(0, 4));
    const before = comparable(first);
    foldMore(first, stream.slice(4));
    expect(comparable(first)).toEqual(before);
  });

  it('only continues a fold with the very next versions', () => {
    expect(continues(0, stream.slice(0, 2))).toBe(true);
    expect(continues(3, stream.slice(3, 6))).toBe(true);
    expect(continues(3, stream.slice(4, 6))).toBe(false); // a gap: someone else applied version 4
    expect(continues(3, stream.slice(2, 6))).toBe(false); // version 3 again: a retried batch
    expect(continues(3, [stream[4]!, stream[3]!])).toBe(false);
    expect(continues(3, [])).toBe(false);
  });

  it('refuses to fold events onto a fold they do not continue', () => {
    const stale = foldMore(emptyFold('story-falcon'), stream.slice(0, 3));
    expect(() => foldMore(stale, stream.slice(4))).toThrow(/do not follow version 3/);
    expect(() => foldMore(stale, stream.slice(1))).toThrow(/do not follow version 3/);
  });
});

describe('StoryFoldCache', () => {
  const fold = (storyId: string, version: number): StoryFold => ({ ...emptyFold(storyId), version });

  it('hands a fold out once: what is taken is no longer kept', () => {
    const cache = new StoryFoldCache(100);
    cache.put(fold('a', 10));
    expect(cache.take('a')?.version).toBe(10);
    expect(cache.take('a')).toBeUndefined();
  });

  it('keeps the latest fold of a story', () => {
    const cache = new StoryFoldCache(100);
    cache.put(fold('a', 10));
    cache.put(fold('a', 12));
    expect(cache.size).toBe(1);
    expect(cache.take('a')?.version).toBe(12);
  });

  it('drops the least recently kept folds beyond its event budget', () => {
    const cache = new StoryFoldCache(25);
    cache.put(fold('a', 10));
    cache.put(fold('b', 10));
    cache.put(cache.take('a')!); // used again: now the most recent
    cache.put(fold('c', 10));
    expect(cache.take('b')).toBeUndefined();
    expect(cache.take('a')?.version).toBe(10);
    expect(cache.take('c')?.version).toBe(10);
  });

  it('does not keep a fold larger than its whole budget, and empties on clear', () => {
    const cache = new StoryFoldCache(25);
    cache.put(fold('a', 10));
    cache.put(fold('big', 26));
    expect(cache.take('big')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
