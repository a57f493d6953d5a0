import { defineRule } from './rule';

/** A party with standing confirms a claim: "X confirmed that ...", "X acknowledged ...". */
export const claimConfirmedRule = defineRule({
  type: 'ClaimConfirmed',
  summary: 'A party with standing confirms a claim.',
  triggers: { verbs: ['confirm', 'acknowledge', 'verify', 'admit'] },
  vetoes: ['not confirm', "n't confirm", 'declined to confirm', 'refused to confirm', 'could not be confirmed', 'could not be independently', 'neither confirm', 'not be verified', 'unable to confirm', 'not immediately'],
  slots: {
    confirmer: ['subject', 'agent', 'speaker'],
    claim: ['clause'],
    via: ['via'],
  },
  required: ['confirmer', 'claim'],
  confidence: 0.65,
  keyNotOutlet: true,
});
