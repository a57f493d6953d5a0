import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@storyline/config';
import { createApiApp } from '../../api/src/bootstrap';

/** `npm start`: API, projections and dashboard in one process. */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config, 'storyline');
  await app.listen(config.port, config.host);
  Logger.log(`Storyline listening on http://localhost:${config.port} (docs at /docs, health at /health)`, 'Storyline');
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
