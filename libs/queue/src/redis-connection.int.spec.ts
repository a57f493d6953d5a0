import { RedisConnection } from './redis-connection';

const waitFor = async (predicate: () => boolean, ms = 5000): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('RedisConnection', () => {
  it('reports up when Redis answers', async () => {
    const conn = new RedisConnection({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    conn.start();
    await waitFor(() => conn.status === 'up');
    expect(await conn.client.ping()).toBe('PONG');
    await conn.close();
  });

  it('keeps the process going and reports down when Redis is unreachable', async () => {
    const changes: string[] = [];
    const conn = new RedisConnection({ url: 'redis://127.0.0.1:1', onStatusChange: (s) => changes.push(s) });
    conn.start();
    await waitFor(() => conn.status === 'down');
    expect(conn.describe()).toMatchObject({ status: 'down', error: expect.stringContaining('ECONNREFUSED') });
    // Retries do not repeat the transition.
    await new Promise((r) => setTimeout(r, 700));
    expect(changes).toEqual(['down']);
    await conn.close();
  });
});
