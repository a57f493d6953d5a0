import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as workerpool from 'workerpool';
import type { Extraction } from '@storyline/domain';
import { extract, type ArticleInput, type ExtractionContext } from './extract';

/** Extraction as a service that may run elsewhere than the calling thread. */
export interface Extractor {
  extract(article: ArticleInput, context?: ExtractionContext): Promise<Extraction>;
  close(): Promise<void>;
}

/** Extraction on the calling thread: one-shot commands, tests, single-core machines. */
export const inThreadExtractor: Extractor = {
  extract: async (article, context) => extract(article, context),
  close: async () => undefined,
};

/**
 * Extraction on `threads` worker threads, so that a busy ingestion service parses the next
 * articles while its main thread decides and writes. Extraction is pure, so the answers are
 * those of the calling thread; when a thread dies the article is extracted here instead. Runs
 * only from the built code (a thread cannot load TypeScript sources): elsewhere, and with
 * `threads` 0, extraction stays on the calling thread.
 */
export function createExtractor(threads: number): Extractor {
  const script = join(__dirname, 'extract-worker.js');
  if (threads <= 0 || !__filename.endsWith('.js') || !existsSync(script)) return inThreadExtractor;
  const pool = workerpool.pool(script, { maxWorkers: threads, workerType: 'thread' });
  return {
    async extract(article, context) {
      try {
        return (await pool.exec('extract', [article, context ?? {}])) as Extraction;
      } catch (error) {
        // the thread died or was stopped under the article; an error of extraction itself stands
        if (!(error instanceof workerpool.TerminateError) && !/^Worker terminat/i.test((error as Error)?.message ?? '')) throw error;
        return extract(article, context);
      }
    },
    close: async () => {
      await pool.terminate();
    },
  };
}
