export * from './tokens';
export * from './storyline';
export * from './core.module';
