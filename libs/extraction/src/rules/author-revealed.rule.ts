import { HIDDEN_WORDS, IDENTIFIED_AS, defineRule } from './rule';

/** The author of an anonymous text is identified: "X was named as the author of the anonymous essay". */
export const authorRevealedRule = defineRule({
  type: 'AuthorRevealed',
  refines: 'IdentityRevealed',
  summary: 'The author of an anonymous text is identified.',
  triggers: { verbs: ['unmask', 'identify', 'name', 'reveal', 'out', 'expose', 'admit'], patterns: [IDENTIFIED_AS], patternWords: HIDDEN_WORDS, phrases: ['the author behind', 'the writer behind', 'is the author', 'was the author', 'wrote the anonymous', 'came forward as', 'the person behind', 'the woman behind', 'the man behind'] },
  requires: { phrases: ['author', 'writer', 'wrote', 'op-ed', 'essay', 'column', 'novel', 'blog', 'letter', 'manifesto', 'pen name', 'pseudonym'] },
  vetoes: ['refused to identify', 'declined to identify', 'declined to name', 'refused to name', 'did not identify', 'has not been identified', 'remains anonymous', 'speculat', 'denied being', 'denies being'],
  slots: {
    person: ['revealed', 'person:author|writer|columnist|novelist|blogger'],
    work: ['work'],
    revealedBy: ['agent', 'subject'],
  },
  required: ['person', 'work'],
  confidence: 0.75,
  supersedes: ['IdentityRevealed', 'ClaimReported'],
  keyKinds: ['person'],
});
