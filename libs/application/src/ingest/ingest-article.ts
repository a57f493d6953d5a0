import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  STORY_EVENT_SCHEMA_VERSIONS,
  articleProfile,
  chooseStory,
  contentHash,
  decideAndFold,
  foldEvents,
  initialState,
  readingContext,
  type StoryState,
  type Extraction,
  type StoryEvent,
  type StoryProfile,
} from '@storyline/domain';
import { EventStore, StoreError, uuidv7, type EventMetadata } from '@storyline/event-store';
import { ArticleParseError, inThreadExtractor, parseArticleBuffer, parseArticleFile, type Extractor, type ParsedArticle } from '@storyline/extraction';
import { ARTICLE_INGESTED_VERSION, articleStream, storyStream, type ArticleIngested } from './article-events';
import { ApplicationError } from '../errors';
import { STORY_INDEX_CHANGED, candidateStories, entityKeys, indexArticle, lookupArticle, shingleHashes, unpackShingles } from './article-index';
import { StoryCache, type CachedStory, type StoryArticleShingles } from './story-cache';

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

/** What one attempt decided, and the story as it stands after it (kept once the transaction commits). */
interface Attempt {
  outcome: IngestOutcome;
  story?: { storyId: string; entry: CachedStory };
}

/**
 * Ingests one article: parse, extract (outside the transaction), then in one transaction find a
 * duplicate, match a story, decide against the story's state and append the story's events, the
 * article's event and the article index together. A concurrent writer on the same story makes the
 * append fail its expected version; the whole decision is then retried on the fresh state.
 *
 * The state of the stories this process wrote to last is kept (`StoryCache`), so an article
 * joining one of them costs a handful of small queries however long the story is; the append's
 * expected version is the check that the kept state is still the story's.
 */
export class ArticleIngestion {
  private readonly stories: StoryCache;
  private readonly extractor: Extractor;

  constructor(
    private readonly store: EventStore,
    options: { storyCacheSize?: number; extractor?: Extractor } = {},
  ) {
    this.stories = new StoryCache(options.storyCacheSize);
    this.extractor = options.extractor ?? inThreadExtractor;
  }

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
    const extraction = await this.extractor.extract({ body: article.body, publishedAt: article.publishedAt, title: article.title, source: article.source });

