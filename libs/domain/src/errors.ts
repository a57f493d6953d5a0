/**
 * Domain errors carry a stable code and a transport-neutral kind; the application maps kinds to
 * HTTP statuses in one place.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'conflict';

export class StoryDomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class StoryNotFound extends StoryDomainError {
  constructor(storyId: string) {
    super('not_found', 'STORY_NOT_FOUND', `story ${storyId} has not been opened`);
  }
}

export class StoryAlreadyOpened extends StoryDomainError {
  constructor(storyId: string) {
    super('conflict', 'STORY_ALREADY_OPENED', `story ${storyId} is already open`);
  }
}

export class StoryClosed extends StoryDomainError {
  constructor(storyId: string, mergedInto: string) {
    super('conflict', 'STORY_MERGED', `story ${storyId} was merged into ${mergedInto}`);
  }
}

export class DevelopmentNotFound extends StoryDomainError {
  constructor(developmentId: string) {
    super('not_found', 'DEVELOPMENT_NOT_FOUND', `development ${developmentId} is not in this story`);
  }
}

export class ArticleNotInStory extends StoryDomainError {
  constructor(articleId: string) {
    super('not_found', 'ARTICLE_NOT_IN_STORY', `article ${articleId} is not in this story`);
  }
}

export class InvalidStoryCommand extends StoryDomainError {
  constructor(message: string) {
    super('invalid', 'INVALID_COMMAND', message);
  }
}
