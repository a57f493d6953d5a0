import 'reflect-metadata';
import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, type AppConfig } from '@storyline/config';
import { CoreModule } from '@storyline/core';
import { logLevels } from '../../api/src/bootstrap';
import { WorkerModule } from './worker.module';

@Module({})
class WorkerRootModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerRootModule, imports: [CoreModule.forRoot({ config, applicationName: 'storyline-worker' }), WorkerModule] };
  }
}

/** The worker alone: projections (and deliveries) for an API running in other processes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerRootModule.forRoot(config), { logger: logLevels(config.logLevel) });
  app.enableShutdownHooks();
  Logger.log('worker started', 'Storyline');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
