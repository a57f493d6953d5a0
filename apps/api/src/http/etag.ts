/**
 * Whether If-None-Match lists this ETag (RFC 9110 13.1.2: weak comparison, `*` matches any), so
 * the client's copy is current. Evaluated whatever Cache-Control the request carries: fetch()
 * adds `no-cache` to conditional requests, which asks caches to revalidate, not the origin to
 * ignore the condition.
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
