import { HIDDEN_WORDS, IDENTIFIED_AS, defineRule } from './rule';

/**
 * The artist of a work is identified: "X was unmasked as the artist behind ...", "artist X said he
 * created the painting", "X, the artist, has captured ...".
 */
export const artistRevealedRule = defineRule({
  type: 'ArtistRevealed',
  refines: 'IdentityRevealed',
  summary: 'The artist of a work is identified.',
  triggers: { verbs: ['create', 'paint', 'unmask', 'identify', 'reveal', 'sculpt', 'draw', 'capture'], patterns: [IDENTIFIED_AS], patternWords: HIDDEN_WORDS, phrases: ['the artist behind', 'the painter behind', 'the cartoonist behind', 'the illustrator behind', 'the composer behind', 'the photographer behind', 'the artist who', 'the painter who', ', the artist,', ', the painter,', 'is the artist', 'was the artist', 'artist responsible', 'the man behind', 'the woman behind'] },
  requires: { phrases: ['artist', 'painter', 'sculptor', 'muralist', 'illustrator', 'graffiti', 'cartoonist', 'photographer', 'composer', 'musician'] },
  vetoes: ['refused to identify', 'declined to identify', 'did not identify', 'has not been identified', 'remains anonymous', 'unknown artist', 'speculat', 'commissioned', ', by ', 'not the artist'],
  slots: {
    person: ['revealed', 'person:artist|painter|sculptor|muralist|illustrator|cartoonist|photographer|composer|musician'],
    work: ['work'],
    revealedBy: ['agent', 'speaker'],
  },
  required: ['person', 'work'],
  confidence: 0.75,
  supersedes: ['IdentityRevealed', 'ClaimReported'],
  keyKinds: ['person'],
});
