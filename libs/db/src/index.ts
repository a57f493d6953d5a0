export * from './schema';
export * from './handle';
export { createDatabase } from './create-database';
export { migrateToLatest } from './migrate';
export { redactUrl } from './postgres';
export * from './admin';
export * from './read-models';
