import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from '@storyline/db';
import { stateAsOf, storyView, type StoryEvent, type StoryView } from '@storyline/domain';
import type { EventStore, RecordedEvent } from '@storyline/event-store';
import { notFound, storyStream } from '@storyline/application';

export interface StoryListQuery {
  /** Words in the title, people, organisations or facts. */
  q?: string;
  person?: string;
  /** Stories with coverage on or after / before these dates (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface StorySummary {
  storyId: string;
  title: string;
  people: string[];
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
}

export interface ChangelogPage {
  storyId: string;
  /** Pass as `since` next time to get only what changed after this answer. */
  cursor: number;
  entries: { at: string | null; summary: string; eventTypes: string[]; articleIds: string[]; position: number }[];
}

/** A read-model answer as JSON text, with the stream version it was built from. */
export interface VersionedJson {
  version: number;
  json: string;
}

/** Reads for the journalists' API and the CLI; every method is one query or a small fold. */
export class StoryQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: EventStore,
  ) {}

  async list(query: StoryListQuery): Promise<{ total: number; stories: StorySummary[] }> {
    const base = this.db
      .selectFrom('story_state')
      .$if(!!query.q, (qb) => qb.where(sql<boolean>`search @@ plainto_tsquery('simple', ${query.q})`))
      .$if(!!query.person, (qb) =>
        qb.where(sql<boolean>`exists (select 1 from unnest(people) p where p ilike ${'%' + (query.person ?? '') + '%'})`),
      )
      .$if(!!query.from, (qb) => qb.where('last_date', '>=', query.from!))
      .$if(!!query.to, (qb) => qb.where('first_date', '<=', endOf(query.to!)));
    const [rows, count] = await Promise.all([
      base
        .select(['story_id', 'title', 'people', 'first_date', 'last_date', 'article_count'])
        .orderBy(sql`last_date desc nulls last`)
        .orderBy('story_id')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(count.n),
      stories: rows.map((r) => ({
        storyId: r.story_id,
        title: r.title,
        people: r.people,
        firstDate: r.first_date,
        lastDate: r.last_date,
        articleCount: r.article_count,
      })),
    };
  }

  /** The projected state as stored JSON text, so the hot path does no parse/serialise round trip. */
  async stateJson(storyId: string): Promise<string> {
    return (await this.stateWithVersion(storyId)).json;
  }

  /** The projected state as stored JSON text, with the stream version it was folded from. */
  async stateWithVersion(storyId: string): Promise<VersionedJson> {
    const row = await this.db
      .selectFrom('story_state')
      .select(['version', sql<string>`state::text`.as('state')])
      .where('story_id', '=', storyId)
      .executeTakeFirst();
    if (!row) throw notFound('story', storyId);
    return { version: row.version, json: row.state };
  }

  /**
   * The projected versions of several stories in one round trip (an index lookup each), so a
   * cache of answers can check it is up to date without reading the answers. Stories the
   * projection has not built are absent from the result.
   */
  async stateVersions(storyIds: readonly string[]): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    if (storyIds.length === 0) return result;
    const { rows } = await this.db.executeQuery<{ story_id: string; version: number }>(
      CompiledQuery.raw('/* prepared:story-state-versions */ select story_id, version from story_state where story_id = any($1::text[])', [storyIds]),
    );
    for (const row of rows) result.set(row.story_id, Number(row.version));
    return result;
  }

  /**
   * What was known at `asOf` (as JSON text), folded from the log. Results are kept per
   * (story, date) and reused while the stream has not grown, so repeated time travel on a long
   * story costs one indexed read.
   */
  async stateAsOfJson(storyId: string, asOf: string): Promise<string> {
    return (await this.stateAsOfWithVersion(storyId, asOf)).json;
  }

  /**
   * `stateAsOfJson` with the stream version it was folded from. With `version`, exactly the
   * first `version` events of the stream are folded (for an answer that matches the projected
   * state of that version); without, the whole stream as it is now.
   */
  async stateAsOfWithVersion(storyId: string, asOf: string, version?: number): Promise<VersionedJson> {
    const latest = version === undefined;
    version ??= (await this.store.streamVersion(storyStream(storyId))) ?? undefined;
    if (version === undefined) throw notFound('story', storyId);
    const cached = await this.db
      .selectFrom('story_snapshots')
      .select(['version', sql<string>`state::text`.as('state')])
      .where('story_id', '=', storyId)
      .where('as_of', '=', asOf)
      .executeTakeFirst();
    if (cached && (latest ? cached.version >= version : cached.version === version)) return { version: cached.version, json: cached.state };
    const events = await this.store.readStream(storyStream(storyId), latest ? {} : { limit: version });
    if (events.length === 0) throw notFound('story', storyId);
    const state = JSON.stringify(storyView(stateAsOf(events as unknown as StoryEvent[], asOf, { storyId })));
    const row = { story_id: storyId, as_of: asOf, version: events[events.length - 1]!.streamVersion, state };
    await this.db
      .insertInto('story_snapshots')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['story_id', 'as_of'])
          .doUpdateSet({ version: row.version, state: row.state })
          // The fold of a longer stream wins.
          .where('story_snapshots.version', '<', row.version),
      )
      .execute();
    return { version: row.version, json: state };
  }

  async stateAsOf(storyId: string, asOf: string): Promise<StoryView> {
    return JSON.parse(await this.stateAsOfJson(storyId, asOf)) as StoryView;
  }

  async changelog(storyId: string, since = 0): Promise<ChangelogPage> {
    const [story, rows] = await Promise.all([
      this.db.selectFrom('story_state').select(['updated_position']).where('story_id', '=', storyId).executeTakeFirst(),
      this.db
        .selectFrom('story_changelog')
        .select(['at', 'summary', 'event_types', 'article_ids', 'position', 'entry_no'])
        .where('story_id', '=', storyId)
        .where('position', '>', since)
        .orderBy('entry_no')
        .execute(),
    ]);
    if (!story) throw notFound('story', storyId);
    return {
      storyId,
      cursor: Math.max(since, Number(story.updated_position)),
      entries: rows.map((r) => ({ at: r.at, summary: r.summary, eventTypes: r.event_types, articleIds: r.article_ids, position: Number(r.position) })),
    };
  }

  async events(storyId: string, opts: { from?: number; limit?: number } = {}): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(storyStream(storyId), { from: opts.from, limit: opts.limit });
    if (events.length === 0 && (await this.store.streamVersion(storyStream(storyId))) === null) throw notFound('story', storyId);
    return events;
  }

  async article(articleId: string) {
    const row = await this.db.selectFrom('articles').selectAll().where('article_id', '=', articleId).executeTakeFirst();
    if (!row) throw notFound('article', articleId);
    return {
      articleId: row.article_id,
      storyId: row.story_id,
      url: row.url,
      title: row.title,
      source: row.source,
      publishedAt: row.published_at,
      dateInferred: row.date_inferred,
      nearDuplicateOf: row.near_duplicate_of,
      ingestedAt: row.ingested_at,
    };
  }
}

/** The last day a partial date covers, as a string that compares correctly with stored dates. */
const endOf = (date: string): string => (date.length === 10 ? date : `${date}-99`);
