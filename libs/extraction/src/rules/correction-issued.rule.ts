import { defineRule } from './rule';

/** A publisher corrects its own earlier report: "An earlier version of this article misstated ...". */
export const correctionIssuedRule = defineRule({
  type: 'CorrectionIssued',
  summary: 'A publisher corrects its own earlier report.',
  triggers: {
    verbs: ['correct', 'misstate', 'misreport', 'retract'],
    // "later clarified that the payment was made in 2023, not 2024"
    patterns: ['\\bclarified\\b(?=[^.;]{0,160},\\s+not\\s)'],
    patternWords: ['clarified'],
    phrases: ['correction', 'an earlier version of this', 'a previous version of this', 'incorrectly reported', 'incorrectly stated', 'erroneously reported', 'wrongly reported', 'wrongly stated', 'mistakenly reported', 'misidentified', 'wrongly reporting', 'incorrectly reporting', 'apologised for reporting', 'apologized for reporting', 'apologised for wrongly', 'apologized for wrongly', 'apologised for incorrectly', 'apologized for incorrectly', 'has been updated to', 'has been amended'],
  },
  vetoes: ['correctional', 'correct me', 'politically correct', 'is correct', 'was correct', 'corrections officer'],
  slots: {
    // "an earlier version of this article" is the article's own outlet; otherwise the outlet the sentence names
    publisher: ['subject', 'selfSource', 'outlet', 'source'],
    claim: ['clause'],
    wrong: ['wrongValue'],
    right: ['rightValue'],
  },
  required: ['publisher', 'claim'],
  confidence: 0.8,
  keyKinds: ['org', 'person'],
  keyNamed: true,
});
