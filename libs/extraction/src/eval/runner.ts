/** Loads labelled fixtures, runs extraction (and optionally a story clusterer), reports scores. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArticleFile } from '../article/parse-article';
import { extract } from '../extract';
import { clusterScores, scoreArticles } from './metrics';
import type { ClusterFn, EvalArticle, EvalReport, GoldLabel, SplitReport } from './types';

/** The latest date any fixture may carry; fixtures are fixed text, so no clock is needed. */
const FIXTURE_NOW = '2100-01-01';

export async function loadFixtures(dir: string): Promise<EvalArticle[]> {
  const splits = JSON.parse(await fs.readFile(path.join(dir, 'splits.json'), 'utf8')) as Record<string, 'tune' | 'test'>;
  const out: EvalArticle[] = [];
  for (const story of (await fs.readdir(dir)).sort()) {
    const folder = path.join(dir, story);
    if (!(await fs.stat(folder)).isDirectory()) continue;
    for (const file of (await fs.readdir(folder)).sort()) {
      if (!/\.(txt|json)$/.test(file) || file.endsWith('.expected.json')) continue;
      const label = JSON.parse(await fs.readFile(path.join(folder, file.replace(/\.(txt|json)$/, '.expected.json')), 'utf8')) as GoldLabel;
      const parsed = parseArticleFile(file, await fs.readFile(path.join(folder, file), 'utf8'), FIXTURE_NOW);
      const article = { body: parsed.body, publishedAt: parsed.publishedAt, source: parsed.source, title: parsed.title };
      out.push({ id: `${story}/${file}`, story: label.story, split: splits[story] ?? 'test', gold: label.events, predicted: [], article });
    }
  }
  return out;
}

export async function runEval(fixturesDir: string, cluster?: ClusterFn): Promise<EvalReport> {
  const articles = await loadFixtures(fixturesDir);
  for (const a of articles) a.predicted = extract(a.article).findings;
  const note: string[] = [];
  let clustering: EvalReport['clustering'] = null;
  if (cluster) {
    const keys = await cluster(articles.map((a) => a.article));
    clustering = clusterScores(articles.map((a) => a.story), keys);
    // An article ingestion puts in no story records no events (a recipe quoting its chef).
    articles.forEach((a, i) => {
      if (keys[i] === null) a.predicted = [];
    });
  } else note.push('clustering skipped: no story matcher was given');
  const test = articles.filter((a) => a.split === 'test');
  return {
    splits: { tune: scoreArticles(articles.filter((a) => a.split === 'tune')), test: scoreArticles(test), all: scoreArticles(articles) },
    clustering,
    note,
    final: test.length ? 'test' : 'all',
  };
}

const f = (n: number) => n.toFixed(3);

function splitLines(name: string, r: SplitReport): string[] {
  const lines = [`${name} (${r.articles} articles): precision ${f(r.overall.precision)} recall ${f(r.overall.recall)} f1 ${f(r.overall.f1)} (tp ${r.overall.tp}, fp ${r.overall.fp}, fn ${r.overall.fn})`];
  for (const [t, s] of Object.entries(r.perType)) lines.push(`  ${t.padEnd(18)} P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  return lines;
}

/** Human-readable report; the last line is `eval: precision P recall R f1 F` for the final split. */
export function formatEvalReport(report: EvalReport): string {
  const lines = [...splitLines('tune', report.splits.tune), ...splitLines('test', report.splits.test)];
  if (report.clustering) {
    const c = report.clustering;
    lines.push(`clustering: pair precision ${f(c.pairPrecision)} recall ${f(c.pairRecall)} f1 ${f(c.pairF1)}; unrelated kept apart ${f(c.unrelatedKeptApart)}`);
  }
  lines.push(...report.note);
  const o = report.splits[report.final].overall;
  lines.push(`eval: precision ${f(o.precision)} recall ${f(o.recall)} f1 ${f(o.f1)}`);
  return lines.join('\n');
}
