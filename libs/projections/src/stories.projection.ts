import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import { STORY_EVENT_TYPES, changelogOf, storyView, type ChangelogEntry, type StoryView } from '@storyline/domain';
import type { EventStore, RecordedEvent } from '@storyline/event-store';
import { storyIdOfStream, storyStream } from '@storyline/application';
import type { Projection } from './projection';
import { continues, emptyFold, foldMore, foldStream, StoryFoldCache, type StoryFold } from './story-folds';

/**
 * `story_state` and `story_changelog`: every story a batch touches is written again in full,
 * from the story's whole stream. The state does not depend on event order, so a fold of the
 * whole stream is what a rebuild would write. Folds are kept between batches (StoryFoldCache):
 * when a batch holds exactly the next events of a kept fold, or a story's first events, only
 * those are folded; otherwise (no fold kept, events out of order, another worker took the
 * batches in between) the story's stream is read again. Each changelog entry keeps the log
 * position at which it first became true, which is what `since=` cursors compare against.
 */
export class StoriesProjection implements Projection {
  readonly name = 'stories';
  readonly handles = new Set<string>(STORY_EVENT_TYPES);
  private readonly folds: StoryFoldCache;

  constructor(
    private readonly store: EventStore,
    options: { cachedEvents?: number } = {},
  ) {
    this.folds = new StoryFoldCache(options.cachedEvents);
  }

  async apply(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<void> {
    const byStory = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const storyId = storyIdOfStream(event.streamId);
      if (storyId === null) continue;
      const list = byStory.get(storyId);
      if (list) list.push(event);
      else byStory.set(storyId, [event]);
    }
    if (byStory.size === 0) return;
    const storyIds = [...byStory.keys()];
    // Stories whose events continue a kept fold (or start their stream) fold only those events;
    // the others are read again in full, all in one query.
    const next = new Map<string, { from: StoryFold | undefined; events: RecordedEvent[] }>();
    const unread: string[] = [];
    for (const [storyId, list] of byStory) {
      // Positions follow transactions, so two appends to one stream may come out of version order.
      const events = list.sort((a, b) => a.streamVersion - b.streamVersion);
      const from = this.folds.take(storyId);
      if (continues(from?.version ?? 0, events)) next.set(storyId, { from, events });
      else unread.push(storyId);
    }
    const streams = unread.length > 0 ? await this.store.readStreams(unread.map(storyStream), { trx }) : new Map<string, RecordedEvent[]>();
    // Written chunk by chunk as stories are derived, so the database stores earlier chunks while
    // later ones are derived. The transaction's connection runs statements one after another in
    // the order they were sent; yielding after each story lets it start the next one promptly.
    const writes: Promise<unknown>[] = [quietly(trx.executeQuery(FAST_COMPRESSION)), quietly(trx.executeQuery(deleteChangelogQuery(storyIds)))];
    let states: StateRow[] = [];
    let entries: EntryRow[] = [];
    const flush = async () => {
      writes.push(quietly(trx.executeQuery(writeQuery(states, entries))));
      states = [];
      entries = [];
      while (writes.length > WRITES_AHEAD) await writes.shift();
    };
    for (const storyId of storyIds) {
      // Folded just before it is projected: the changelog reuses the analysis made for the view.
      const planned = next.get(storyId);
      const stream = planned ? undefined : streams.get(storyStream(storyId));
      const fold = planned ? foldMore(planned.from ?? emptyFold(storyId), planned.events) : stream?.length ? foldStream(storyId, stream) : undefined;
      if (!fold) continue;
      const { row, entries: rows } = project(fold);
      states.push(row);
      for (const entry of rows) entries.push(entry);
      // A story this batch holds from its first event is kept only once it comes back: most such
      // stories are done with (a rebuild of stories told one after another), and keeping them all
      // costs memory and collector time; one that does come back is read once, then kept.
      if (!planned || planned.from) this.folds.put(fold);
      if (states.length >= CHUNK_STORIES || entries.length >= CHUNK_ENTRIES) await flush();
      else if (writes.length > 0) await yieldToIo();
    }
    if (states.length > 0) await flush();
    await Promise.all(writes);
  }

  async reset(trx: Transaction<Database>): Promise<void> {
    this.folds.clear();
    await trx.deleteFrom('story_changelog').execute();
    await trx.deleteFrom('story_snapshots').execute();
    await trx.deleteFrom('story_state').execute();
  }
}

