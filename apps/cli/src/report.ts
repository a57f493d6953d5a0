import type { IngestOutcome } from '@storyline/application';
import { storyStream } from '@storyline/application';
import type { Storyline } from '@storyline/core';
import { DEVELOPMENT_TYPES } from '@storyline/domain';
import type { RecordedEvent } from '@storyline/event-store';

const DEVELOPMENTS = new Set<string>(DEVELOPMENT_TYPES);

export interface ReportEvent {
  position: number;
  type: string;
  articleId: string | null;
  occurredAt: string | null;
  data: unknown;
  evidence?: string;
  confidence?: number;
}

/** The `--json` story report of DESIGN.md: the articles' outcomes and every story they touched. */
export async function storyReport(storyline: Storyline, outcomes: readonly IngestOutcome[]) {
  const storyIds = [...new Set(outcomes.map((o) => o.storyId).filter((id): id is string => id !== null))];
  const stories = [];
  for (const storyId of storyIds) stories.push(await storyEntry(storyline, storyId));
  return {
    articles: outcomes.map((o) => ({
      path: o.path,
      articleId: o.articleId,
      storyId: o.storyId,
      status: o.status,
      duplicateOf: o.duplicateOf,
      nearDuplicateOf: o.nearDuplicateOf,
      ...(o.error ? { error: o.error } : {}),
    })),
    stories,
  };
}

export async function storyEntry(storyline: Storyline, storyId: string, asOf?: string) {
  const [events, state, changelog] = await Promise.all([
    storyline.store.readStream(storyStream(storyId)),
    asOf ? storyline.queries.stateAsOf(storyId, asOf) : storyline.queries.stateJson(storyId).then((s) => JSON.parse(s)),
    storyline.queries.changelog(storyId),
  ]);
  const current = currentReading(events);
  return {
    storyId,
    title: (state as { title: string }).title,
    articleIds: current.filter((e) => e.type === 'ArticleLinked').map((e) => (e.data as { articleId: string }).articleId),
    events: current.map(reportEvent),
    state,
    changelog: changelog.entries
      .filter((e) => !asOf || (e.at !== null && e.at.slice(0, asOf.length) <= asOf))
      .map(({ at, summary, eventTypes, articleIds }) => ({ at, summary, eventTypes, articleIds })),
  };
}

/**
 * The story's events without those a later reading of the same article replaced: an undated
 * article read again once the story had dates is reported as it now reads, once.
 */
function currentReading(events: readonly RecordedEvent[]): RecordedEvent[] {
  const lastReread = new Map<string, number>();
  events.forEach((e, i) => {
    if (e.type === 'ArticleReread') lastReread.set((e.data as { articleId: string }).articleId, i);
  });
  if (lastReread.size === 0) return [...events];
  return events.filter((e, i) => {
    if (e.type === 'ArticleReread') return false;
    const articleId = (e.data as { articleId?: unknown }).articleId;
    return typeof articleId !== 'string' || i > (lastReread.get(articleId) ?? -1);
  });
}

function reportEvent(event: RecordedEvent): ReportEvent {
  const data = event.data as Record<string, unknown>;
  const articleId = typeof data.articleId === 'string' ? data.articleId : null;
  if (DEVELOPMENTS.has(event.type) && 'slots' in data) {
    return {
      position: event.streamVersion,
      type: event.type,
      articleId,
      occurredAt: (data.occurredAt as string | null) ?? null,
      data: data.slots,
      evidence: data.evidence as string,
      confidence: data.confidence as number,
    };
  }
  return { position: event.streamVersion, type: event.type, articleId, occurredAt: null, data };
}
