import { Module, type DynamicModule, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@storyline/config';
import { CoreModule } from '@storyline/core';
import { WorkerModule } from '../../worker/src/worker.module';
import { ApiModule } from './api.module';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export const logLevels = (level: AppConfig['logLevel']): LogLevel[] => LEVELS.slice(0, LEVELS.indexOf(level) + 1);

@Module({})
class HttpRootModule {
  static forRoot(config: AppConfig, applicationName: string): DynamicModule {
    return {
      module: HttpRootModule,
      imports: [CoreModule.forRoot({ config, applicationName }), ApiModule, ...(config.runProjections ? [WorkerModule] : [])],
    };
  }
}

/**
 * Builds the HTTP application (not yet listening), so tests run exactly what production runs.
 * With `config.runProjections` the worker runs in the same process (`npm start`).
 */
export async function createApiApp(config: AppConfig, applicationName = 'storyline-api'): Promise<INestApplication> {
  // Fastify rather than Express: a story answer kept in memory costs a third of the CPU per request.
  const adapter = new FastifyAdapter({
    // Room for the JSON envelope around the largest accepted article; the article itself is checked later.
    bodyLimit: config.maxArticleBytes + 64 * 1024,
  });
  const app = await NestFactory.create<NestFastifyApplication>(HttpRootModule.forRoot(config, applicationName), adapter, {
    logger: logLevels(config.logLevel),
    // Fastify's own JSON parser only: no form bodies (Nest would add one), so other types are 415.
    bodyParser: false,
  });
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
