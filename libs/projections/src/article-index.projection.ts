import type { Transaction } from 'kysely';
import type { Database } from '@storyline/db';
import type { RecordedEvent } from '@storyline/event-store';
import { indexArticle, type ArticleIngested } from '@storyline/application';
import type { Projection } from './projection';

/**
 * The article and story-matching indexes. Ingestion writes them in its own transaction (so a
 * duplicate or a story is seen at once); this projection only replays them on rebuild and is
 * never run live.
 */
export class ArticleIndexProjection implements Projection {
  readonly name = 'article-index';
  readonly handles = new Set(['ArticleIngested']);
  readonly inline = true;

  async apply(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) await indexArticle(trx, event.data as ArticleIngested['data']);
  }

  async reset(trx: Transaction<Database>): Promise<void> {
    await trx.deleteFrom('articles').execute();
    await trx.deleteFrom('story_index').execute();
    await trx.deleteFrom('term_stats').execute();
  }
}
