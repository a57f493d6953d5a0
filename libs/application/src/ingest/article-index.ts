import { LRUCache } from 'lru-cache';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  RETRIEVAL,
  addToStoryProfile,
  articleProfile,
  entityKeys,
  planLookup,
  shingles,
  type DocumentFrequencies,
  type StoryProfile,
} from '@storyline/domain';
import { ApplicationError } from '../errors';
import type { ArticleIngested } from './article-events';

/** FNV-1a: shingles only need a cheap, stable 32-bit fingerprint, not a cryptographic one. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Shingles as a set of 32-bit hashes, ascending: compact, compared as well as the text, and counted by a merge. */
export function shingleHashes(body: string): Uint32Array {
  return Uint32Array.from(new Set([...shingles(body)].map(fnv1a))).sort();
}

/** Packed into bytes for storage, so reading a story's articles back costs no array parsing. */
export const packShingles = (hashes: Uint32Array): Buffer => Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength);
export const unpackShingles = (bytes: Buffer): Uint32Array =>
  new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

/** The keys a story is found by (kept here for callers of the index). */
export { entityKeys };

const STORIES = '#stories';

/**
 * What ingestion already knows when it indexes an article: the story's index entry as read in
 * the same transaction (null for a story the article opens) and the article's shingles.
 */
export interface KnownIndexEntry {
  readonly story: StoryProfile | null;
  readonly shingles?: Uint32Array;
}

/**
 * The article index and the story-matching index, written in the ingesting transaction and
 * replayed from `ArticleIngested` on rebuild. Document frequencies count stories per term.
 * Ingestion passes the story's entry it matched against (`known`): the entry is then updated
 * only if no other article changed it since (else a retryable `STORY_INDEX_CHANGED`), and all
 * writes go in one statement; a rebuild reads and locks the entry instead.
 */
export async function indexArticle(trx: Transaction<Database>, data: ArticleIngested['data'], known?: KnownIndexEntry): Promise<void> {
  const article = {
    article_id: data.articleId,
    story_id: data.storyId,
    url: data.url,
    content_hash: data.contentHash,
    source: data.source,
    title: data.title,
    published_at: data.publishedAt,
    date_inferred: data.dateInferred,
    near_duplicate_of: data.nearDuplicateOf,
    shingles: packShingles(known?.shingles ?? shingleHashes(data.body)),
  };
  if (data.storyId === null) {
    await trx.insertInto('articles').values(article).onConflict((oc) => oc.column('article_id').doNothing()).execute();
    return;
  }
  const before = known ? known.story : await lockedEntry(trx, data.storyId);
  const after = addToStoryProfile(before ?? { storyId: data.storyId, terms: {}, firstDate: null, lastDate: null, articleCount: 0 }, articleProfile(data.entities, data.publishedAt, data.source));
  const values = {
    profile: JSON.stringify(after.terms),
    entity_keys: entityKeys(after.terms),
    first_date: after.firstDate,
    last_date: after.lastDate,
    article_count: after.articleCount,
  };
  // Sorted so concurrent ingests lock term rows in the same order (no deadlocks).
  const bumps = (before ? Object.keys(after.terms).filter((t) => !(t in before.terms)) : [STORIES, ...Object.keys(after.terms)]).sort();
  const story = before
    ? sql`update story_index set profile = ${values.profile}::jsonb, entity_keys = ${sql.val(values.entity_keys)}::text[], first_date = ${values.first_date},
          last_date = ${values.last_date}, article_count = ${values.article_count}
          where story_id = ${data.storyId} and article_count = ${before.articleCount} returning 1`
    : sql`insert into story_index (story_id, title, profile, entity_keys, first_date, last_date, article_count)
          values (${data.storyId}, ${data.title ?? ''}, ${values.profile}::jsonb, ${sql.val(values.entity_keys)}::text[], ${values.first_date}, ${values.last_date}, ${values.article_count})
          returning 1`;
  const terms =
    bumps.length > 0
      ? sql`, terms as (insert into term_stats (term, df) select term, 1 from unnest(${sql.val(bumps)}::text[]) with ordinality as b(term, n) order by n
          on conflict (term) do update set df = term_stats.df + 1)`
      : sql``;
  const { rows } = await sql<{ written: number }>`
    with article as (insert into articles (article_id, story_id, url, content_hash, source, title, published_at, date_inferred, near_duplicate_of, shingles)
          values (${article.article_id}, ${article.story_id}, ${article.url}, ${article.content_hash}, ${article.source}, ${article.title},
                  ${article.published_at}, ${article.date_inferred}, ${article.near_duplicate_of}, ${article.shingles})
          on conflict (article_id) do nothing),
      story as (${story})${terms}
    select count(*)::int as written from story`.execute(trx);
  if (rows[0]?.written !== 1) {
    throw new ApplicationError('conflict', STORY_INDEX_CHANGED, `the index entry of story ${data.storyId} changed while an article was matched against it; retry`);
  }
}

