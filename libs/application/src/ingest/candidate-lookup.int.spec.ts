import { sql, type Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import { articleProfile, entityKeys, lookupKeys, RETRIEVAL, type ArticleProfile } from '@storyline/domain';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import { candidateStories, documentFrequencies } from './article-index';

/** 10,000 made-up stories; three names appear in thousands of them, the rest are rare. */
async function seedStories(database: TestDatabase): Promise<void> {
  const popular: Array<[string, number]> = [['p:kallas', 0.4], ['p:olsen', 0.3], ['l:norland', 0.5]];
  const df = new Map<string, number>([['#stories', 10_000]]);
  let seed = 12345;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const rows = Array.from({ length: 10_000 }, (_, i) => {
    const terms: Record<string, number> = {};
    for (const [key, share] of popular) if (random() < share) terms[key] = 3;
    for (let j = 0; j < 6; j++) terms[`p:person${Math.floor(random() * 20_000)}`] = 3;
    for (let j = 0; j < 40; j++) terms[`t:word${Math.floor(random() * 3_000)}`] = random();
    for (const t of Object.keys(terms)) df.set(t, (df.get(t) ?? 0) + 1);
    const day = `2025-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    return { story_id: `story-${i}`, title: '', profile: JSON.stringify(terms), entity_keys: entityKeys(terms), first_date: day, last_date: day, article_count: 1 };
  });
  for (let i = 0; i < rows.length; i += 1000) await database.db.insertInto('story_index').values(rows.slice(i, i + 1000)).execute();
  const stats = [...df].map(([term, n]) => ({ term, df: n }));
  for (let i = 0; i < stats.length; i += 5000) await database.db.insertInto('term_stats').values(stats.slice(i, i + 5000)).execute();
  await sql`analyze story_index`.execute(database.db);
  await sql`analyze term_stats`.execute(database.db);
}

/** The lookup's plan, and how many stories it read. */
async function lookup(trx: Transaction<Database>, profile: ArticleProfile) {
  const idf = await documentFrequencies(trx, Object.keys(profile.terms));
  const keys = lookupKeys(entityKeys(profile.terms), idf);
  const candidates = await candidateStories(trx, entityKeys(profile.terms), idf);
  const plan = await sql<{ 'QUERY PLAN': string }>`
    explain (analyze, format text) select story_id from story_index where entity_keys && ${sql.val(keys)}::text[]
    order by last_date desc nulls last, story_id collate "C" limit ${RETRIEVAL.maxCandidates}`.execute(trx);
  return { keys, candidates, plan: plan.rows.map((r) => r['QUERY PLAN']).join('\n') };
}

describe('candidate lookup with 10,000 stories (PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStories(database);
  }, 120_000);
  afterAll(() => database.destroy());

  const names = (people: string[], places: string[], terms: Record<string, number> = {}) =>
    articleProfile({ people, organizations: [], places, terms }, '2025-06-01');

  it('looks up by the rare names only, through the GIN index, when popular ones come with them', async () => {
    await database.db.transaction().execute(async (trx) => {
      const { keys, candidates, plan } = await lookup(trx, names(['Idris Kallas', 'Marta Olsen', 'Ada Person17'], ['Norland'], { word5: 1 }));
      expect(keys).not.toContain('p:kallas');
      expect(candidates.length).toBeLessThanOrEqual(RETRIEVAL.maxCandidates);
      expect(plan).toContain('story_index_entity_keys_idx');
      expect(plan).not.toContain('Seq Scan');
    });
  });

  it('walks the most recent stories when the article has nothing but popular names', async () => {
    await database.db.transaction().execute(async (trx) => {
      const { keys, candidates, plan } = await lookup(trx, names(['Idris Kallas', 'Marta Olsen'], ['Norland']));
      expect(keys).toEqual(['p:olsen', 'p:kallas']);
      expect(candidates).toHaveLength(RETRIEVAL.maxCandidates);
      expect(plan).toContain('story_index_recency_idx');
      expect(plan).not.toContain('Seq Scan');
    });
  });
});
