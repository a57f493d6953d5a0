import { stateAsOf } from './as-of';
import { buildChangelog } from './changelog/changelog';
import { addToStoryProfile, articleProfile, storyProfile } from './matching/profile';
import { chooseStory } from './matching/score';
import { normalizeState } from './normalize-state';
import type { ArticleEntities } from './taxonomy';
import { article, finding, ingest, permutations, run } from './testing/stories';

/**
 * The four sample articles of the specification, with the findings a good extraction yields
 * written out by hand, run through matching, the decider and the read side.
 */
const PEOPLE = ['Vladimir Putin', 'Donald Trump', 'Steve Witkoff', 'Dmitry Peskov', 'Tucker Carlson'];
const confirmed = (item: string) =>
  finding('GiftConfirmed', { confirmer: 'Dmitry Peskov', giver: 'Vladimir Putin', recipient: 'Donald Trump', item, intermediary: 'Steve Witkoff' }, { occurredAt: '2025-03' });
const touched = (speaker: string, quote = 'clearly touched') => finding('StatementIssued', { speaker, quote }, { occurredAt: '2025-03' });
const artist = (revealedBy?: string) => finding('ArtistRevealed', { person: 'Nikas Safronov', work: 'the portrait', ...(revealedBy ? { revealedBy } : {}) }, { occurredAt: '2025-04' });
const attempt = (value: string) => ({ subject: 'assassination attempt', field: 'date' as const, value, evidence: 'the assassination attempt' });
const terms = (...words: string[]) => Object.fromEntries(words.map((w) => [w, 1]));

const seeds = [
  {
    entities: { people: PEOPLE, organizations: ['Kremlin', 'Secret Service'], places: ['Moscow', 'Pennsylvania'], terms: terms('portrait', 'gift', 'envoy', 'ceasefire') },
    command: (e: ArticleEntities) =>
      ingest(article('000_9c91', { publishedAt: '2025-03-25' }), [confirmed('a portrait of Donald Trump'), touched('Steve Witkoff')], { people: e.people }),
  },
  {
    entities: { people: PEOPLE, organizations: ['Kremlin', 'Fox News'], places: ['Moscow', 'Pennsylvania'], terms: terms('portrait', 'gift', 'envoy', 'painting') },
    command: (e: ArticleEntities) =>
      ingest(article('001_648a', { source: 'The Independent', publishedAt: '2025-03-25' }), [confirmed('A portrait of President Donald Trump'), touched('Witkoff')], { people: e.people }),
  },
  {
    entities: { people: [...PEOPLE, 'Nikas Safronov'], organizations: ['Russian Embassy', 'CNN'], places: ['Butler', 'Kyiv'], terms: terms('portrait', 'painting', 'artist', 'gift') },
    command: (e: ArticleEntities) =>
      ingest(
        article('002_7ca7', { source: 'CNN', publishedAt: '2025-04-24' }),
        [
          finding('GiftGiven', { giver: 'Vladimir Putin', recipient: 'Donald Trump', item: 'a portrait showing the moment Trump pumped his fist' }, { occurredAt: '2025-03' }),
          artist('Russian Embassy in Kenya'),
          touched('Steve Witkoff', 'clearly touched by it'),
          finding('RebukeIssued', { speaker: 'Donald Trump', target: 'Vladimir Putin', quote: 'Vladimir, STOP!' }, { occurredAt: '2025-04-24' }),
        ],
        { people: e.people, datedFacts: [attempt('2024-07-13')] },
      ),
  },
  {
    entities: { people: ['Vladimir Putin', 'Donald Trump', 'Steve Witkoff', 'Nikas Safronov'], organizations: ['CNN', 'Kremlin'], places: ['Butler'], terms: terms('portrait', 'artwork', 'artist') },
    command: (e: ArticleEntities) =>
      ingest(
        article('003_483b', { publishedAt: '2025-04', dateInferred: true }),
        [finding('GiftGiven', { giver: 'Putin', recipient: 'Donald Trump', item: 'a Trump portrait', intermediary: 'Steve Witkoff' }, { occurredAt: '2025-03' }), touched('Donald Trump'), artist()],
        { people: e.people, datedFacts: [attempt('2024-06')] },
      ),
  },
];
const commands = seeds.map((seed) => seed.command(seed.entities));
const { state, events } = run(commands);

