import { sql, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  STORY_EVENT_TYPES,
  buildChangelog,
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
    const stories = [...new Set(events.map((e) => storyIdOfStream(e.streamId)).filter((id): id is string => id !== null))];
    for (const storyId of stories) {
      const stream = await this.store.readStream(storyStream(storyId), { trx });
      await this.write(trx, storyId, stream);
    }
  }

  async reset(trx: Transaction<Database>): Promise<void> {
    await trx.deleteFrom('story_changelog').execute();
    await trx.deleteFrom('story_snapshots').execute();
    await trx.deleteFrom('story_state').execute();
  }

  private async write(trx: Transaction<Database>, storyId: string, stream: readonly RecordedEvent[]): Promise<void> {
    if (stream.length === 0) return;
    const events = stream as unknown as StoryEvent[];
    const view = storyView(foldEvents(events, initialState(storyId)));
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
    await trx
      .insertInto('story_state')
      .values(row)
      .onConflict((oc) => oc.column('story_id').doUpdateSet({ ...row, updated_at: sql`now()` }))
      .execute();

    const entries = buildChangelog(events);
    const positions = entryPositions(entries, stream);
    await trx.deleteFrom('story_changelog').where('story_id', '=', storyId).execute();
    if (entries.length > 0) {
      await trx
        .insertInto('story_changelog')
        .values(
          entries.map((e, i) => ({
            story_id: storyId,
            entry_no: i + 1,
            at: e.at,
            summary: e.summary,
            event_types: [...e.eventTypes],
            article_ids: [...e.articleIds],
            development_ids: [...e.developmentIds],
            position: positions[i]!,
          })),
        )
        .execute();
    }
  }
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
