import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { SEEDS_DIR } from './support/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '../dist/apps/cli/src/main.js');

interface Report {
  articles: { path: string; status: string; storyId: string | null; error?: string }[];
  stories: {
    storyId: string;
    articleIds: string[];
    events: { type: string; data: Record<string, string>; evidence?: string; articleId: string | null }[];
    state: { facts: { type: string; slots: Record<string, string>; firstReported: { date: string }; corroborations: number }[]; contradictions: { field: string; subject: string; values: { value: string }[] }[] };
    changelog: { at: string; summary: string }[];
  }[];
}

/** The README's flow, through the built command line, as a user runs it. */
describe('npm run cli -- ingest --db memory --json (built CLI)', () => {
  let report: Report;
  let stderr: string;

  beforeAll(async () => {
    const result = await run('node', [CLI, 'ingest', '--db', 'memory', '--json', SEEDS_DIR], { maxBuffer: 64 * 1024 * 1024 });
    stderr = result.stderr;
    report = JSON.parse(result.stdout) as Report;
  }, 120_000);

  it('prints exactly one JSON document with every article and the one story', () => {
    expect(report.articles).toHaveLength(4);
    expect(report.articles.every((a) => a.status === 'ingested')).toBe(true);
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]!.articleIds).toHaveLength(4);
    expect(stderr).not.toMatch(/error/i);
  });

  it('meets the quality bar on the sample coverage', () => {
    const [story] = report.stories;
    const gift = story!.state.facts.find((f) => f.type === 'GiftConfirmed');
    expect(gift?.slots).toMatchObject({ confirmer: 'Dmitry Peskov', giver: 'Vladimir Putin', recipient: 'Donald Trump', intermediary: 'Steve Witkoff' });
    expect(gift?.firstReported.date).toBe('2025-03-25');
    expect(gift?.corroborations).toBeGreaterThanOrEqual(1);
    expect(story!.events.find((e) => e.type === 'ArtistRevealed')?.data.person).toBe('Nikas Safronov');
    const rebuke = story!.events.find((e) => e.type === 'RebukeIssued');
    expect(rebuke?.data).toMatchObject({ speaker: 'Donald Trump', target: 'Vladimir Putin', quote: 'Vladimir, STOP!' });
    const speakers = story!.state.contradictions.find((c) => c.field === 'speaker' && /clearly touched/.test(c.subject));
    expect(speakers?.values.map((v) => v.value).sort()).toEqual(['Donald Trump', 'Steve Witkoff']);
    // One outlet dates the assassination attempt July 13, 2024, another "last June".
    const when = story!.state.contradictions.find((c) => c.field === 'date' && /assassination/.test(c.subject));
    expect(when?.values.map((v) => v.value).sort()).toEqual(['2024-06', '2024-07-13']);
    expect(story!.changelog.some((c) => c.summary.startsWith('Artist revealed: Nikas Safronov'))).toBe(true);
  });

  it('takes every evidence string verbatim from its article', async () => {
    const { readFile } = await import('node:fs/promises');
    const texts = new Map<string, string>();
    for (const a of report.articles) texts.set(a.path, await readFile(a.path, 'utf8'));
    const all = [...texts.values()].join('\n');
    for (const e of report.stories[0]!.events) if (e.evidence) expect(all).toContain(e.evidence);
  });

  it('reports rejected files and keeps going with the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storyline-cli-'));
    try {
      await writeFile(join(dir, 'a-empty.txt'), ' date 2025-01-02 \n   ');
      await writeFile(join(dir, 'b-bad.json'), '{"body": ');
      await writeFile(join(dir, 'c-future.json'), JSON.stringify({ body: 'Text.', publishedAt: '2999-01-01' }));
      await writeFile(join(dir, 'd-good.json'), JSON.stringify({ publishedAt: '2025-06-03', source: 'Lisbon Herald', body: 'Finance Minister Carla Duarte on Tuesday publicly rebuked central bank governor Ilan Marsh. "This decision was reckless," Duarte told reporters.' }));
      const { stdout } = await run('node', [CLI, 'ingest', '--db', 'memory', '--json', dir]);
      const r = JSON.parse(stdout) as Report;
      expect(r.articles.map((a) => a.status)).toEqual(['rejected', 'rejected', 'rejected', 'ingested']);
      expect(r.articles[0]!.error).toMatch(/empty/);
      expect(r.articles[1]!.error).toMatch(/JSON/);
      expect(r.articles[2]!.error).toMatch(/future/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
