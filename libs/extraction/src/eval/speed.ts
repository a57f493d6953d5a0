/**
 * Extraction throughput: how many articles per second `extract` handles on one core, cycling
 * through the given articles for about `seconds` (after one warm-up pass over them). Extraction
 * alone: no parsing of files, no story matching, no storage.
 */
import { performance } from 'perf_hooks';
import { extract, type ArticleInput, type ExtractionContext } from '../extract';

export interface ExtractRate {
  /** Articles per second of wall time. */
  articlesPerSecond: number;
  articles: number;
  seconds: number;
  /** Mean body size in bytes (UTF-8). */
  meanBytes: number;
}

export function measureExtractRate(articles: readonly ArticleInput[], seconds: number, context: ExtractionContext = {}): number {
  return measureExtract(articles, seconds, context).articlesPerSecond;
}

export function measureExtract(articles: readonly ArticleInput[], seconds: number, context: ExtractionContext = {}): ExtractRate {
  if (!articles.length) throw new Error('measureExtractRate needs at least one article');
  for (const a of articles) extract(a, context);
  const budget = Math.max(0.05, seconds) * 1000;
  const start = performance.now();
  let done = 0;
  let elapsed = 0;
  do {
    // a batch between clock reads, so reading the clock costs nothing measurable
    for (let i = 0; i < 8; i++) extract(articles[(done + i) % articles.length], context);
    done += 8;
    elapsed = performance.now() - start;
  } while (elapsed < budget);
  const meanBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body, 'utf8'), 0) / articles.length;
  return { articlesPerSecond: (done * 1000) / elapsed, articles: done, seconds: elapsed / 1000, meanBytes: Math.round(meanBytes) };
}
