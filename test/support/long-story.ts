/**
 * A story told by many articles, as events straight for the store: every article of the story
 * repeats the same statements, so each statement is a fact with one source per article. Article
 * `k` is dated in month `1 + k % 9` of 2025 and comes from one of seven outlets.
 */
export interface LongStoryOptions {
  /** Articles, numbered from `from`. */
  articles: number;
  /** Statements each article repeats (facts of the story); default 2. */
  statements?: number;
  from?: number;
  /** Open the story with the first event (only for the first batch of a stream). */
  open?: boolean;
}

export interface StoryEventInput {
  type: string;
  data: Record<string, unknown>;
}

export const articleDate = (k: number): string => `2025-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;

export function longStoryEvents(storyId: string, options: LongStoryOptions): StoryEventInput[] {
  const { articles, statements = 2, from = 0, open = from === 0 } = options;
  const events: StoryEventInput[] = [];
  if (open) events.push({ type: 'StoryOpened', data: { storyId, title: 'A long story', openedBy: `${storyId}-a0` } });
  for (let k = from; k < from + articles; k++) {
    const articleId = `${storyId}-a${k}`;
    events.push({
      type: 'ArticleLinked',
      data: {
        storyId,
        articleId,
        source: `Outlet ${k % 7}`,
        publishedAt: articleDate(k),
        dateInferred: false,
        url: null,
        title: null,
        nearDuplicateOf: null,
        entities: { people: ['Ada Quill', 'Bram Otto'], organizations: [], places: [] },
        datedFacts: [],
      },
    });
    for (let d = 0; d < statements; d++) {
      const quote = `Statement number ${d} about the harbour, given to reporters on the record.`;
      events.push({
        type: 'StatementIssued',
        data: {
          developmentId: `${articleId}:${d}`,
          articleId,
          slots: { speaker: 'Ada Quill', quote },
          evidence: `"${quote}" Ada Quill said.`,
          confidence: 0.8,
          occurredAt: null,
          factKey: '',
        },
      });
    }
  }
  return events;
}

export const storyStreamOf = (storyId: string): string => `story-${storyId}`;
