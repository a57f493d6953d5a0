/**
 * The append is one statement (one round trip, an implicit transaction when the caller has none):
 * `s` checks and moves the stream version (a row lock on the stream serialises appends to one
 * stream), `ins` inserts the events with positions from storyline_reserve_positions(n). When the
 * version check fails, `s` is empty, nothing is inserted and the statement returns no rows.
 *
 * With `guard`, the stream row is only touched when none of the event ids exists yet, so an
 * idempotent retry inside a caller's transaction returns no rows instead of raising a unique
 * violation (which would abort the caller's transaction).
 */
export type VersionCheck = 'exact' | 'no_stream' | 'any';

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
function singleSql(check: VersionCheck, guard: boolean): string {
  const p = check === 'exact' ? 4 : 3;
  const [id, type, version, data, meta] = [p, p + 1, p + 2, p + 3, p + 4].map((i) => `$${i}`);
  return `with s as (${streamCheck(check, guard ? `id = ${id}::uuid` : undefined)}),
    ins as (${INSERT}
      select ${id}::uuid, $1, s.base + 1, storyline_reserve_positions(1), ${type}, ${version}::int, ${data}::jsonb, ${meta}::jsonb
      from s
      returning stream_version, position)
    select stream_version, position from ins`;
}

/** Many events: one array parameter per column, unnested with their ordinal. */
function batchSql(check: VersionCheck, guard: boolean): string {
  const p = check === 'exact' ? 4 : 3;
  const [ids, types, versions, datas, metas] = [p, p + 1, p + 2, p + 3, p + 4].map((i) => `$${i}`);
  return `with s as (${streamCheck(check, guard ? `id = any(${ids}::uuid[])` : undefined)}),
    p as (select storyline_reserve_positions($2::int) as first from s),
    ins as (${INSERT}
      select e.id, $1, s.base + e.ord, p.first + e.ord - 1, e.type, e.version, e.data, e.meta
      from s, p, unnest(${ids}::uuid[], ${types}::text[], ${versions}::int[], ${datas}::jsonb[], ${metas}::jsonb[])
        with ordinality as e(id, type, version, data, meta, ord)
      returning stream_version, position)
    select stream_version, position from ins order by position`;
}

const cache = new Map<string, string>();

export function appendSql(check: VersionCheck, batch: boolean, guard: boolean): string {
  const key = `${check}:${batch}:${guard}`;
  let text = cache.get(key);
  if (!text) cache.set(key, (text = (batch ? batchSql : singleSql)(check, guard).replace(/\s+/g, ' ')));
  return text;
}
