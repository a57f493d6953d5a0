/**
 * Extraction on worker threads, from the built code as the service runs it (`npm test` builds
 * first): the same answers as on the calling thread.
 */
import { join } from 'node:path';
import type * as Pool from './pool';
import { extract } from './extract';
import { createExtractor as createFromSources, inThreadExtractor } from './pool';

const built = require(join(__dirname, '../../../dist/libs/extraction/src/pool.js')) as typeof Pool;

const articles = [
  { body: 'The Norwegian government has given Ghana a restored fishing boat, the foreign ministry in Oslo confirmed on Thursday. "This boat is a symbol," Foreign Minister Ingrid Solberg said.', publishedAt: '2025-06-10' },
  { body: 'Opposition leader Yaw Mensah condemned the ceremony as a waste of public money. The presidency denied the report.', publishedAt: '2025-06-11' },
  { body: 'The tax agency has lifted the suspension of the clerk unmasked last month as the author of the blog.', publishedAt: null },
];

describe('extraction threads', () => {
  it('answer as the calling thread does, story context included', async () => {
    const extractor = built.createExtractor(2);
    try {
      const context = { storyDates: ['2025-04-01'], storyEvents: [{ subject: 'reveal', date: '2025-04-01' }] };
      const answers = await Promise.all(articles.map((a) => extractor.extract(a, context)));
      expect(answers).toEqual(articles.map((a) => extract(a, context)));
      expect(answers[2]!.inferredDate).toBe('2025-05');
    } finally {
      await extractor.close();
    }
  });

  it('stay on the calling thread when none are asked for, or when running from the sources', () => {
    expect(built.createExtractor(0)).toBe(built.inThreadExtractor);
    expect(createFromSources(2)).toBe(inThreadExtractor);
  });
});
