import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore } from '@storyline/event-store';
import { createPgliteTestDatabase, type TestDatabase } from '@storyline/testing';
import { ArticleIngestion } from './ingest-article';

const SEEDS = join(__dirname, '../../../../../shared/seeds');
const seedFiles = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const today = '2026-11-21';

describe('ArticleIngestion (PGlite)', () => {
  let database: TestDatabase;
  let ingestion: ArticleIngestion;

  beforeEach(async () => {
    database = await createPgliteTestDatabase();
    ingestion = new ArticleIngestion(new EventStore(database.db));
  });
  afterEach(() => database.destroy());

  it('puts the four seed articles into one story', async () => {
    const outcomes = [];
    for (const file of seedFiles()) outcomes.push(await ingestion.ingest({ name: file, content: readFileSync(join(SEEDS, file), 'utf8') }, { today, matchThreshold: 0.25 }));
    expect(outcomes.map((o) => o.status)).toEqual(['ingested', 'ingested', 'ingested', 'ingested']);
    expect(new Set(outcomes.map((o) => o.storyId)).size).toBe(1);
  });
});
