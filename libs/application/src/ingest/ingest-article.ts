import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  STORY_EVENT_SCHEMA_VERSIONS,
  articleProfile,
  chooseStory,
  contentHash,
  decide,
  foldEvents,
  initialState,
  type Extraction,
  type StoryEvent,
  type StoryState,
} from '@storyline/domain';
import { EventStore, StoreError, uuidv7, type EventMetadata } from '@storyline/event-store';
import { ArticleParseError, extract, parseArticleBuffer, parseArticleFile, type ParsedArticle } from '@storyline/extraction';
import { ARTICLE_INGESTED_VERSION, articleStream, storyStream, type ArticleIngested } from './article-events';
import { candidateStories, documentFrequencies, entityKeys, indexArticle, shingleHashes, unpackShingles } from './article-index';

export type IngestStatus = 'ingested' | 'duplicate' | 'rejected';

/** One line of the story report's `articles` (DESIGN.md). */
export interface IngestOutcome {
  path: string | null;
  articleId: string | null;
  storyId: string | null;
  status: IngestStatus;
  duplicateOf: string | null;
  nearDuplicateOf: string | null;
  error: string | null;
  /** Machine-readable reason of a rejection (e.g. empty-body, too-large, future-date). */
  errorCode?: string;
}

export interface IngestSource {
  /** Shown in the report; also decides the format (`.json` or the text format). */
  name: string;
  path?: string | null;
  content: string | Uint8Array;
}

export interface IngestOptions {
  /** Today, as YYYY-MM-DD: publication dates after it are refused. */
  today: string;
  matchThreshold?: number;
  nearDuplicateThreshold?: number;
  metadata?: EventMetadata;
}

const MAX_ATTEMPTS = 5;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Ingests one article: parse, extract (outside the transaction), then in one transaction find a
 * duplicate, match a story, decide against the story's state and append the story's events, the
 * article's event and the article index together. A concurrent writer on the same story makes the
 * append fail its expected version; the whole decision is then retried on the fresh state.
 */
export class ArticleIngestion {
  constructor(private readonly store: EventStore) {}

