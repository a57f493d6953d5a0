import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { DATABASE } from '@storyline/core';
import type { DatabaseHandle } from '@storyline/db';
import { StoryQueries } from '@storyline/projections';
import { ArticlesController } from './articles/articles.controller';
import { IngestArticleHandler } from './articles/ingest-article.command';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MetricsController } from './health/metrics.controller';
import { ErrorFilter } from './http/error.filter';
import { LiveFeed } from './stories/live-feed';
import { StoryAnswers } from './stories/story-answers';
import { storyChangesOf } from './stories/story-changes';
import { StoriesController } from './stories/stories.controller';

/** The HTTP surface; expects CoreModule to be imported by the root module. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [HealthController, MetricsController, ArticlesController, StoriesController],
  providers: [
    HealthService,
    IngestArticleHandler,
    LiveFeed,
    { provide: StoryAnswers, inject: [StoryQueries, DATABASE], useFactory: (queries: StoryQueries, db: DatabaseHandle) => new StoryAnswers(queries, storyChangesOf(db)) },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class ApiModule {}
