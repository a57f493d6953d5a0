import { sql, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  STORY_EVENT_TYPES,
  changelogOf,
  foldEvents,
  initialState,
  storyView,
  type ChangelogEntry,
  type StoryEvent,
  type StoryView,
} from '@storyline/domain';
import type { EventStore, RecordedEvent } from '@storyline/event-store';
import { storyIdOfStream, storyStream } from '@storyline/application';
import type { Projection } from './projection';

/**
 * `story_state` and `story_changelog`: for every story a batch touches, the story's whole stream
 * is folded again. The state does not depend on event order, so re-folding is the simplest way
 * to stay equal to a rebuild; each changelog entry keeps the log position at which it first
 * became true, which is what `since=` cursors compare against.
 */
export class StoriesProjection implements Projection {
  readonly name = 'stories';
  readonly handles = new Set<string>(STORY_EVENT_TYPES);

  constructor(private readonly store: EventStore) {}

  async apply(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<void> {
    const storyIds = [...new Set(events.map((e) => storyIdOfStream(e.streamId)).filter((id): id is string => id !== null))];
    if (storyIds.length === 0) return;
    const streams = await this.store.readStreams(storyIds.map(storyStream), { trx });
    const states = [];
    const changelog = [];
    for (const storyId of storyIds) {
      const stream = streams.get(storyStream(storyId));
      if (!stream?.length) continue;
      const { row, entries } = project(storyId, stream);
      states.push(row);
      changelog.push(...entries);
    }
    // One statement per table for the whole batch: rebuilds are bound by round trips, not folds.
    await trx
      .insertInto('story_state')
      .values(states)
      .onConflict((oc) =>
        oc.column('story_id').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          state: eb.ref('excluded.state'),
          version: eb.ref('excluded.version'),
          people: eb.ref('excluded.people'),
          organizations: eb.ref('excluded.organizations'),
          first_date: eb.ref('excluded.first_date'),
          last_date: eb.ref('excluded.last_date'),
          article_count: eb.ref('excluded.article_count'),
          search: eb.ref('excluded.search'),
          updated_position: eb.ref('excluded.updated_position'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
    await trx.deleteFrom('story_changelog').where('story_id', 'in', storyIds).execute();
    for (let i = 0; i < changelog.length; i += 2000) await trx.insertInto('story_changelog').values(changelog.slice(i, i + 2000)).execute();
  }

  async reset(trx: Transaction<Database>): Promise<void> {
    await trx.deleteFrom('story_changelog').execute();
    await trx.deleteFrom('story_snapshots').execute();
    await trx.deleteFrom('story_state').execute();
  }
}

/** A story's row and changelog entries, folded from its whole stream. */
function project(storyId: string, stream: readonly RecordedEvent[]) {
  const events = stream as unknown as StoryEvent[];
  const state = foldEvents(events, initialState(storyId));
  const view = storyView(state);
  const last = stream[stream.length - 1]!;
  const row = {
    story_id: storyId,
    title: view.title,
    state: JSON.stringify(view),
    version: last.streamVersion,
    people: [...view.people],
    organizations: [...view.organizations],
    first_date: firstDate(view),
    last_date: view.lastUpdated,
    article_count: view.articles.length,
    search: sql<string>`to_tsvector('simple', ${searchText(view)})` as unknown as string,
    updated_position: last.position,
  };
  const entries = changelogOf(state);
  const positions = entryPositions(entries, stream);
  return {
    row,
    entries: entries.map((e, i) => ({
      story_id: storyId,
      entry_no: i + 1,
      at: e.at,
      summary: e.summary,
      event_types: [...e.eventTypes],
      article_ids: [...e.articleIds],
      development_ids: [...e.developmentIds],
      position: positions[i]!,
    })),
  };
}

const firstDate = (view: StoryView): string | null =>
  view.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null).sort()[0] ?? null;

const searchText = (view: StoryView): string =>
  [view.title, ...view.people, ...view.organizations, ...view.facts.map((f) => Object.values(f.slots).join(' '))].join(' ');

/**
 * The log position at which each entry became true: the latest arrival among the articles it
 * rests on, or the editor's review for amendments and retractions.
 */
function entryPositions(entries: readonly ChangelogEntry[], stream: readonly RecordedEvent[]): number[] {
  const linkedAt = new Map<string, number>();
  const reviewedAt = new Map<string, number>();
  for (const e of stream) {
    const data = e.data as { articleId?: string; developmentId?: string };
    if (e.type === 'ArticleLinked' && data.articleId) linkedAt.set(data.articleId, e.position);
    if ((e.type === 'DevelopmentRejected' || e.type === 'DevelopmentAmended' || e.type === 'DevelopmentApproved') && data.developmentId) {
      reviewedAt.set(data.developmentId, Math.max(reviewedAt.get(data.developmentId) ?? 0, e.position));
    }
  }
  const fallback = stream[stream.length - 1]!.position;
  return entries.map((entry) => {
    const positions = entry.articleIds.map((id) => linkedAt.get(id) ?? fallback);
    if (entry.kind === 'amended' || entry.kind === 'retracted') positions.push(...entry.developmentIds.map((id) => reviewedAt.get(id) ?? fallback));
    return positions.length ? Math.max(...positions) : fallback;
  });
}
