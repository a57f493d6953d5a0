/**
 * Duplicate and near-duplicate detection over article text. Hashing stays with the caller
 * (node:crypto), so the domain only defines what is hashed.
 */

/**
 * Syndicated copies keep most sentences verbatim and change a headline, a byline, a paragraph.
 * With 5-word shingles one edited word removes up to five shingles, so a copy with a light edit
 * in most sentences still keeps about three quarters of them, while two outlets writing up the
 * same story, even sharing quotes, stay far below half. 0.7 sits between the two.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
export const SHINGLE_SIZE = 5;

/** Case, Unicode forms, typographic quotes and dashes, punctuation and spacing folded. */
export function normalizeText(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same article again, whatever its whitespace or quote style, hashes the same. */
export function contentHash(body: string, hash: (text: string) => string): string {
  return hash(normalizeText(body));
}

/** Word n-grams of the normalised text; a text shorter than n words is one shingle. */
export function shingles(text: string, n: number = SHINGLE_SIZE): Set<string> {
  const words = normalizeText(text).split(' ').filter(Boolean);
  const result = new Set<string>();
  if (words.length === 0) return result;
  if (words.length <= n) return result.add(words.join(' '));
  for (let i = 0; i + n <= words.length; i++) result.add(words.slice(i, i + n).join(' '));
  return result;
}

/** Share of `a`'s shingles that also occur in `b`: 1 when `a` is wholly inside `b`. */
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / a.size;
}

/** Either text mostly inside the other: a trimmed copy and a copy with a local paragraph added both count. */
export function nearDuplicateScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return Math.max(containment(a, b), containment(b, a));
}

export function isNearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number = NEAR_DUPLICATE_THRESHOLD): boolean {
  return nearDuplicateScore(a, b) >= threshold;
}
