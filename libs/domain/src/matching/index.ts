export * from './duplicates';
export * from './profile';
export * from './score';
