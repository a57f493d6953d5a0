export * from './duplicates';
export * from './profile';
export * from './score';
export * from './story-index';
