/**
 * Memoises a pure string function. Names and phrases recur across a story's developments, and
 * the view is recomputed from them often; the cache is bounded and changes no result.
 */
export function memoize(fn: (input: string) => string, limit = 20_000): (input: string) => string {
  const cache = new Map<string, string>();
  return (input: string) => {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    const result = fn(input);
    if (cache.size >= limit) cache.clear();
    cache.set(input, result);
    return result;
  };
}
