/**
 * The append is one INSERT (one round trip, an implicit transaction when the caller has none).
 * Expected versions need no stream table: the unique index on (stream_id, stream_version) lets
 * only one append take version n+1, and the statement itself checks that version n exists, so
 * streams stay gapless. A failed check inserts nothing and returns no rows; a concurrent append
 * that took the version first makes the insert fail with a unique violation (append.ts turns
 * both into WrongExpectedVersion, or into an idempotent no-op when the ids are already there).
 * Positions are `transaction id * 65536 + ordinal` (see positions.ts).
 *
 * Two shapes, chosen by `shared`, i.e. whether the statement runs inside a caller's transaction:
 * - alone in its transaction: ordinals are simply 0..n-1, and a conflict may raise an error;
 * - in a caller's transaction: other appends may share the transaction id, so ordinals come
 *   from storyline_reserve_positions(n) (a transaction-local counter); and since an error would
 *   abort the caller's transaction, the statement also checks that version n+1 is free and that
 *   none of the ids exists, returning no rows instead. Only a true race still raises.
 *
 * The `prepared:` comment makes the PostgreSQL pool prepare each variant once per connection
 * (see @storyline/db PREPARED_MARKER).
 */
export type VersionCheck = 'exact' | 'no_stream' | 'any';

const COLUMNS = 'id, stream_id, stream_version, position, type, schema_version, data, metadata';
const XACT_BASE = 'pg_current_xact_id()::text::bigint * 65536';
const MAX_VERSION = '(select coalesce(max(stream_version), 0) from events where stream_id = $1)';

/**
 * Parameter order: $1 stream id, then the expected version (exact only), then the event
 * parameters (five for one event, one jsonb document for many), then the event count (shared only).
 */
interface Shape {
  check: VersionCheck;
  shared: boolean;
  /** The expected version is known to exist (see version-cache.ts): no probe for it. */
  known: boolean;
  expected: string;
  event: (i: number) => string;
  count: string;
}

function shape(check: VersionCheck, batch: boolean, shared: boolean, known: boolean): Shape {
  let n = 2;
  const expected = check === 'exact' ? `$${n++}::int` : '';
  const first = n;
  n += batch ? 1 : 5;
  return { check, shared, known, expected, event: (i) => `$${first + i}`, count: shared ? `$${n}::int` : '' };
}

/** The stream version before this append, as SQL. */
function baseVersion(s: Shape): string {
  return s.check === 'exact' ? s.expected : s.check === 'no_stream' ? '0' : 'b.base';
}

function conditions(s: Shape, idMatch: string): string {
  const where: string[] = [];
  if (s.check === 'exact' && !s.known) where.push(`exists (select from events where stream_id = $1 and stream_version = ${s.expected})`);
  if (s.shared && s.check === 'exact') where.push(`not exists (select from events where stream_id = $1 and stream_version = ${s.expected} + 1)`);
  if (s.shared && s.check === 'no_stream') where.push('not exists (select from events where stream_id = $1)');
  if (s.shared) where.push(`not exists (select from events where ${idMatch})`);
  return where.length ? `where ${where.join(' and ')}` : '';
}

/** One event: plain scalar parameters. */
function singleSql(s: Shape): string {
  const [id, type, version, data, meta] = [0, 1, 2, 3, 4].map(s.event);
  const base = s.check === 'any' ? MAX_VERSION : baseVersion(s);
  return `insert into events (${COLUMNS})
    select ${id}::uuid, $1, ${base} + 1, ${s.shared ? `storyline_reserve_positions(${s.count})` : XACT_BASE}, ${type}, ${version}::int, ${data}::jsonb, ${meta}::jsonb
    ${conditions(s, `id = ${id}::uuid`)}
    returning stream_version, position`;
}

/**
 * Many events: one jsonb array of {i, t, v, d, m} (id, type, schema version, data, metadata).
 * Cheaper than one array parameter per column: the client concatenates JSON it already has
 * instead of escaping it into array literals, and the server parses one document.
 */
function batchSql(s: Shape): string {
  const doc = `${s.event(0)}::jsonb`;
  const from = [
    `(select ${s.shared ? `storyline_reserve_positions(${s.count})` : XACT_BASE} as first) p`,
    ...(s.check === 'any' ? [`(select ${MAX_VERSION} as base) b`] : []),
    `rows from (jsonb_to_recordset(${doc}) as (i uuid, t text, v int, d jsonb, m jsonb)) with ordinality as e(i, t, v, d, m, ord)`,
  ];
  const ids = `id in (select (x->>'i')::uuid from jsonb_array_elements(${doc}) x)`;
  // Positions and versions are consecutive, so one summary row describes them all.
  return `with ins as (insert into events (${COLUMNS})
      select e.i, $1, ${baseVersion(s)} + e.ord, p.first + e.ord - 1, e.t, e.v, e.d, e.m
      from ${from.join(', ')}
      ${conditions(s, ids)}
      returning stream_version, position)
    select max(stream_version) as stream_version, min(position) as position, count(*)::int as n from ins having count(*) > 0`;
}

const cache = new Map<string, string>();

export function appendSql(check: VersionCheck, batch: boolean, shared: boolean, known = false): string {
  const name = `storyline_append_${check}${known && check === 'exact' ? '_known' : ''}_${batch ? 'batch' : 'one'}${shared ? '_shared' : ''}`;
  let text = cache.get(name);
  if (!text) {
    const sql = (batch ? batchSql : singleSql)(shape(check, batch, shared, known && check === 'exact'));
    cache.set(name, (text = `/* prepared:${name} */ ${sql.replace(/\s+/g, ' ')}`));
  }
  return text;
}