    for (let attempt = 1; ; attempt++) {
      const touched: { storyId: string | null } = { storyId: null };
      try {
        const { outcome, story } = await this.store.db.transaction().execute((trx) => this.decideAndAppend(trx, path, article, extraction, options, touched));
        if (story) this.stories.remember(story.storyId, story.entry);
        return outcome;
      } catch (error) {
        // Whatever went wrong, the kept state of the story is no longer to be trusted.
        if (touched.storyId) this.stories.forget(touched.storyId);
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
    touched: { storyId: string | null },
  ): Promise<Attempt> {
    const hash = contentHash(article.body, sha256);
    const url = normalizeUrl(article.url);
    const tracked = !firstExtraction.unrelated || firstExtraction.findings.length > 0;
    const profile = tracked ? articleProfile(firstExtraction.entities, article.publishedAt, article.source) : null;
    const { duplicate, idf } = await lookupArticle(trx, hash, url, profile ? Object.keys(profile.terms) : []);
    if (duplicate) {
      return {
        outcome: { path, articleId: duplicate.articleId, storyId: duplicate.storyId, status: 'duplicate', duplicateOf: duplicate.articleId, nearDuplicateOf: null, error: null },
      };
    }

    const articleId = contentId(hash);
    const shingles = shingleHashes(article.body);
    let extraction = firstExtraction;
    let storyId: string | null = null;
    /** The story the article joins, as of its current version; null when it opens a story. */
    let story: CachedStory | null = null;
    let indexEntry: StoryProfile | null = null;
    if (profile) {
      const candidates = await candidateStories(trx, entityKeys(profile.terms), idf);
      storyId = chooseStory(profile, candidates, { idf, threshold: options.matchThreshold });
      if (storyId) {
        touched.storyId = storyId;
        indexEntry = candidates.find((c) => c.storyId === storyId) ?? null;
        story = this.stories.get(storyId) ?? (await this.loadStory(trx, storyId));
        const context = readingContext(story.state, null);
        if (!article.publishedAt && (context.storyDates.length > 0 || context.knownPeople.length > 0)) {
          // Relative dates ("last month") can only be placed against the story's own dates.
          extraction = await this.extractor.extract({ body: article.body, publishedAt: null, title: article.title, source: article.source }, context);
        }
      } else if (!firstExtraction.unrelated) {
        storyId = uuidv7();
      }
      // An unrelated article (only quotes) counts in a story it matches but opens none.
    }
    const publishedAt = article.publishedAt ?? extraction.inferredDate ?? null;
    const dateInferred = !article.publishedAt && publishedAt !== null;
    const nearDuplicateOf = story ? nearDuplicate(story.articles, shingles, options.nearDuplicateThreshold) : null;

    const metadata = { ...options.metadata, correlationId: options.metadata?.correlationId ?? articleId };
    let kept: Attempt['story'];
    if (storyId) {
      const decided = decideAndFold(
        {
          type: 'IngestArticle',
          data: {
            storyId,
            article: { articleId, source: article.source, publishedAt, dateInferred, url, title: article.title ?? null, nearDuplicateOf },
            findings: extraction.findings,
            datedFacts: extraction.datedFacts,
            entities: extraction.entities,
            isNewStory: story === null,
          },
        },
        story?.state ?? initialState(storyId),
      );
      const reread = await this.rereadUndated(trx, decided.state, articleId);
      const appended = await this.store.append(
        storyStream(storyId),
        [...decided.events, ...reread.events].map((e) => ({ type: e.type, data: e.data, metadata, schemaVersion: STORY_EVENT_SCHEMA_VERSIONS[e.type] })),
        { expectedVersion: story?.version || 'no_stream', trx },
      );
      const articles = [...(story?.articles ?? []), { articleId, publishedAt, shingles }].map((a) =>
        reread.dates.has(a.articleId) ? { ...a, publishedAt: reread.dates.get(a.articleId) ?? null } : a,
      );
      kept = { storyId, entry: { version: appended.nextExpectedVersion, state: reread.state, articles } };
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
    // The story's index entry as matched against (none when the article opens the story); should
    // it be missing from the candidates, the entry is read and locked instead.
    await indexArticle(trx, ingested, story === null || indexEntry ? { story: indexEntry, shingles } : undefined);
    return { outcome: { path, articleId, storyId, status: 'ingested', duplicateOf: null, nearDuplicateOf, error: null }, story: kept };
  }

  /**
   * The story's undated articles read again against what it knows now that another article has
   * joined: "last month" in an article that arrived before the story had dates is placed as if
   * it had arrived after them, so the story does not depend on arrival order.
   */
  private async rereadUndated(
    trx: Transaction<Database>,
    state: StoryState,
    newcomer: string,
  ): Promise<{ events: StoryEvent[]; state: StoryState; dates: Map<string, string | null> }> {
    const undated = Object.values(state.ledger.articles).filter((a) => a.articleId !== newcomer && (a.publishedAt === null || a.dateInferred));
    const dates = new Map<string, string | null>();
    if (undated.length === 0) return { events: [], state, dates };
    const streams = await this.store.readStreams(undated.map((a) => articleStream(a.articleId)), { trx });
    const events: StoryEvent[] = [];
    for (const linked of undated.sort((a, b) => (a.articleId < b.articleId ? -1 : 1))) {
      const ingested = streams.get(articleStream(linked.articleId))?.find((e) => e.type === 'ArticleIngested')?.data as ArticleIngested['data'] | undefined;
      if (!ingested) continue;
      const context = readingContext(state, linked.articleId);
      const extraction = await this.extractor.extract({ body: ingested.body, publishedAt: null, title: ingested.title ?? undefined, source: ingested.source }, context);
      const publishedAt = extraction.inferredDate ?? null;
      const decided = decideAndFold(
        {
          type: 'RereadArticle',
          data: {
            storyId: state.storyId,
            article: { articleId: linked.articleId, source: linked.source, publishedAt, dateInferred: publishedAt !== null, url: linked.url, title: linked.title, nearDuplicateOf: null },
            findings: extraction.findings,
            datedFacts: extraction.datedFacts,
            entities: extraction.entities,
          },
        },
        state,
      );
      if (decided.events.length === 0) continue;
      events.push(...decided.events);
      state = decided.state;
      dates.set(linked.articleId, publishedAt);
      await trx.updateTable('articles').set({ published_at: publishedAt, date_inferred: publishedAt !== null }).where('article_id', '=', linked.articleId).execute();
    }
    return { events, state, dates };
  }

  /** The story's state from its stream, and its articles' shingles. */
  private async loadStory(trx: Transaction<Database>, storyId: string): Promise<CachedStory> {
    const events = await this.store.readStream(storyStream(storyId), { trx });
    const rows = await trx.selectFrom('articles').select(['article_id', 'shingles', 'published_at']).where('story_id', '=', storyId).execute();
    return {
      version: events.length ? events[events.length - 1]!.streamVersion : 0,
      state: foldEvents(events as unknown as StoryEvent[], initialState(storyId)),
      // Sorted again: rows written before shingles were stored in order.
      articles: rows.map((r) => ({ articleId: r.article_id, publishedAt: r.published_at, shingles: unpackShingles(r.shingles).sort() })),
    };
  }
}

/** How many values two ascending arrays of distinct values share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** The earliest article of the story that this text mostly repeats (a syndicated copy), or that mostly repeats it. */
export function nearDuplicate(articles: readonly StoryArticleShingles[], mine: Uint32Array, threshold = 0.7): string | null {
  if (mine.length === 0) return null;
  const matches = articles
    .filter((theirs) => {
      const shared = sharedCount(mine, theirs.shingles);
      return Math.max(shared / mine.length, theirs.shingles.length ? shared / theirs.shingles.length : 0) >= threshold;
    })
    .sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') || a.articleId.localeCompare(b.articleId));
  return matches[0]?.articleId ?? null;
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

/** A version conflict on the story or its index entry, or a racing insert of the same article text. */
const isRace = (error: unknown): boolean =>
  error instanceof StoreError
    ? error.code === 'WRONG_EXPECTED_VERSION' || error.code === 'CONCURRENT_APPEND'
    : error instanceof ApplicationError
      ? error.code === STORY_INDEX_CHANGED
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
