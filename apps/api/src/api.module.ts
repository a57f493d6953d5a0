import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ArticlesController } from './articles/articles.controller';
import { IngestArticleHandler } from './articles/ingest-article.command';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { MetricsController } from './health/metrics.controller';
import { ErrorFilter } from './http/error.filter';
import { StoryQueries } from '@storyline/projections';
import { LiveFeed } from './stories/live-feed';
import { StoryAnswers } from './stories/story-answers';
import { StoriesController } from './stories/stories.controller';

/** The HTTP surface; expects CoreModule to be imported by the root module. */
@Module({
  imports: [CqrsModule.forRoot()],
  controllers: [HealthController, MetricsController, ArticlesController, StoriesController],
  providers: [
    HealthService,
    IngestArticleHandler,
    LiveFeed,
    { provide: StoryAnswers, inject: [StoryQueries], useFactory: (queries: StoryQueries) => new StoryAnswers(queries) },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
})
export class ApiModule {}
