import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type AppConfig } from '@storyline/config';
import { openStoryline, type Storyline } from '@storyline/core';
import { isPartialDate } from '@storyline/domain';
import type { IngestOutcome } from '@storyline/application';
import { collectArticleFiles } from './files';
import { progressBar } from './progress';
import { storyEntry, storyReport } from './report';

const program = new Command()
  .name('storyline')
  .description('Event-sourced newsroom story tracker')
  .showHelpAfterError()
  .option('--db <url>', 'postgres:// URL, a PGlite directory, or "memory" (default: DATABASE_URL, else ./.storyline)');

/** Config from the environment with the command line's --db on top. */
function config(): AppConfig {
  const base = loadConfig();
  const db = program.opts<{ db?: string }>().db;
  return db ? { ...base, databaseUrl: db } : base;
}

async function withStoryline<T>(fn: (s: Storyline) => Promise<T>): Promise<T> {
  const storyline = await openStoryline(config(), { applicationName: 'storyline-cli' });
  try {
    return await fn(storyline);
  } finally {
    await storyline.close();
  }
}

const out = (value: unknown): void => void process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
const err = (line: string): void => void process.stderr.write(`${line}\n`);

program
  .command('migrate')
  .description('apply database migrations (also done at every start)')
  .action(() => withStoryline(async (s) => err(`database ${s.database.kind} ${s.database.location} is up to date`)));

program
  .command('ingest')
  .description('ingest article files (.txt in the seed format, .json) and folders of them')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print the story report as one JSON document on stdout')
  .action(async (paths: string[], opts: { json?: boolean }) => {
    const { files, missing } = await collectArticleFiles(paths);
    for (const path of missing) err(`not found: ${path}`);
    if (files.length === 0) throw new Error('no article files to ingest');
    await withStoryline(async (s) => {
      const bar = progressBar(files.length, 'ingesting');
      const outcomes: IngestOutcome[] = [];
      for (const path of files) {
        const content = await readFile(path);
        outcomes.push(await s.ingest({ name: basename(path), path, content }));
        bar.tick(basename(path));
      }
      bar.stop();
      await s.catchUp();
      if (opts.json) return out(await storyReport(s, outcomes));
      for (const o of outcomes) {
        const detail = o.status === 'rejected' ? o.error : o.status === 'duplicate' ? `of ${o.duplicateOf}` : `story ${o.storyId ?? '(none: no tracked development)'}`;
        out(`${o.status.padEnd(9)} ${o.path}  ${detail}${o.nearDuplicateOf ? ` (near-copy of ${o.nearDuplicateOf})` : ''}`);
      }
      const counts = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.status]: (acc[o.status] ?? 0) + 1 }), {});
      err(Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', '));
    });
    if (missing.length > 0) process.exitCode = 1;
  });

program
  .command('story')
  .description("a story's state, changelog and events")
  .argument('<id>', 'story id')
  .option('--as-of <date>', 'what was known at this date (YYYY, YYYY-MM or YYYY-MM-DD)', (v) => {
    if (!isPartialDate(v)) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
    return v;
  })
  .action((id: string, opts: { asOf?: string }) =>
    withStoryline(async (s) => {
      await s.catchUp();
      out(await storyEntry(s, id, opts.asOf));
    }),
  );

program
  .command('stories')
  .description('list stories, most recently covered first')
  .option('-q, --query <text>', 'search words')
  .action((opts: { query?: string }) =>
    withStoryline(async (s) => {
      await s.catchUp();
      out(await s.queries.list({ q: opts.query, limit: 200, offset: 0 }));
    }),
  );

const projections = program.command('projections').description('read models built from the event log');
projections
  .command('rebuild')
  .description('drop every read model and rebuild it from the log')
  .action(() =>
    withStoryline(async (s) => {
      const head = await s.store.headPosition();
      for (const projection of s.allProjections) {
        const bar = progressBar(100, `rebuilding ${projection.name}`);
        const count = await s.runner.rebuild(projection, (position) => bar.update(head ? Math.min(100, Math.round((position / head) * 100)) : 100));
        bar.stop();
        err(`${projection.name}: replayed ${count} events`);
      }
    }),
  );
projections
  .command('status')
  .description('checkpoint, lag and last error of each projection')
  .action(() => withStoryline(async (s) => out(await s.store.checkpoints.status())));

program
  .command('serve')
  .description('run the API, projections and dashboard in this process (same as npm start)')
  .action(async () => {
    if (program.opts<{ db?: string }>().db) process.env.DATABASE_URL = program.opts<{ db: string }>().db;
    await import('../../storyline/src/main');
  });

program
  .command('eval')
  .description('score extraction and story clustering on labelled articles')
  .option('--fixtures <dir>', 'labelled articles', 'test/fixtures')
  .action(async (opts: { fixtures: string }) => {
    const { runEval, formatEvalReport } = await import('@storyline/extraction');
    const { clusterArticles, clusterShuffled } = await import('@storyline/application');
    const threshold = loadConfig().storyMatchThreshold;
    // Matching must not depend on arrival order: score a few shuffled orders besides the given one.
    for (const seed of [1, 2, 3]) {
      const c = (await runEval(opts.fixtures, (articles) => clusterShuffled(articles, seed, { threshold }))).clustering!;
      const f = (n: number) => n.toFixed(3);
      out(`clustering, shuffled order ${seed}: pair precision ${f(c.pairPrecision)} recall ${f(c.pairRecall)} f1 ${f(c.pairF1)}; unrelated kept apart ${f(c.unrelatedKeptApart)}`);
    }
    out(formatEvalReport(await runEval(opts.fixtures, (articles) => clusterArticles(articles, { threshold }))));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  err(error instanceof ConfigError ? error.message : `error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
