import { factKey, outletKey } from './fact-key';
import { nameResolver } from './names';
import type { AnySlots } from './slots';
import type { DevelopmentType } from './taxonomy';

const names = nameResolver(['Marta Olsen', 'Idris Kallas', 'Tomasz Reyes', 'Lena Hart']);
const key = (type: DevelopmentType, slots: AnySlots) => factKey(type, slots, names);

describe('fact keys survive paraphrase across outlets', () => {
  it('gifts: giver, recipient and the head noun of the item, names resolved', () => {
    const a = key('GiftGiven', { giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a bronze falcon statue' });
    expect(key('GiftGiven', { giver: 'President Olsen', recipient: "Kallas's", item: 'the statue of a falcon', value: '$4,000' })).toBe(a);
    expect(key('GiftGiven', { giver: 'Olsen', recipient: 'Kallas', item: 'a horse' })).not.toBe(a);
    expect(key('GiftGiven', { giver: 'Olsen', recipient: 'Kallas', item: 'a portrait of Kallas' })).toBe(key('GiftGiven', { giver: 'Olsen', recipient: 'Kallas', item: "Kallas's painting" }));
  });

  it('a confirmation is its own fact, whoever spoke for the giver', () => {
    const confirmed = key('GiftConfirmed', { confirmer: 'Lena Hart', giver: 'Olsen', recipient: 'Kallas', item: 'the statue' });
    expect(confirmed).toBe(key('GiftConfirmed', { confirmer: 'the Foreign Ministry', giver: 'Marta Olsen', recipient: 'Idris Kallas', item: 'a falcon statue' }));
    expect(confirmed).not.toBe(key('GiftGiven', { giver: 'Olsen', recipient: 'Kallas', item: 'the statue' }));
  });

  it('reveals: the person, so a specific and a general type meet', () => {
    expect(key('ArtistRevealed', { person: 'Reyes', work: 'the statue' })).toBe(key('IdentityRevealed', { person: 'Tomasz Reyes', role: 'sculptor' }));
  });

  it('statements: the quote as spoken, case and punctuation folded', () => {
    expect(key('StatementIssued', { speaker: 'Hart', quote: '“A gesture of friendship.”' })).toBe(key('StatementIssued', { speaker: 'Kallas', quote: 'a gesture of friendship' }));
  });

  it('rebukes: speaker and target', () => {
    const rebuke = key('RebukeIssued', { speaker: 'Kallas', target: 'Olsen', quote: 'Marta, enough!' });
    expect(rebuke).toBe(key('RebukeIssued', { speaker: 'Prime Minister Idris Kallas', target: 'Marta Olsen' }));
    expect(rebuke).not.toBe(key('RebukeIssued', { speaker: 'Olsen', target: 'Kallas' }));
  });

  it('denials: speaker and the head of the claim', () => {
    expect(key('DenialIssued', { speaker: 'Hart', claim: 'reports that the ministry paid for the portrait' })).toBe(
      key('DenialIssued', { speaker: 'Lena Hart', claim: 'paying for the painting' }),
    );
  });

  it('actions: agent, action stem and object head', () => {
    expect(key('ActionTaken', { agent: 'the Foreign Ministry', action: 'removed', object: 'the falcon statue from the lobby' })).toBe(
      key('ActionTaken', { agent: 'Foreign Ministry', action: 'removes', object: 'a statue' }),
    );
  });

  it('claims: the bag of content words, in any order', () => {
    expect(key('ClaimReported', { claim: 'Olsen commissioned the statue', reportedBy: 'Harbor Times' })).toBe(
      key('ClaimReported', { claim: 'the statue was commissioned by Olsen', reportedBy: 'Wire Service' }),
    );
  });

  it('outlets compare by name, with or without article or domain', () => {
    expect(outletKey('The Daily Planet')).toBe(outletKey('dailyplanet.com'));
    expect(outletKey('daily planet')).toBe(outletKey('https://www.dailyplanet.com/world'));
  });
});
