import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clusterArticles, clusterShuffled, shuffledOrder } from './cluster-articles';

const SEEDS = join(__dirname, '../../../../../shared/seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(SEEDS, f), 'utf8');
    const m = /^\s*date\s+(\S+)\s*/.exec(text);
    return { body: m ? text.slice(m[0].length) : text, publishedAt: m?.[1] ?? null };
  });

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations(items.filter((_, j) => j !== i)).map((rest) => [x, ...rest]));
}

describe('clustering articles in memory', () => {
  it('puts the sample coverage in one story whatever order it arrives in', () => {
    for (const order of permutations([0, 1, 2, 3])) {
      const keys = clusterArticles(order.map((i) => seeds[i]!));
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).not.toBeNull();
    }
  });

  it('puts an article about something else in no story', () => {
    const match = { body: 'Rovers beat City 3-1 in the derby on Saturday. Striker Dani Okoro scored twice before half-time and the coach praised the defence.', publishedAt: '2025-03-08' };
    expect(clusterArticles([seeds[0]!, match, seeds[1]!])).toEqual(['story-1', null, 'story-1']);
  });

  it('shuffles deterministically and reports keys in the original positions', () => {
    expect(shuffledOrder(6, 7)).toEqual(shuffledOrder(6, 7));
    expect([...shuffledOrder(6, 7)].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(clusterShuffled(seeds, 2)).size).toBe(1);
  });
});
