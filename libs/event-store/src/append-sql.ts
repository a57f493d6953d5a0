/**
 * The append is one statement (one round trip, an implicit transaction when the caller has none):
 * `s` checks and moves the stream version (a row lock on the stream serialises appends to one
 * stream), `ins` inserts the events at positions `transaction id * 65536 + ordinal` (see
 * positions.ts). When the version check fails, `s` is empty, nothing is inserted and the
 * statement returns no rows.
 *
 * Two shapes, chosen by `shared`, i.e. whether the statement runs inside a caller's transaction:
 * - alone in its transaction: ordinals are simply 0..n-1;
 * - in a caller's transaction: other appends may share the transaction id, so ordinals come
 *   from storyline_reserve_positions(n) (a transaction-local counter), and the stream row is
 *   only touched when none of the event ids exists yet, so an idempotent retry returns no rows
 *   instead of raising a unique violation that would abort the caller's transaction.
 *
 * The `prepared:` comment makes the PostgreSQL pool prepare each variant once per connection
 * (see @storyline/db PREPARED_MARKER).
 */
export type VersionCheck = 'exact' | 'no_stream' | 'any';

const XACT_BASE = 'pg_current_xact_id()::text::bigint * 65536';

// Parameters: $1 stream id, $2 event count, $3 expected version (exact only), then the events.
function streamCheck(check: VersionCheck, idMatch: string | undefined): string {
  const guard = idMatch ? `not exists (select from events where ${idMatch})` : '';
  switch (check) {
    case 'exact':
      return `update streams set version = version + $2::int
        where stream_id = $1 and version = $3::int${guard ? ` and ${guard}` : ''}
        returning version - $2::int as base`;
    case 'no_stream':
      return `insert into streams (stream_id, version) select $1, $2::int${guard ? ` where ${guard}` : ''}
        on conflict do nothing returning 0 as base`;
    case 'any':
      return `insert into streams as st (stream_id, version) select $1, $2::int${guard ? ` where ${guard}` : ''}
        on conflict (stream_id) do update set version = st.version + excluded.version
        returning st.version - $2::int as base`;
  }
}

const INSERT = 'insert into events (id, stream_id, stream_version, position, type, schema_version, data, metadata)';

/** One event: plain scalar parameters. */
function singleSql(check: VersionCheck, shared: boolean): string {
  const p = check === 'exact' ? 4 : 3;
  const [id, type, version, data, meta] = [p, p + 1, p + 2, p + 3, p + 4].map((i) => `$${i}`);
  return `with s as (${streamCheck(check, shared ? `id = ${id}::uuid` : undefined)}),
    ins as (${INSERT}
      select ${id}::uuid, $1, s.base + 1, ${shared ? 'storyline_reserve_positions(1)' : XACT_BASE}, ${type}, ${version}::int, ${data}::jsonb, ${meta}::jsonb
      from s
      returning stream_version, position)
    select stream_version, position from ins`;
}

/**
 * Many events: one jsonb array of {i, t, v, d, m} (id, type, schema version, data, metadata).
 * Cheaper than one array parameter per column: the client concatenates JSON it already has
 * instead of escaping it into array literals, and the server parses one document.
 */
function batchSql(check: VersionCheck, shared: boolean): string {
  const doc = check === 'exact' ? '$4' : '$3';
  const ids = `id in (select (x->>'i')::uuid from jsonb_array_elements(${doc}::jsonb) x)`;
  return `with s as (${streamCheck(check, shared ? ids : undefined)}),
    p as (select ${shared ? 'storyline_reserve_positions($2::int)' : XACT_BASE} as first from s),
    ins as (${INSERT}
      select e.i, $1, s.base + e.ord, p.first + e.ord - 1, e.t, e.v, e.d, e.m
      from s, p, rows from (jsonb_to_recordset(${doc}::jsonb) as (i uuid, t text, v int, d jsonb, m jsonb))
        with ordinality as e(i, t, v, d, m, ord)
      returning stream_version, position)
    select stream_version, position from ins order by position`;
}

const cache = new Map<string, string>();

export function appendSql(check: VersionCheck, batch: boolean, shared: boolean): string {
  const name = `storyline_append_${check}_${batch ? 'batch' : 'one'}${shared ? '_shared' : ''}`;
  let text = cache.get(name);
  if (!text) cache.set(name, (text = `/* prepared:${name} */ ${(batch ? batchSql : singleSql)(check, shared).replace(/\s+/g, ' ')}`));
  return text;
}