/** Raised when a story's index entry changed under an ingestion (a concurrent article): retry the ingestion. */
export const STORY_INDEX_CHANGED = 'STORY_INDEX_CHANGED';

async function lockedEntry(trx: Transaction<Database>, storyId: string): Promise<StoryProfile | null> {
  const row = await trx.selectFrom('story_index').select(['profile', 'first_date', 'last_date', 'article_count']).where('story_id', '=', storyId).forUpdate().executeTakeFirst();
  return row ? { storyId, terms: row.profile as Record<string, number>, firstDate: row.first_date, lastDate: row.last_date, articleCount: row.article_count } : null;
}

/** Document frequencies of the article's terms (all of them: they weigh its profile), and how many stories there are. */
export async function documentFrequencies(trx: Transaction<Database>, terms: readonly string[]): Promise<DocumentFrequencies> {
  const rows = await trx.selectFrom('term_stats').select(['term', 'df']).where('term', '=', sql<string>`any(${sql.val([STORIES, ...terms])}::text[])`).execute();
  return toFrequencies(rows);
}

function toFrequencies(rows: ReadonlyArray<{ term: string; df: number }>): DocumentFrequencies {
  const frequencies: Record<string, number> = {};
  let documents = 0;
  for (const r of rows) {
    if (r.term === STORIES) documents = r.df;
    else frequencies[r.term] = r.df;
  }
  return { documents, frequencies };
}

export interface ArticleLookup {
  /** The earliest article with the same normalised text or the same URL. */
  readonly duplicate: { readonly articleId: string; readonly storyId: string | null } | null;
  readonly idf: DocumentFrequencies;
}

/** An earlier copy of the article and the document frequencies of its terms, in one round trip. */
export async function lookupArticle(trx: Transaction<Database>, contentHash: string, url: string | null, terms: readonly string[]): Promise<ArticleLookup> {
  const { rows } = await sql<{ kind: 'duplicate' | 'term'; a: string; b: string | null; df: number | null }>`
    (select 'duplicate' as kind, article_id as a, story_id as b, null::integer as df from articles
      where content_hash = ${contentHash}${url ? sql` or url = ${url}` : sql``} order by ingested_at limit 1)
    union all
    select 'term', term, null, df from term_stats where term = any(${sql.val([STORIES, ...terms])}::text[])`.execute(trx);
  const found = rows.find((r) => r.kind === 'duplicate');
  return {
    duplicate: found ? { articleId: found.a, storyId: found.b } : null,
    idf: toFrequencies(rows.filter((r) => r.kind === 'term').map((r) => ({ term: r.a, df: r.df! }))),
  };
}

/**
 * Stories sharing the article's lookup keys (its rarest, within a bounded number of index rows;
 * popular names only when nothing rarer is known), most recent first: a bounded candidate set
 * however many stories exist.
 */
export async function candidateStories(trx: Transaction<Database>, keys: readonly string[], idf: DocumentFrequencies): Promise<StoryProfile[]> {
  const lookup = planLookup(keys, idf);
  if (lookup.keys.length === 0) return [];
  // The profile as text: most candidates are stories this process has read before, unchanged
  // since, whose parsed terms are kept.
  const matching = trx
    .selectFrom('story_index')
    .select(['story_id', sql<string>`profile::text`.as('profile'), 'first_date', 'last_date', 'article_count'])
    .where(sql<boolean>`entity_keys && ${sql.val(lookup.keys)}::text[]`);
  // Popular keys: walk the newest stories (recency index) until enough share them. Rare keys:
  // read the few stories the GIN index finds and sort them; "offset 0" keeps the planner from
  // walking the recency index instead, which for rare keys means reading most of the index.
  const rows = lookup.popular
    ? await matching.orderBy(sql`last_date desc nulls last`).orderBy(sql`story_id collate "C"`).limit(RETRIEVAL.maxCandidates).execute()
    : await trx
        .selectFrom(matching.offset(0).as('m'))
        .selectAll()
        .orderBy(sql`last_date desc nulls last`)
        .orderBy(sql`story_id collate "C"`)
        .limit(RETRIEVAL.maxCandidates)
        .execute();
  return rows.map((r) => ({
    storyId: r.story_id,
    terms: parsedProfile(r.profile as unknown as string),
    firstDate: r.first_date,
    lastDate: r.last_date,
    articleCount: r.article_count,
  }));
}

/**
 * Parsed story profiles by their text: hashing the text is far cheaper than parsing it, and a key
 * that is the content itself can never serve a stale or another database's profile. Shared:
 * callers copy before they change a profile (addToStoryProfile).
 */
const PROFILES = new LRUCache<string, Record<string, number>>({ max: 20_000 });

function parsedProfile(text: string): Record<string, number> {
  let terms = PROFILES.get(text);
  if (!terms) PROFILES.set(text, (terms = JSON.parse(text) as Record<string, number>));
  return terms;
}
