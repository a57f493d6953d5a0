export * from './projection';
export * from './runner';
export * from './stories.projection';
export * from './article-index.projection';
export * from './queries';
