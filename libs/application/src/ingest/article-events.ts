import type { ArticleEntities, PartialDate } from '@storyline/domain';

/**
 * The article stream (`article-<id>`): one `ArticleIngested` per accepted article, holding its
 * text and what the article index and story matching need, so those can be rebuilt from the log.
 */
export type ArticleIngested = Readonly<{
  type: 'ArticleIngested';
  data: Readonly<{
    articleId: string;
    /** null for an article that reports no tracked development (joins no story). */
    storyId: string | null;
    path: string | null;
    url: string | null;
    title: string | null;
    source: string | null;
    publishedAt: PartialDate;
    dateInferred: boolean;
    contentHash: string;
    nearDuplicateOf: string | null;
    entities: ArticleEntities;
    body: string;
  }>;
}>;

export const ARTICLE_INGESTED_VERSION = 1;

export const articleStream = (articleId: string): string => `article-${articleId}`;
export const storyStream = (storyId: string): string => `story-${storyId}`;
export const STORY_STREAM_PREFIX = 'story-';
export const storyIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(STORY_STREAM_PREFIX) ? streamId.slice(STORY_STREAM_PREFIX.length) : null;
