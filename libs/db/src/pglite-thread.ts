import { Worker } from 'node:worker_threads';

/** The part of PGlite that kysely-pglite-dialect uses. */
export interface PgliteClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; affectedRows?: number }>;
  close(): Promise<void>;
}

/**
 * PGlite's loader calls import(); inside jest's module sandbox that throws unless node runs
 * with --experimental-vm-modules (electric-sql/pglite#224). Real module loading still works in
 * a worker thread, so there PGlite runs in one and queries cross over by message. Only used
 * when the probe below fails; in a normal process PGlite runs in-process.
 */
export async function dynamicImportWorks(): Promise<boolean> {
  try {
    await (new Function('return import("node:os")') as () => Promise<unknown>)();
    return true;
  } catch {
    return false;
  }
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);
const db = new PGlite(workerData.dataDir);
const plain = (e) => Object.assign({ message: String(e && e.message), name: e && e.name }, e);
parentPort.on('message', async ({ id, op, sql, params }) => {
  try {
    if (op === 'close') {
      await db.close();
      parentPort.postMessage({ id });
    } else if (op === 'ready') {
      await db.waitReady;
      parentPort.postMessage({ id });
    } else {
      const r = await db.query(sql, params);
      parentPort.postMessage({ id, result: { rows: r.rows, affectedRows: r.affectedRows } });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: plain(error) });
  }
});
`;

interface Reply {
  id: number;
  result?: { rows: unknown[]; affectedRows?: number };
  error?: Record<string, unknown> & { message: string };
}

export async function openPgliteInThread(dataDir: string | undefined): Promise<PgliteClient> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pglitePath: require.resolve('@electric-sql/pglite'), dataDir } });
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on('message', (reply: Reply) => {
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  worker.on('error', (error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  });
  const call = async (message: Record<string, unknown>): Promise<Reply['result']> => {
    const id = next++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
    if (reply.error) throw Object.assign(new Error(reply.error.message), reply.error);
    return reply.result;
  };
  await call({ op: 'ready' });
  return {
    query: async (sql, params) => {
      const result = (await call({ op: 'query', sql, params }))!;
      for (const row of result.rows as Record<string, unknown>[]) reviveInThisRealm(row);
      return result;
    },
    close: async () => {
      await call({ op: 'close' });
      await worker.terminate();
    },
  };
}

/**
 * Dates and byte arrays arrive built by the main realm; rebuild them so `instanceof Date` and
 * `instanceof Uint8Array` hold in this one (jest runs tests in a realm of its own).
 */
function reviveInThisRealm(row: Record<string, unknown>): void {
  for (const key of Object.keys(row)) {
    const v = row[key];
    if (typeof v !== 'object' || v === null || v instanceof Date || v instanceof Uint8Array) continue;
    const tag = Object.prototype.toString.call(v);
    if (tag === '[object Date]') row[key] = new Date((v as Date).getTime());
    else if (tag === '[object Uint8Array]') row[key] = new Uint8Array(v as Uint8Array);
  }
}
