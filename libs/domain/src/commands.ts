import type { ArticleEntities, DatedFact, Finding, PartialDate } from './taxonomy';

/** Commands the story decider accepts. Ids and dates arrive here; the domain makes none up. */

export interface IngestedArticle {
  readonly articleId: string;
  readonly source: string | null;
  /** Publication date, or a date inferred from the text (then `dateInferred`); null when unknown, never "today". */
  readonly publishedAt: PartialDate;
  readonly dateInferred: boolean;
  readonly url: string | null;
  readonly title: string | null;
  readonly nearDuplicateOf: string | null;
}

export type IngestArticle = Readonly<{
  type: 'IngestArticle';
  data: Readonly<{
    storyId: string;
    article: IngestedArticle;
    findings: readonly Finding[];
    datedFacts: readonly DatedFact[];
    entities: ArticleEntities;
    /** True when story matching found no story, so this article opens `storyId`. */
    isNewStory: boolean;
  }>;
}>;

/**
 * An article already in the story, extracted again with the story's current dates and names
 * (an undated article read against dates that arrived after it). Decides nothing when the new
 * reading records the same as the old.
 */
export type RereadArticle = Readonly<{ type: 'RereadArticle'; data: Omit<IngestArticle['data'], 'isNewStory'> }>;

export type ApproveDevelopment = Readonly<{ type: 'ApproveDevelopment'; data: Readonly<{ storyId: string; developmentId: string; editor: string }> }>;

export type RejectDevelopment = Readonly<{
  type: 'RejectDevelopment';
  data: Readonly<{ storyId: string; developmentId: string; editor: string; reason?: string | null }>;
}>;

export type AmendDevelopment = Readonly<{
  type: 'AmendDevelopment';
  /** `slots` is a patch over the development's current slots; an empty string is refused. */
  data: Readonly<{ storyId: string; developmentId: string; editor: string; slots: Readonly<Record<string, string>>; reason?: string | null }>;
}>;

/** Decided on the story being merged away (the source); the caller re-ingests its articles into the target. */
export type MergeStories = Readonly<{ type: 'MergeStories'; data: Readonly<{ storyId: string; targetStoryId: string; editor: string }> }>;

/** Decided on the story the article leaves; the caller ingests it into `toStoryId`. */
export type MoveArticle = Readonly<{ type: 'MoveArticle'; data: Readonly<{ storyId: string; articleId: string; toStoryId: string; editor: string }> }>;

export type StoryCommand = IngestArticle | RereadArticle | ApproveDevelopment | RejectDevelopment | AmendDevelopment | MergeStories | MoveArticle;
