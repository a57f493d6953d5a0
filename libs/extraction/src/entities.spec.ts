/** Key terms for story matching: what an article is about, not when or who again. */
import { entitiesOf } from './entities';
import { analyse } from './nlp/document';

const termsOf = (body: string) => Object.keys(entitiesOf(analyse(body)).terms);

describe('key terms', () => {
  const body =
    'Opposition deputy Carla Mendes criticised the stallion gift on Tuesday. Mendes’s motion asks for a two-week review of the stallion, a four-year-old animal. ' +
    'The stallion arrived in October after a sixteen-hour flight.';

  it('keeps the words the article is about', () => {
    expect(termsOf(body)).toEqual(expect.arrayContaining(['stallion', 'review', 'flight']));
  });

  it('leaves out weekdays, months and spans of time', () => {
    const terms = termsOf(body);
    for (const word of ['tuesday', 'october', 'two-week', 'four-year-old', 'sixteen-hour']) expect(terms).not.toContain(word);
  });

  it('counts a name once, as the name, not its words again ("Mendes’s")', () => {
    const terms = termsOf(body);
    expect(terms).toContain('carla mendes');
    expect(terms).not.toContain('mende');
    expect(terms).not.toContain('mendes');
  });
});