/** A story's row and changelog entries, from its fold. */
function project(fold: StoryFold): { row: StateRow; entries: EntryRow[] } {
  const { storyId, state } = fold;
  const view = storyView(state);
  const row: StateRow = {
    story_id: storyId,
    title: view.title,
    state: view,
    version: fold.version,
    people: view.people,
    organizations: view.organizations,
    first_date: firstDate(view),
    last_date: view.lastUpdated,
    article_count: view.articles.length,
    search: searchText(view),
    updated_position: fold.position,
  };
  const changes = changelogOf(state);
  const positions = entryPositions(changes, fold);
  return {
    row,
    entries: changes.map((e, i) => ({
      s: storyId,
      n: i + 1,
      at: e.at,
      m: e.summary,
      t: e.eventTypes,
      a: e.articleIds,
      d: e.developmentIds,
      p: positions[i]!,
    })),
  };
}

/** A `story_state` row as JSON; `search` is the text its tsvector is made from. */
interface StateRow {
  story_id: string;
  title: string;
  state: StoryView;
  version: number;
  people: readonly string[];
  organizations: readonly string[];
  first_date: string | null;
  last_date: string | null;
  article_count: number;
  search: string;
  updated_position: number;
}

/** A `story_changelog` row as JSON, with one-letter names: there are many rows, and names are most of a row's JSON but its summary. */
interface EntryRow {
  /** story_id */
  s: string;
  /** entry_no */
  n: number;
  at: string | null;
  /** summary */
  m: string;
  /** event_types */
  t: readonly string[];
  /** article_ids */
  a: readonly string[];
  /** development_ids */
  d: readonly string[];
  /** position */
  p: number;
}

/** Stories (or changelog entries) per write statement: big enough to amortise a round trip, small enough to overlap with deriving. */
const CHUNK_STORIES = 10;
const CHUNK_ENTRIES = 1000;
/** Statements sent and not yet done before deriving waits for the database. */
const WRITES_AHEAD = 3;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * States are large JSON documents that PostgreSQL compresses when it stores them. With LZ4, where
 * the server has it, that costs a fraction of its default (pglz); the stored value reads back the
 * same. Local to the transaction.
 */
const FAST_COMPRESSION = CompiledQuery.raw(
  `/* prepared:storyline_stories_lz4 */ select set_config('default_toast_compression', 'lz4', true)
   from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)`,
);

const deleteChangelogQuery = (storyIds: readonly string[]) =>
  CompiledQuery.raw('/* prepared:storyline_stories_clear */ delete from story_changelog where story_id = any($1::text[])', [storyIds]);

/**
 * Rows go as two JSON documents, unpacked by the server (jsonb_to_recordset): one statement per
 * chunk, and the client serialises with JSON.stringify instead of binding a parameter per value.
 */
const WRITE_SQL = `/* prepared:storyline_stories_write */ with states as (
    insert into story_state (story_id, title, state, version, people, organizations, first_date, last_date, article_count, search, updated_position)
    select story_id, title, state, version, people, organizations, first_date, last_date, article_count, to_tsvector('simple', search), updated_position
    from jsonb_to_recordset($1::jsonb) as s(story_id text, title text, state jsonb, version int, people text[], organizations text[],
      first_date text, last_date text, article_count int, search text, updated_position bigint)
    on conflict (story_id) do update set
      title = excluded.title, state = excluded.state, version = excluded.version, people = excluded.people,
      organizations = excluded.organizations, first_date = excluded.first_date, last_date = excluded.last_date,
      article_count = excluded.article_count, search = excluded.search, updated_position = excluded.updated_position, updated_at = now()
  ), entries as (
    insert into story_changelog (story_id, entry_no, at, summary, event_types, article_ids, development_ids, position)
    select s, n, at, m, t, a, d, p
    from jsonb_to_recordset($2::jsonb) as c(s text, n int, at text, m text, t text[], a text[], d text[], p bigint)
  ) select 1`;

const writeQuery = (states: readonly StateRow[], entries: readonly EntryRow[]) => CompiledQuery.raw(WRITE_SQL, [JSON.stringify(states), JSON.stringify(entries)]);

/** A write whose failure is reported where it is awaited, not as an unhandled rejection meanwhile. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

const firstDate = (view: StoryView): string | null =>
  view.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null).sort()[0] ?? null;

const searchText = (view: StoryView): string =>
  [view.title, ...view.people, ...view.organizations, ...view.facts.map((f) => Object.values(f.slots).join(' '))].join(' ');

/**
 * The log position at which each entry became true: the latest arrival among the articles it
 * rests on, or the editor's review for amendments and retractions.
 */
function entryPositions(entries: readonly ChangelogEntry[], fold: StoryFold): number[] {
  const { linkedAt, reviewedAt, position: fallback } = fold;
  return entries.map((entry) => {
    const positions = entry.articleIds.map((id) => linkedAt.get(id) ?? fallback);
    if (entry.kind === 'amended' || entry.kind === 'retracted') positions.push(...entry.developmentIds.map((id) => reviewedAt.get(id) ?? fallback));
    return positions.length ? Math.max(...positions) : fallback;
  });
}
