import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { DatabaseHandle } from './handle';
import { dynamicImportWorks, openPgliteInThread, type PgliteClient } from './pglite-thread';
import type { Database } from './schema';

/**
 * PGlite is one in-process connection. kysely-pglite-dialect hands that connection to one
 * kysely caller at a time (acquire waits until the previous holder releases it), so concurrent
 * transactions serialise instead of interleaving. Consequence: inside a transaction, use the
 * transaction object; a query on the outer `db` would wait for the transaction forever.
 *
 * Only one process can open a data directory, so wake-ups stay in-process.
 */
export async function createPgliteHandle(dataDir: string | 'memory'): Promise<DatabaseHandle> {
  let location: string | undefined;
  if (dataDir !== 'memory') {
    location = resolve(dataDir);
    mkdirSync(location, { recursive: true });
  }
  const pglite = await openPglite(location);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite as PGlite) });
  const events = new EventEmitter();
  events.setMaxListeners(0);
  return {
    db,
    kind: 'pglite',
    location: location ?? 'memory',
    notify: async (channel, payload = '') => {
      setImmediate(() => events.emit(channel, payload));
    },
    listen: async (channel, cb) => {
      events.on(channel, cb);
      return async () => {
        events.off(channel, cb);
      };
    },
    destroy: async () => {
      events.removeAllListeners();
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string | undefined): Promise<PgliteClient> {
  if (!(await dynamicImportWorks())) return openPgliteInThread(dataDir);
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  return pglite;
}
