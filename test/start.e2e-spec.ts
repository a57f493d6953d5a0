import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './support/seeds';

const MAIN = join(__dirname, '../dist/apps/storyline/src/main.js');

function start(env: Record<string, string>, cwd: string): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(process.execPath, [MAIN], { cwd, env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'log', ...env } });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** `npm start` as a new user runs it: no DATABASE_URL, embedded PostgreSQL under ./.storyline. */
describe('npm start (built service)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storyline-start-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts on embedded PGlite and answers GET /health; without Redis it still runs and says so', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const { child, output } = start({ PORT: String(port), REDIS_URL: 'redis://127.0.0.1:1' }, dir);
    try {
      const health = await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
          return res?.ok ? ((await res.json()) as { status: string; database: { kind: string }; redis: { status: string; note?: string } }) : null;
        },
        'the service to answer',
        90_000,
      );
      expect(health.database.kind).toBe('pglite');
      expect(health.redis.status).toBe('down');
      expect(health.status).toBe('degraded');
      expect(health.redis.note).toMatch(/waits/);
      expect(output()).toMatch(/redis: unreachable/);

      const res = await fetch(`http://127.0.0.1:${port}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ publishedAt: '2025-06-03', body: 'Finance Minister Carla Duarte on Tuesday publicly rebuked central bank governor Ilan Marsh. "This decision was reckless," Duarte told reporters.' }),
      });
      expect(res.status).toBe(201);
    } finally {
      await stop(child);
    }
    expect(output()).not.toMatch(/Error:/);
  }, 120_000);

  it('refuses to start with invalid configuration, listing every problem', async () => {
    const { child, output } = start({ PORT: 'eighty', REDIS_URL: 'http://nope' }, dir);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output()).toMatch(/PORT: must be a number/);
    expect(output()).toMatch(/REDIS_URL: must be a redis/);
  }, 60_000);
});
