/** Dates and amounts tied to what they measure, and undated articles placed by what the story dates. */
import { extract } from './extract';

const dated = (body: string, publishedAt: string | null = '2025-07-10') => extract({ body, publishedAt }).datedFacts;

describe('dated facts', () => {
  it('dates a weekday in a past clause backwards even when another clause looks ahead', () => {
    const facts = dated('The council voted on Wednesday to remove the statue, in a decision that opponents say they will fight.');
    expect(facts).toContainEqual(expect.objectContaining({ subject: 'vote', field: 'date', value: '2025-07-09' }));
  });

  it('does not date an event by the start of a span ("since 2023") or by a date far from it', () => {
    expect(dated('The blog, which has mocked the agency since 2023, was identified on Tuesday as the work of a clerk.')).not.toContainEqual(
      expect.objectContaining({ value: '2023' }),
    );
    expect(dated('She was identified by comparing handwritten scores sent to a printing firm in the capital in 2020.')).not.toContainEqual(
      expect.objectContaining({ value: '2020' }),
    );
  });

  it('counts what an outage, a fine or a payout amounts to', () => {
    expect(dated('A blackout left about 40,000 households without power.')).toContainEqual(
      expect.objectContaining({ subject: 'outage households', field: 'amount', value: '40,000' }),
    );
  });
});

describe('placing an undated article', () => {
  const body = 'The tax agency has lifted the suspension of the clerk unmasked last month as the author of the blog.';

  it('takes "unmasked last month" as the month after the story dated the reveal', () => {
    const x = extract({ body, publishedAt: null }, { storyDates: ['2025-04-01'], storyEvents: [{ subject: 'reveal', date: '2025-04-01' }] });
    expect(x.inferredDate).toBe('2025-05');
  });

  it('falls back to the month of the story\'s latest date when the event is not dated elsewhere', () => {
    expect(extract({ body, publishedAt: null }, { storyDates: ['2025-04-01'] }).inferredDate).toBe('2025-04');
  });
});

describe('amounts', () => {
  it('keep their currency and measure the event when only a currency follows them', () => {
    expect(dated('The authority on Monday fined the airline 3.1 million euros for late refunds.')).toContainEqual(
      expect.objectContaining({ subject: 'fine', field: 'amount', value: '3.1 million euros' }),
    );
  });
});
