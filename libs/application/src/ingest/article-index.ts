import { sql, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import {
  RETRIEVAL,
  addToStoryProfile,
  articleProfile,
  entityKeys,
  lookupKeys,
  shingles,
  type DocumentFrequencies,
  type StoryProfile,
} from '@storyline/domain';
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

/** Shingles as a set of 32-bit hashes: compact, and compared as well as the text. */
export function shingleHashes(body: string): Uint32Array {
  return Uint32Array.from(new Set([...shingles(body)].map(fnv1a)));
}

/** Packed into bytes for storage, so reading a story's articles back costs no array parsing. */
export const packShingles = (hashes: Uint32Array): Buffer => Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength);
export const unpackShingles = (bytes: Buffer): Uint32Array =>
  new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

/** The keys a story is found by (kept here for callers of the index). */
export { entityKeys };

const STORIES = '#stories';

/**
 * The article index and the story-matching index, written in the ingesting transaction and
 * replayed from `ArticleIngested` on rebuild. Document frequencies count stories per term.
 */
export async function indexArticle(trx: Transaction<Database>, data: ArticleIngested['data']): Promise<void> {
  await trx
    .insertInto('articles')
    .values({
      article_id: data.articleId,
      story_id: data.storyId,
      url: data.url,
      content_hash: data.contentHash,
      source: data.source,
      title: data.title,
      published_at: data.publishedAt,
      date_inferred: data.dateInferred,
      near_duplicate_of: data.nearDuplicateOf,
      shingles: packShingles(shingleHashes(data.body)),
    })
    .onConflict((oc) => oc.column('article_id').doNothing())
    .execute();
  if (data.storyId === null) return;

  const row = await trx.selectFrom('story_index').selectAll().where('story_id', '=', data.storyId).forUpdate().executeTakeFirst();
  const before: StoryProfile = row
    ? { storyId: row.story_id, terms: row.profile as Record<string, number>, firstDate: row.first_date, lastDate: row.last_date, articleCount: row.article_count }
    : { storyId: data.storyId, terms: {}, firstDate: null, lastDate: null, articleCount: 0 };
  const after = addToStoryProfile(before, articleProfile(data.entities, data.publishedAt));
  const newTerms = Object.keys(after.terms).filter((t) => !(t in before.terms));
  const values = {
    story_id: data.storyId,
    title: data.title ?? row?.title ?? '',
    profile: JSON.stringify(after.terms),
    entity_keys: entityKeys(after.terms),
    first_date: after.firstDate,
    last_date: after.lastDate,
    article_count: after.articleCount,
  };
  if (row) {
    await trx.updateTable('story_index').set({ ...values, title: row.title }).where('story_id', '=', data.storyId).execute();
  } else {
    await trx.insertInto('story_index').values(values).execute();
  }
  const bumps = row ? newTerms : [STORIES, ...newTerms];
  if (bumps.length > 0) {
    // Sorted so concurrent ingests lock term rows in the same order (no deadlocks).
    await trx
      .insertInto('term_stats')
      .values([...bumps].sort().map((term) => ({ term, df: 1 })))
      .onConflict((oc) => oc.column('term').doUpdateSet({ df: sql`term_stats.df + 1` }))
      .execute();
  }
}

/** Document frequencies of the article's terms (all of them: they weigh its profile), and how many stories there are. */
export async function documentFrequencies(trx: Transaction<Database>, terms: readonly string[]): Promise<DocumentFrequencies> {
  const rows = await trx.selectFrom('term_stats').select(['term', 'df']).where('term', '=', sql<string>`any(${sql.val([STORIES, ...terms])}::text[])`).execute();
  const frequencies: Record<string, number> = {};
  let documents = 0;
  for (const r of rows) {
    if (r.term === STORIES) documents = r.df;
    else frequencies[r.term] = r.df;
  }
  return { documents, frequencies };
}

/**
 * Stories sharing the article's lookup keys (its rarest; popular names only when nothing rarer
 * is known), most recent first: a bounded candidate set however many stories exist.
 */
export async function candidateStories(trx: Transaction<Database>, keys: readonly string[], idf: DocumentFrequencies): Promise<StoryProfile[]> {
  const lookup = lookupKeys(keys, idf);
  if (lookup.length === 0) return [];
  const rows = await trx
    .selectFrom('story_index')
    .select(['story_id', 'profile', 'first_date', 'last_date', 'article_count'])
    .where(sql<boolean>`entity_keys && ${sql.val(lookup)}::text[]`)
    .orderBy(sql`last_date desc nulls last`)
    .orderBy(sql`story_id collate "C"`)
    .limit(RETRIEVAL.maxCandidates)
    .execute();
  return rows.map((r) => ({
    storyId: r.story_id,
    terms: r.profile as Record<string, number>,
    firstDate: r.first_date,
    lastDate: r.last_date,
    articleCount: r.article_count,
  }));
}
