/** Parties in an analysed article: institutions, descriptors and pronouns resolved to names. */
import { analyse } from './document';

const namesIn = (body: string, sentence: number) => analyse(body).sentences[sentence].mentions.map((m) => [m.surface, m.name, m.kind]);

describe('institutional parties', () => {
  it('names "the council" after the council the article named in full', () => {
    const body = 'Riverton Town Council met on Monday. The council voted to close the pool.';
    expect(namesIn(body, 1)).toContainEqual(['council', 'Riverton Town Council', 'org']);
  });

  it('keeps a lower-case institution with its modifiers, and the bare head when nothing fuller exists', () => {
    expect(namesIn('The regional water board approved the plan.', 0)).toContainEqual(['regional water board', 'regional water board', 'org']);
    expect(namesIn('The embassy denied the report.', 0)).toContainEqual(['embassy', 'embassy', 'org']);
    expect(namesIn('Police said the road would reopen.', 0)).toContainEqual(['Police', 'police', 'org']);
  });

  it('resolves "the board" to the board named earlier with its modifiers, and "the paper" to the daily named earlier', () => {
    const body = 'The parks board met on Tuesday. Later the board voted to sell the kiosk. The daily Nordlicht reported the sale. The paper said the price was low.';
    expect(namesIn(body, 1)).toContainEqual(['board', 'parks board', 'org']);
    expect(namesIn(body, 3)).toContainEqual(['paper', 'Nordlicht', 'org']);
  });

  it('takes an organisation introduced by a descriptor as an organisation ("online retailer X"), and "the retailer" as it', () => {
    const body = 'Online retailer Parcelo denied the claim. The retailer said its systems were safe.';
    expect(namesIn(body, 0)).toContainEqual(['Parcelo', 'Parcelo', 'org']);
    expect(namesIn(body, 1)).toContainEqual(['retailer', 'Parcelo', 'org']);
  });

  it('resolves a leading "It" to the organisation the previous sentence was about', () => {
    const body = 'The inspectorate said it had found no faults. It ordered the operator to publish its logs.';
    expect(namesIn(body, 1)).toContainEqual(['It', 'inspectorate', 'org']);
  });

  it('names a government or city by the place that follows it', () => {
    expect(namesIn('The government of Norway confirmed the visit.', 0)).toContainEqual(['government', 'government of Norway', 'org']);
  });

  it('joins a firm name over an ampersand', () => {
    expect(namesIn('The publisher, Holm & Vik, confirmed the deal.', 0)).toContainEqual(['Holm & Vik', 'Holm & Vik', 'org']);
  });
});

describe('people behind descriptors and names', () => {
  it('takes an untitled "the <nationality> <role>" for the person the previous sentence was about', () => {
    const body = 'Last week Anton Breker met Lidia Moss in Vienna. The Austrian chancellor handed her a letter.';
    expect(namesIn(body, 1)).toContainEqual(['The Austrian chancellor', 'Anton Breker', 'person']);
  });

  it('does not give the descriptor to a person who carries another title', () => {
    const body = 'The painter Ivo Rask arrived on Monday. The Danish minister opened the show.';
    expect(namesIn(body, 1).map((m) => m[1])).not.toContain('Ivo Rask');
  });

  it('reads "the artist behind them" as the article\'s artist', () => {
    const body = 'Kai Berg, the street artist who painted the herons, spoke on Friday. Days earlier the artist behind them was identified.';
    expect(namesIn(body, 1)).toContainEqual(['the artist', 'Kai Berg', 'person']);
  });

  it('ends a person\'s name before "of <place>" but keeps "of" inside an institution\'s name', () => {
    const names = namesIn('President Tomas Keller of Ardania met the governor of the Bank of Ardania.', 0);
    expect(names).toContainEqual(['Tomas Keller', 'Tomas Keller', 'person']);
    expect(names.map((m) => m[1])).toContain('Bank of Ardania');
  });

  it('keeps month-like first names and place-like surnames as people', () => {
    expect(namesIn('Jan Weber denied the report.', 0)).toContainEqual(['Jan Weber', 'Jan Weber', 'person']);
    expect(namesIn('The club chairman, Peter Hall, resigned.', 0)).toContainEqual(['Peter Hall', 'Peter Hall', 'person']);
  });
});

describe('organisations named again in short', () => {
  it('takes "Harbourline" after "Harbourline Power" and "the Courier" after "Riverside Courier" as the same organisation', () => {
    const body = 'Power utility Harbourline Power denied the claim. The Riverside Courier reported it first. Harbourline said it was wrong. The Courier stood by it.';
    expect(namesIn(body, 2)).toContainEqual(['Harbourline', 'Harbourline Power', 'org']);
    expect(namesIn(body, 3)).toContainEqual(['Courier', 'Riverside Courier', 'org']);
  });

  it('keeps an outlet introduced once as an outlet where a cue reads it as a person ("told Público")', () => {
    const body = 'The newspaper Público revealed the name. "I painted them at night," Reis told Público.';
    expect(namesIn(body, 1)).toContainEqual(['Público', 'Público', 'org']);
  });

  it('keeps a company introduced once as a company wherever it recurs', () => {
    const body = 'The Budapest label Aurora Media released the album. Aurora Media denied the report.';
    expect(namesIn(body, 1)).toContainEqual(['Aurora Media', 'Aurora Media', 'org']);
  });
});
