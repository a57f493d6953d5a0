import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@storyline/config';
import { ApiModule } from './api.module';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export const logLevels = (level: AppConfig['logLevel']): LogLevel[] => LEVELS.slice(0, LEVELS.indexOf(level) + 1);

/** Builds the HTTP application (not yet listening), so tests run exactly what production runs. */
export async function createApiApp(config: AppConfig, applicationName = 'storyline-api'): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, applicationName }), {
    logger: logLevels(config.logLevel),
    bodyParser: false,
  });
  // The article body limit plus room for the JSON envelope; the use case checks the body itself.
  app.useBodyParser('json', { limit: config.maxArticleBytes + 64 * 1024 });
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Storyline')
      .setDescription('Developing news stories, built from an event log of what each article reports.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
