import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@storyline/config';
import { createApiApp } from './bootstrap';

/** The HTTP API alone; run apps/worker beside it for projections and deliveries. */
async function main(): Promise<void> {
  const config = { ...loadConfig(), runProjections: false };
  const app = await createApiApp(config, 'storyline-api');
  await app.listen(config.port, config.host);
  Logger.log(`API listening on http://localhost:${config.port} (docs at /docs)`, 'Storyline');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
