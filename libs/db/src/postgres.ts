import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle, DatabaseOptions } from './handle';
import type { Database } from './schema';

const INT8_OID = 20;

/** Same int8 parsing as PGlite: a number when safe, a BigInt beyond 2^53. */
function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Statements whose text starts with a `/* prepared:NAME *\/` comment are sent as named
 * prepared statements: parsed and planned once per connection instead of on every call. Used
 * by the event store's hot statements, which kysely otherwise sends unnamed.
 */
export const PREPARED_MARKER = /^\/\* prepared:([\w.-]+) \*\//;

/**
 * The pool's client class: prepares marked statements (above), and always has an error
 * listener. pg-pool listens only while a client is idle in the pool; a checked-out client whose
 * connection the server ends (idle_in_transaction_session_timeout, a restart) would otherwise
 * throw an unhandled 'error' event. The pool drops such a client when it is released.
 */
function preparingClient(onError: (error: Error) => void): new () => pg.ClientBase {
  class PreparingClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super(config);
      this.on('error', onError);
    }

    override query(...args: unknown[]): any {
      const [text, values, ...rest] = args;
      const name = typeof text === 'string' ? PREPARED_MARKER.exec(text)?.[1] : undefined;
      const call = super.query as (...a: unknown[]) => unknown;
      return name ? call.call(this, { name, text, values }, ...rest) : call.apply(this, args);
    }
  }
  return PreparingClient as unknown as new () => pg.ClientBase;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

export function postgresClientConfig(url: string, opts: DatabaseOptions = {}): pg.ClientConfig {
  return {
    connectionString: url,
    application_name: opts.applicationName ?? 'storyline',
    idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMs ?? 60_000,
    types,
  };
}

export function createPostgresHandle(url: string, opts: DatabaseOptions = {}): DatabaseHandle {
  const config = postgresClientConfig(url, opts);
  const onError = opts.onError ?? (() => undefined);
  const pool = new pg.Pool({ ...config, max: opts.poolSize ?? 10, Client: preparingClient(onError) });
  pool.on('error', onError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listener = new PgListener(config, onError);
  return {
    db,
    kind: 'postgres',
    pool,
    location: redactUrl(url),
    // On the side connection, so wake-ups never wait for (or hold) a pooled connection.
    notify: (channel, payload = '') => listener.notify(channel, payload),
    listen: (channel, cb) => listener.listen(channel, cb),
    destroy: async () => {
      await listener.close();
      await db.destroy();
    },
  };
}

type Callback = (payload: string) => void;

/** One side connection per handle for LISTEN and NOTIFY, opened on first use, re-opened after errors. */
class PgListener {
  private client?: pg.Client;
  private connecting?: Promise<pg.Client>;
  private readonly channels = new Map<string, Set<Callback>>();
  private closed = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly onError: (error: Error) => void,
  ) {}

  async listen(channel: string, cb: Callback): Promise<() => Promise<void>> {
    let set = this.channels.get(channel);
    const fresh = !set;
    if (!set) this.channels.set(channel, (set = new Set()));
    set.add(cb);
    const client = await this.connect();
    if (fresh) await client.query(`listen ${client.escapeIdentifier(channel)}`);
    return async () => {
      set.delete(cb);
      if (set.size > 0 || this.channels.get(channel) !== set) return;
      this.channels.delete(channel);
      await this.client?.query(`unlisten ${this.client.escapeIdentifier(channel)}`).catch(this.onError);
    };
  }

  async notify(channel: string, payload: string): Promise<void> {
    const client = await this.connect();
    await client.query('select pg_notify($1, $2)', [channel, payload]);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client ?? (await this.connecting?.catch(() => undefined));
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    if (this.closed) return Promise.reject(new Error('listener closed'));
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client(this.config);
    client.on('notification', (msg) => {
      for (const cb of this.channels.get(msg.channel) ?? []) cb(msg.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels.keys()) await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    if (error) this.onError(error);
    this.reconnectLater();
  }

  /** Subscribers keep polling meanwhile; this only restores prompt wake-ups. */
  private reconnectLater(): void {
    if (this.closed || this.channels.size === 0) return;
    this.retry = setTimeout(() => {
      this.connect().catch((error: Error) => {
        this.onError(error);
        this.reconnectLater();
      });
    }, 1000);
    this.retry.unref();
  }
}
