import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives sensible defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
      adminKey: undefined,
      webhookAllowPrivateNetworks: false,
      runProjections: true,
    });
  });

  it('takes the number of extraction threads, refusing a negative one', () => {
    expect(loadConfig({ EXTRACTION_THREADS: '2' }).extractionThreads).toBe(2);
    expect(() => loadConfig({ EXTRACTION_THREADS: '-1' })).toThrow(/EXTRACTION_THREADS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it('accepts PostgreSQL URLs, directories and memory', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).databaseUrl).toBe('postgres://u@h/db');
    expect(loadConfig({ DATABASE_URL: 'memory' }).databaseUrl).toBe('memory');
    expect(loadConfig({ DATABASE_URL: './data' }).databaseUrl).toBe('./data');
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://x', DATABASE_URL: 'mysql://x', STORYLINE_ADMIN_KEY: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT: must be a number/);
    expect(problems).toMatch(/REDIS_URL: must be a redis/);
    expect(problems).toMatch(/DATABASE_URL: must be a postgres/);
    expect(problems).toMatch(/STORYLINE_ADMIN_KEY: must be at least 16/);
  });
});
