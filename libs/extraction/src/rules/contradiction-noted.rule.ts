import { defineRule } from './rule';

/** The article itself says two accounts conflict: "X's account contradicts Y's", "conflicting reports". */
export const contradictionNotedRule = defineRule({
  type: 'ContradictionNoted',
  summary: 'The article itself says two accounts conflict.',
  triggers: {
    verbs: ['contradict', 'dispute', 'conflict'],
    phrases: ['conflicting accounts', 'conflicting reports', 'conflicting figures', 'at odds with', 'differs from', 'differ on', 'differed on', 'disagree on', 'disagreed on', 'disagree over', 'inconsistent with', 'contrary to', 'versions differ', 'discrepancy', 'gave a different', 'a different date', 'a different figure'],
  },
  vetoes: ['territorial dispute', 'border dispute', 'labour dispute', 'labor dispute', 'pay dispute', 'disputed territory', 'conflict zone', 'armed conflict', 'conflict of interest'],
  slots: {
    claim: ['disputedClaim'],
    accountA: ['accountA'],
    accountB: ['accountB'],
  },
  required: ['claim', 'accountA', 'accountB'],
  confidence: 0.6,
});
