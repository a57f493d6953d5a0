import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@storyline/config';
import { createTestDatabase, type TestDatabase } from '@storyline/testing';
import { createApiApp } from '../../apps/api/src/bootstrap';

export interface RunningApi {
  app: INestApplication;
  url: string;
  database: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The production HTTP app on its own fresh PostgreSQL database, listening on a free port. */
export async function startApi(overrides: Partial<AppConfig> = {}): Promise<RunningApi> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ LOG_LEVEL: 'warn' }), databaseUrl: database.url, ...overrides };
  const app = await createApiApp(config, 'storyline-test-api');
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    database,
    config,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}
