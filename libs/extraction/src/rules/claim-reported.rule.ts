import { defineRule } from './rule';

/** An outlet or person puts a claim on the record: "X first reported that ...", "as X reported". */
export const claimReportedRule = defineRule({
  type: 'ClaimReported',
  summary: 'An outlet or person puts a claim on the record ("first reported by").',
  triggers: { phrases: ['first named', 'first identified', 'first described', 'first been described', 'first disclosed', 'first published', 'first reported', 'was first reported', 'reported first', 'broke the news', 'first revealed', 'reported exclusively', 'an investigation by', 'published a report', 'published an investigation', 'reported on', 'reported that', 'reports that', 'reported last'] },
  vetoes: ['not reported', 'denied', 'correction', 'incorrectly', 'wrongly', 'erroneously', 'mistakenly', 'misreported'],
  slots: {
    reportedBy: ['subject', 'agent', 'appositionAfter'],
    // "the gift was first reported by X": the gift; "X reported that ...": what follows
    claim: ['passiveThing', 'clause'],
  },
  required: ['reportedBy', 'claim'],
  confidence: 0.55,
  keyKinds: ['org', 'person'],
});
