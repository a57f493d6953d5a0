import { readFileSync } from 'fs';
import { join } from 'path';
import { extract } from './extract';
import { parseArticleFile } from './article/parse-article';

const SEEDS = join(__dirname, '../../../../shared/seeds');
const seed = (name: string) => parseArticleFile(name, readFileSync(join(SEEDS, name), 'utf8'), '2030-01-01');
const run = (name: string) => {
  const a = seed(name);
  return { a, x: extract({ body: a.body, publishedAt: a.publishedAt }, { storyDates: ['2025-03-25', '2025-04-24'] }) };
};

describe('extract on the sample coverage', () => {
  it('finds the gift confirmation with its spokesperson, giver, recipient and envoy', () => {
    for (const name of ['000_9c9107d58cd8a2f5.txt', '001_648a3af3f1cce489.txt']) {
      const { a, x } = run(name);
      const gift = x.findings.find((f) => f.type === 'GiftConfirmed');
      expect(gift?.data).toMatchObject({ confirmer: 'Dmitry Peskov', giver: 'Vladimir Putin', recipient: 'Donald Trump', intermediary: 'Steve Witkoff' });
      expect(a.body).toContain(gift!.evidence);
    }
  });

  it('reveals the artist and the rebuke with its quote', () => {
    const { x } = run('002_7ca7f5ec545f66bc.txt');
    expect(x.findings.find((f) => f.type === 'ArtistRevealed')?.data).toMatchObject({ person: 'Nikas Safronov' });
    expect(x.findings.find((f) => f.type === 'RebukeIssued')?.data).toEqual({ speaker: 'Donald Trump', target: 'Vladimir Putin', quote: 'Vladimir, STOP!' });
  });

  it('attributes quotes to their speakers, "he added" to the previous one', () => {
    const statements = (n: string) => run(n).x.findings.filter((f) => f.type === 'StatementIssued').map((f) => [f.data.speaker, f.data.quote.slice(0, 20)]);
    expect(statements('000_9c9107d58cd8a2f5.txt')).toContainEqual(['Steve Witkoff', 'He was praying for h']);
    expect(statements('003_483b2cff7dcbf237.txt')).toContainEqual(['Donald Trump', 'clearly touched']);
    expect(statements('003_483b2cff7dcbf237.txt')).toContainEqual(['Nikas Safronov', 'He didn’t break down']);
  });

  it('dates the undated article from the story, never today', () => {
    const { x } = run('003_483b2cff7dcbf237.txt');
    expect(x.inferredDate).toBe('2025-04');
    expect(x.findings.find((f) => f.type === 'ArtistRevealed')?.data).toMatchObject({ person: 'Nikas Safronov', work: 'portrait' });
  });

  it('resolves a past weekday against the publication date', () => {
    const x = extract({ body: 'The Foreign Ministry on Monday confirmed that the envoy had received the letter.', publishedAt: '2025-03-25' });
    expect(x.findings[0]?.occurredAt).toBe('2025-03-24');
  });
});
