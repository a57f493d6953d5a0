import { HIDDEN_WORDS, IDENTIFIED_AS, defineRule } from './rule';

/** An unknown or anonymous person is named: "X was unmasked as the author of ...", "identified as". */
export const identityRevealedRule = defineRule({
  type: 'IdentityRevealed',
  summary: "An unknown or anonymous person's identity becomes public.",
  triggers: { verbs: ['unmask', 'identify', 'name', 'out', 'reveal', 'expose'], patterns: [IDENTIFIED_AS], patternWords: HIDDEN_WORDS, phrases: ['the identity of', 'true identity', 'real identity', 'behind the pseudonym', 'real name', 'is in fact', 'was in fact', 'came forward as', 'come forward as', 'comes forward as', 'is the woman behind', 'is the man behind', 'is the person behind', 'was the woman behind', 'was the man behind'] },
  requires: { phrases: ['anonymous', 'pseudonym', 'identity', 'unmasked', 'identified as', 'named as', 'revealed as', 'revealed to be', 'outed as', 'exposed as', 'the person behind', 'the woman behind', 'the man behind', 'whistleblower', 'came forward', 'come forward', 'real name', 'leaker', 'the mole'] },
  vetoes: ['refused to identify', 'declined to identify', 'declined to name', 'refused to name', 'asked not to be named', 'not be named', 'did not identify', 'did not name', 'has not been identified', 'remains anonymous', 'speculat'],
  slots: {
    person: ['revealed'],
    role: ['behind', 'role:whistleblower|source|leaker|author|writer|artist|painter|blogger|hacker|official|donor|buyer|owner|columnist|critic|informant|graffiti|cartoonist|illustrator|composer|satirist|novelist|photographer|podcaster|musician|rapper|poet|reviewer|troll'],
    work: ['work'],
    revealedBy: ['subject', 'agent'],
  },
  required: ['person', 'role'],
  confidence: 0.7,
  supersedes: ['ClaimReported'],
  keyKinds: ['person'],
});