describe('the four sample articles', () => {
  it('match one story, even though the politicians are in many others', () => {
    const idf = { documents: 5000, frequencies: { 'p:putin': 900, 'p:trump': 2000, 't:gift': 300, 't:portrait': 60, 'o:kremlin': 700 } };
    let story = storyProfile('seed-story', [articleProfile(seeds[0].entities, '2025-03-25')]);
    for (const [i, seed] of seeds.slice(1).entries()) {
      const profile = articleProfile(seed.entities, ['2025-03-25', '2025-04-24', '2025-04'][i]);
      expect(chooseStory(profile, [story], { idf })).toBe('seed-story');
      story = addToStoryProfile(story, profile);
    }
  });

  it('confirm the gift on 2025-03-25, corroborated by the second outlet', () => {
    const gift = state.facts.find((f) => f.type === 'GiftConfirmed');
    expect(gift?.slots).toMatchObject({ confirmer: 'Dmitry Peskov', giver: 'Vladimir Putin', recipient: 'Donald Trump', intermediary: 'Steve Witkoff' });
    expect(gift?.firstReported).toEqual({ articleId: '000_9c91', source: null, date: '2025-03-25' });
    expect(gift?.corroborations).toBe(1);
  });

  it('reveal the artist and record the rebuke', () => {
    expect(state.facts.find((f) => f.type === 'ArtistRevealed')).toMatchObject({ slots: { person: 'Nikas Safronov' }, independentOutlets: 2 });
    expect(state.facts.find((f) => f.type === 'RebukeIssued')?.slots).toEqual({ speaker: 'Donald Trump', target: 'Vladimir Putin', quote: 'Vladimir, STOP!' });
  });

  it('note where outlets disagree: when the assassination attempt happened, and who was "clearly touched"', () => {
    expect(state.contradictions).toEqual([
      { field: 'date', factKey: 'dated:assassination attempt', subject: 'assassination attempt', values: [{ value: '2024-07-13', articleIds: ['002_7ca7'] }, { value: '2024-06', articleIds: ['003_483b'] }] },
      {
        field: 'speaker',
        factKey: 'StatementIssued:quote:clearly touched',
        subject: '“clearly touched”',
        values: [{ value: 'Steve Witkoff', articleIds: ['000_9c91', '001_648a', '002_7ca7'] }, { value: 'Donald Trump', articleIds: ['003_483b'] }],
      },
    ]);
  });

  it('read as a journalist would write the changelog', () => {
    const lines = buildChangelog(events).map((entry) => entry.summary);
    expect(lines).toEqual([
      "Gift confirmed: Dmitry Peskov confirms Vladimir Putin's gift of a portrait to Donald Trump via Steve Witkoff (2025-03-25)",
      'Statement: Steve Witkoff — “clearly touched” (2025-03-25)',
      "Gift confirmed, corroborated by The Independent: Dmitry Peskov confirms Vladimir Putin's gift of a portrait to Donald Trump via Steve Witkoff (2025-03-25)",
      'Statement, corroborated by The Independent: Steve Witkoff — “clearly touched” (2025-03-25)',
      'Gift reported: Vladimir Putin gives a portrait showing the moment Trump pumped his fist to Donald Trump (CNN, 2025-04-24)',
      'Artist revealed: Nikas Safronov (CNN, 2025-04-24)',
      'Rebuke: Donald Trump to Vladimir Putin — “Vladimir, STOP!” (CNN, 2025-04-24)',
      'Statement, corroborated by CNN: Steve Witkoff — “clearly touched” (2025-04-24)',
      'Gift reported, corroborated by another outlet: Vladimir Putin gives a portrait showing the moment Trump pumped his fist to Donald Trump (2025-04)',
      'Artist revealed, corroborated by another outlet: Nikas Safronov (2025-04)',
      'Contradiction: outlets disagree on who said “clearly touched” (Steve Witkoff vs Donald Trump)',
      'Contradiction: outlets disagree on the date of the assassination attempt (2024-07-13 vs 2024-06)',
    ]);
  });

  it('do not know the artist before April, and know it once the revealing article is out', () => {
    expect(stateAsOf(events, '2025-03-31').facts.map((f) => f.type)).not.toContain('ArtistRevealed');
    expect(stateAsOf(events, '2025-04-24').facts.map((f) => f.type)).toContain('ArtistRevealed');
  });

  it('give the same story in any order of arrival', () => {
    const expected = normalizeState(state);
    for (const order of permutations(commands)) expect(normalizeState(run(order).state)).toEqual(expected);
  });
});
