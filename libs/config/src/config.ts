import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Everything the processes read from the environment, parsed once at start. */
export interface AppConfig {
  /** postgres://… URL, a PGlite directory, or `memory`; undefined means PGlite under ./.storyline. */
  databaseUrl: string | undefined;
  redisUrl: string;
  port: number;
  host: string;
  adminKey: string | undefined;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  storyMatchThreshold: number;
  maxArticleBytes: number;
  webhookAllowPrivateNetworks: boolean;
  /** Run projections inside the API process (the single-process `npm start`). */
  runProjections: boolean;
  /** Worker threads that extract articles for ingestion; 0 keeps extraction on the main thread. */
  extractionThreads: number;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => v === 'memory' || !v.includes('://') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a postgres:// URL, a directory for the embedded database, or "memory"',
    })
    .optional(),
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  STORYLINE_ADMIN_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  STORY_MATCH_THRESHOLD: z.coerce.number({ message: 'must be a number' }).gt(0).lt(1).default(0.24),
  MAX_ARTICLE_BYTES: z.coerce.number({ message: 'must be a number' }).int().positive().default(1024 * 1024),
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: bool.default(false),
  RUN_PROJECTIONS: bool.default(true),
  // Threads pay off only with cores to spare beside the main thread and PostgreSQL: on two cores
  // the machine is already busy and handing articles over costs more than it saves.
  EXTRACTION_THREADS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(64).default(defaultExtractionThreads()),
});

function defaultExtractionThreads(): number {
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(4, cores - 2) : 0;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment, reporting every problem at once rather than the first. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    port: e.PORT,
    host: e.HOST,
    adminKey: e.STORYLINE_ADMIN_KEY,
    logLevel: e.LOG_LEVEL,
    storyMatchThreshold: e.STORY_MATCH_THRESHOLD,
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    webhookAllowPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    runProjections: e.RUN_PROJECTIONS,
    extractionThreads: e.EXTRACTION_THREADS,
  };
}