  async ingest(source: IngestSource, options: IngestOptions): Promise<IngestOutcome> {
    const path = source.path ?? source.name;
    let article: ParsedArticle;
    try {
      article =
        typeof source.content === 'string'
          ? parseArticleFile(source.name, source.content, options.today)
          : parseArticleBuffer(source.name, source.content, options.today);
    } catch (error) {
      if (!(error instanceof ArticleParseError)) throw error;
      return rejected(path, error.message, error.code);
    }
    const extraction = extract({ body: article.body, publishedAt: article.publishedAt, title: article.title, source: article.source });

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.store.db.transaction().execute((trx) => this.decideAndAppend(trx, path, article, extraction, options));
      } catch (error) {
        // A racing writer: either the story moved on or the same text just got in; decide again.
        const retry = isRace(error);
        if (!retry || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async decideAndAppend(
    trx: Transaction<Database>,
    path: string,
    article: ParsedArticle,
    firstExtraction: Extraction,
    options: IngestOptions,
  ): Promise<IngestOutcome> {
    const hash = contentHash(article.body, sha256);
    const url = normalizeUrl(article.url);
    const duplicate = await trx
      .selectFrom('articles')
      .select(['article_id', 'story_id'])
      .where((eb) => (url ? eb.or([eb('content_hash', '=', hash), eb('url', '=', url)]) : eb('content_hash', '=', hash)))
      .orderBy('ingested_at')
      .executeTakeFirst();
    if (duplicate) {
      return { path, articleId: duplicate.article_id, storyId: duplicate.story_id, status: 'duplicate', duplicateOf: duplicate.article_id, nearDuplicateOf: null, error: null };
    }

    const articleId = contentId(hash);
    let extraction = firstExtraction;
    const tracked = !extraction.unrelated || extraction.findings.length > 0;
    let storyId: string | null = null;
    let state: StoryState | null = null;
    let version: number | null = null;
    if (tracked) {
      const profile = articleProfile(extraction.entities, article.publishedAt);
      const idf = await documentFrequencies(trx, Object.keys(profile.terms));
      const candidates = await candidateStories(trx, entityKeys(profile.terms), idf);
      storyId = chooseStory(profile, candidates, { idf, threshold: options.matchThreshold });
      if (storyId) {
        const events = await this.store.readStream(storyStream(storyId), { trx });
        state = foldEvents(events as unknown as StoryEvent[], initialState(storyId));
        version = events.length ? events[events.length - 1]!.streamVersion : null;
        if (!article.publishedAt) {
          // Relative dates ("last month") can only be placed against the story's own dates.
          const storyDates = state.articles.map((a) => a.publishedAt).filter((d): d is string => d !== null && d.length === 10);
          extraction = extract({ body: article.body, publishedAt: null, title: article.title, source: article.source }, { knownPeople: [...state.people], storyDates });
        }
      } else {
        storyId = uuidv7();
      }
    }
    const publishedAt = article.publishedAt ?? extraction.inferredDate ?? null;
    const dateInferred = !article.publishedAt && publishedAt !== null;
    const nearDuplicateOf = storyId && state ? await this.nearDuplicate(trx, storyId, article.body, options.nearDuplicateThreshold) : null;

    const metadata = { ...options.metadata, correlationId: options.metadata?.correlationId ?? articleId };
    if (storyId) {
      const storyEvents = decide(
        {
          type: 'IngestArticle',
          data: {
            storyId,
            article: { articleId, source: article.source, publishedAt, dateInferred, url, title: article.title ?? null, nearDuplicateOf },
            findings: extraction.findings,
            datedFacts: extraction.datedFacts,
            entities: extraction.entities,
            isNewStory: state === null,
          },
        },
        state ?? initialState(storyId),
      );
      await this.store.append(
        storyStream(storyId),
        storyEvents.map((e) => ({ type: e.type, data: e.data, metadata, schemaVersion: STORY_EVENT_SCHEMA_VERSIONS[e.type] })),
        { expectedVersion: version ?? 'no_stream', trx },
      );
    }
    const ingested: ArticleIngested['data'] = {
      articleId,
      storyId,
      path,
      url,
      title: article.title ?? null,
      source: article.source,
      publishedAt,
      dateInferred,
      contentHash: hash,
      nearDuplicateOf,
      entities: extraction.entities,
      body: article.body,
    };
    await this.store.append(articleStream(articleId), [{ type: 'ArticleIngested', data: ingested, metadata, schemaVersion: ARTICLE_INGESTED_VERSION }], {
      expectedVersion: 'no_stream',
      trx,
    });
    await indexArticle(trx, ingested);
    return { path, articleId, storyId, status: 'ingested', duplicateOf: null, nearDuplicateOf, error: null };
  }

  /** The earliest article of the story that this text mostly repeats (a syndicated copy). */
  private async nearDuplicate(trx: Transaction<Database>, storyId: string, body: string, threshold = 0.7): Promise<string | null> {
    const mine = new Set(shingleHashes(body));
    if (mine.size === 0) return null;
    const rows = await trx.selectFrom('articles').select(['article_id', 'shingles', 'published_at']).where('story_id', '=', storyId).execute();
    const matches = rows
      .filter((r) => {
        const theirs = new Set(unpackShingles(r.shingles));
        let shared = 0;
        for (const s of mine) if (theirs.has(s)) shared++;
        return Math.max(shared / mine.size, theirs.size ? shared / theirs.size : 0) >= threshold;
      })
      .sort((a, b) => (a.published_at ?? '9999').localeCompare(b.published_at ?? '9999') || a.article_id.localeCompare(b.article_id));
    return matches[0]?.article_id ?? null;
  }
}

const rejected = (path: string, error: string, errorCode: string): IngestOutcome => ({
  path,
  articleId: null,
  storyId: null,
  status: 'rejected',
  duplicateOf: null,
  nearDuplicateOf: null,
  error,
  errorCode,
});

/** A version conflict on the story, or a racing insert of the same article text. */
const isRace = (error: unknown): boolean =>
  error instanceof StoreError
    ? error.code === 'WRONG_EXPECTED_VERSION' || error.code === 'CONCURRENT_APPEND'
    : (error as { code?: string })?.code === '23505';

/** Same page, same article: scheme, host case, trailing slash, fragment and tracking parameters folded. */
export function normalizeUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    u.hash = '';
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid|gclid)/i.test(key)) u.searchParams.delete(key);
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname}${path}${u.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * An article's id comes from its content hash (in UUID form, version 8): ties between articles
 * of the same date are broken by id, so ids drawn at arrival would make the story depend on
 * the order articles came in.
 */
export function contentId(hash: string): string {
  const hex = sha256(`article:${hash}`).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
