export * from './errors';
export * from './ingest/article-events';
export * from './ingest/article-index';
export * from './ingest/ingest-article';
export * from './ingest/cluster-articles';
